"""HELD-OUT fixture (sixth half, see generate/heldout6/README.md): do not read while tuning the
parser.

An applied-econometrics script with linearmodels: a synthetic firm panel (60 firms x 8 years,
seeded) with entity effects, estimated three ways, each result printed with ``print(res)``
(its ``summary``), then a comparison table:

* ``PooledOLS``, ``PanelOLS(entity_effects=True)`` with clustered standard errors and
  ``RandomEffects``: a two-column header block of ``label:  value`` pairs (``Dep. Variable:
  invest   R-squared: 0.4312``, ``Estimator: PanelOLS   R-squared (Between): ...``, ``No.
  Observations: 480``, ``F-statistic: 118.3``, ``P-value: 0.0000``, ``Distribution:
  F(2,418)``, dates and the covariance estimator), then the ``Parameter Estimates`` table
  (rows ``const``, ``value``, ``capital``; columns ``Parameter  Std. Err.  T-stat  P-value
  Lower CI  Upper CI``), and for PanelOLS ``F-test for Poolability: 6.1 ... P-value: 0.0000``;
* ``compare({...})``: ``Model Comparison``, one column per model, rows ``Dep. Variable``,
  ``Estimator``, ``No. Observations``, ``Cov. Est.``, ``R-squared``, ``R-Squared (Within)``...,
  ``F-statistic``, ``P-value (F-stat)``, then each parameter with its t-statistic in
  parentheses below it.

Truth: the result objects. The summaries' statistics under their printed labels (``R-squared``,
``R-squared (Between)``, ``R-squared (Within)``, ``R-squared (Overall)``, ``Log-likelihood``,
``F-statistic``, ``P-value`` of the F-test, ``F-statistic (robust)`` and its ``P-value``), one
point per model, no step (so a label printed for each model has three points); the parameter
tables as ``<row>/<column>`` (``value/Parameter``, ``capital/T-stat``...), ``Std. Err.``
optional (a spread); the poolability test's statistic as ``F-test for Poolability`` (its
P-value a further ``P-value`` point); counts (``No. Observations``, ``Entities``, ``Time
periods`` and their ``Avg Obs``/``Min Obs``/``Max Obs``) optional. The comparison table
repeats the same values in columns named after the models: ``<row>/<model>`` (``R-squared/pooled``,
``value/fe``), the t-statistics in parentheses optional. Timings and dates in neither map.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT6, Truth, main


def estimate() -> None:
    import numpy as np
    import pandas as pd
    from linearmodels.panel import PanelOLS, PooledOLS, RandomEffects, compare

    truth = Truth()
    rng = np.random.default_rng(11)
    firms, years = 60, 8
    index = pd.MultiIndex.from_product([range(firms), range(2010, 2010 + years)],
                                       names=["firm", "year"])
    effect = np.repeat(rng.normal(0, 1.0, firms), years)
    value = rng.normal(5, 1, firms * years) + 0.5 * effect
    capital = rng.normal(3, 1, firms * years)
    invest = 0.8 + 0.6 * value - 0.3 * capital + effect + rng.normal(0, 0.7, firms * years)
    data = pd.DataFrame({"invest": invest, "value": value, "capital": capital}, index=index)
    data["const"] = 1.0
    exog = data[["const", "value", "capital"]]
    fits = {
        "pooled": PooledOLS(data.invest, exog).fit(),
        "fe": PanelOLS(data.invest, exog, entity_effects=True).fit(cov_type="clustered",
                                                                   cluster_entity=True),
        "re": RandomEffects(data.invest, exog).fit(),
    }
    for name, res in fits.items():
        print(res)
        print()
        truth.add(**{"R-squared": res.rsquared, "R-squared (Between)": res.rsquared_between,
                     "R-squared (Within)": res.rsquared_within,
                     "R-squared (Overall)": res.rsquared_overall,
                     "Log-likelihood": res.loglik, "F-statistic": res.f_statistic.stat,
                     "P-value": res.f_statistic.pval,
                     "F-statistic (robust)": res.f_statistic_robust.stat})
        truth.add(**{"P-value": res.f_statistic_robust.pval})
        truth.allow(**{"No. Observations": res.nobs, "Entities": res.entity_info["total"],
                       "Avg Obs": res.entity_info["mean"], "Min Obs": res.entity_info["min"],
                       "Max Obs": res.entity_info["max"], "Time periods": res.time_info["total"]})
        truth.allow(**{"Avg Obs": res.time_info["mean"], "Min Obs": res.time_info["min"],
                       "Max Obs": res.time_info["max"]})
        ci = res.conf_int()
        for row in res.params.index:
            truth.add(**{f"{row}/Parameter": res.params[row], f"{row}/T-stat": res.tstats[row],
                         f"{row}/P-value": res.pvalues[row],
                         f"{row}/Lower CI": ci.loc[row, "lower"],
                         f"{row}/Upper CI": ci.loc[row, "upper"]})
            truth.allow(**{f"{row}/Std. Err.": res.std_errors[row]})
        if name == "fe":
            truth.add(**{"F-test for Poolability": res.f_pooled.stat,
                         "P-value": res.f_pooled.pval})
    print(compare(fits))
    for name, res in fits.items():
        truth.add(**{f"R-squared/{name}": res.rsquared,
                     f"R-Squared (Within)/{name}": res.rsquared_within,
                     f"R-Squared (Between)/{name}": res.rsquared_between,
                     f"R-Squared (Overall)/{name}": res.rsquared_overall,
                     f"F-statistic/{name}": res.f_statistic.stat,
                     f"P-value (F-stat)/{name}": res.f_statistic.pval})
        truth.allow(**{f"No. Observations/{name}": res.nobs})
        for row in res.params.index:
            truth.add(**{f"{row}/{name}": res.params[row]})
            truth.allow(**{f"{row}/{name}": res.tstats[row]})
    truth.write("linearmodels result objects: summary statistics under their printed labels "
                "(one point per model), parameter tables as <row>/<column> (Std. Err. "
                "optional), the comparison as <row>/<model> (t-stats optional); counts optional",
                libraries=("linearmodels", "pandas", "numpy"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"linearmodels": estimate}, root=HELDOUT6)
