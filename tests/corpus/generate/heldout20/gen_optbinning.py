"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Optimal binning for credit scoring with OptBinning (PyPI ``optbinning``, constraint programming
through OR-Tools): the feature ``worst concave points`` of scikit-learn's breast cancer data
against its binary target, ``OptimalBinning(solver="cp", max_n_bins=3)``. Printed, as the
package's tutorial does: the binning table (``print(optb.binning_table.build())``, a pandas
frame: ``Bin Count Count (%) Non-event Event Event rate WoE IV JS`` by bin, with ``Special``,
``Missing`` and ``Totals`` rows), ``binning_table.analysis()`` (``General metrics``: ``Gini
index``, ``IV (Jeffrey)``, ``JS (Jensen-Shannon)``, ``Hellinger``, ``Triangular``, ``KS``,
``HHI``, ``HHI (normalized)``, ``Cramer's V``, ``Quality score``; the monotonic trend; a table
of significance tests between consecutive bins), and ``optb.information(print_level=2)`` (the
options block, ``Begin options`` ... ``End options``, then pre-binning and solver statistics and
the timings with their shares).

Truth: the binning table frame's ``Event rate``, ``WoE``, ``IV`` and ``JS`` as
``<row>/<column>`` (rows by the frame's index, ``0`` ... ``Totals``; the totals row has no WoE),
its counts and ``Count (%)`` optional; the binning table's own attributes for the general
metrics (``gini``, ``iv``, ``js``, ``hellinger``, ``triangular``, ``ks``, ``_hhi``, ``_hhi_norm``,
``quality_score``) under the printed labels, and Cramer's V, which ``analysis()`` computes and
does not keep, from the package's own ``chi2_cramer_v`` on the table's counts as ``analysis()``
calls it. Optional: the counts, the estimator's timings (``_time_total`` and the rest, ``model
generation`` being the solver's time less the optimizer's) under the printed labels and their
percentage shares (the program's own time, bookkeeping as a solver's reported time is in the
other halves: pyomo's ``Time``, ceres's ``total_time``, optimx's ``xtime``), the solver
statistics (``_optimizer``, the dict the printer formats) and the pre-binning counts. The
options are ``params`` (``get_params()``). The significance tests table, which ``analysis()``
computes and prints without keeping, is optional under its column names (its rows numbered by
the bins they compare): ``t-statistic`` and ``p-value`` are the chi-squared test of the two
consecutive bins' counts (scipy's ``chi2_contingency`` without continuity correction, as
printed), ``P[A > B]`` and ``P[B > A]`` the probabilities that one bin's event rate exceeds the
other's under Beta posteriors of a flat prior (1.0 and 0.0 here, to the decimals printed).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main

GENERAL = {"Gini index": "gini", "IV (Jeffrey)": "iv", "JS (Jensen-Shannon)": "js",
           "Hellinger": "hellinger", "Triangular": "triangular", "KS": "ks", "HHI": "_hhi",
           "HHI (normalized)": "_hhi_norm", "Quality score": "quality_score"}
SOLVER = ["Number of booleans", "Number of branches", "Number of conflicts", "Objective value",
          "Best objective bound"]


def significance(nonevent, event):
    """(t-statistic, p-value, P[A > B], P[B > A]) of each two consecutive bins, A then B."""
    from scipy.integrate import quad
    from scipy.stats import beta, chi2_contingency

    tests = []
    for i in range(len(event) - 1):
        counts = [[nonevent[i], event[i]], [nonevent[i + 1], event[i + 1]]]
        statistic, p_value = chi2_contingency(counts, correction=False)[:2]
        a, b = beta(event[i] + 1, nonevent[i] + 1), beta(event[i + 1] + 1, nonevent[i + 1] + 1)
        a_over_b = quad(lambda x, a=a, b=b: a.pdf(x) * b.cdf(x), 0, 1,
                        points=[a.mean(), b.mean()])[0]
        tests.append((statistic, p_value, a_over_b, 1 - a_over_b))
    return tests


def run() -> None:
    import pandas as pd
    from optbinning import OptimalBinning
    from sklearn.datasets import load_breast_cancer

    data = load_breast_cancer()
    x = data.data[:, list(data.feature_names).index("worst concave points")]
    optb = OptimalBinning(name="worst concave points", dtype="numerical", solver="cp",
                          max_n_bins=3)
    optb.fit(x, data.target)
    table = optb.binning_table.build()
    with pd.option_context("display.width", 160, "display.max_columns", 20):
        print(table)
    optb.binning_table.analysis()
    optb.information(print_level=2)

    truth = Truth()
    for row, values in table.iterrows():
        for column in ("Event rate", "WoE", "IV", "JS"):
            value = values[column]
            if isinstance(value, str):
                continue  # the totals row's blank WoE
            truth.add(**{f"{row}/{column}": value})
        for column in ("Count", "Count (%)", "Non-event", "Event"):
            truth.allow(**{f"{row}/{column}": values[column]})
    bt = optb.binning_table
    for label, attribute in GENERAL.items():
        truth.add(**{label: getattr(bt, attribute)})
    # Cramer's V is computed by analysis() and not kept: the same function on the same counts
    # (the bins, without the special and missing rows), as analysis() calls it.
    from optbinning.binning.metrics import chi2_cramer_v
    n_metric = len(bt._n_records) - 1 - bt._n_specials
    truth.add(**{"Cramer's V": chi2_cramer_v(bt.n_nonevent[:n_metric],
                                            bt.n_event[:n_metric])[1]})
    for statistic, p_value, a_over_b, b_over_a in significance(bt.n_nonevent[:n_metric],
                                                               bt.n_event[:n_metric]):
        truth.allow(**{"t-statistic": statistic, "p-value": p_value, "P[A > B]": a_over_b,
                       "P[B > A]": b_over_a})
    truth.allow(**{"Number of pre-bins": optb._n_prebins,
                   "Number of refinements": optb._n_refinements})
    for label, value in zip(SOLVER, optb._optimizer.values()):
        truth.allow(**{label: value})
    total = optb._time_total
    times = {"Total time": total, "Pre-processing": optb._time_preprocessing,
             "Pre-binning": optb._time_prebinning, "Solver": optb._time_solver,
             "model generation": optb._time_solver - optb._time_optimizer,
             "optimizer": optb._time_optimizer, "Post-processing": optb._time_postprocessing}
    for label, seconds in times.items():
        truth.allow(**{label: seconds})
        if label in ("model generation", "optimizer"):
            truth.allow(**{label: 100 * seconds / optb._time_solver})
        elif label != "Total time":
            truth.allow(**{label: 100 * seconds / total})
    params = {k: v for k, v in optb.get_params().items()
              if isinstance(v, (str, int, float, bool)) or v is None}
    truth.write("optbinning: the binning table frame (<row>/<column>) and the binning table's "
                "metric attributes under the printed labels; counts, the estimator's timings and "
                "their shares, the significance tests, solver statistics and pre-binning counts "
                "optional; options as params",
                libraries=("optbinning", "ortools", "scikit-learn"), params=params,
                rel=1e-3, abs_tol=5e-3)  # timings with two decimals


if __name__ == "__main__":
    main(__file__, {"optbinning": run}, root=HELDOUT20)
