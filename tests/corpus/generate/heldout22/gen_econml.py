"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Heterogeneous treatment effects with EconML (PyPI ``econml``): 1,000 seeded units with two
effect modifiers ``X`` (``x0``, ``x1``), three confounders ``W``, a binary treatment and an
outcome whose effect is ``1 + 0.5 * x0``; ``LinearDML(model_y=LassoCV(),
model_t=LogisticRegressionCV(), discrete_treatment=True, random_state=22)`` fitted, then
``print(est.summary(feature_names=["x0", "x1"]))`` (two statsmodels-style tables, ``Coefficient
Results`` and ``CATE Intercept Results``: ``point_estimate stderr zstat pvalue ci_lower
ci_upper``, three decimals, between ``=`` and ``-`` rules, then a ``<sub>`` note in LaTeX) and
``print(est.ate_inference(X))`` (three one-row tables: ``Uncertainty of Mean Point Estimate``
with ``mean_point stderr_mean zstat pvalue ci_mean_lower ci_mean_upper``, ``Distribution of
Point Estimate`` with ``std_point pct_point_lower pct_point_upper``, ``Total Variance of Point
Estimate`` with ``stderr_point ci_point_lower ci_point_upper``). stderr has scikit-learn's
``FutureWarning``s from the cross-validated logistic regression, as a user sees them.

Truth: the estimator's own inference objects (``coef__inference()``,
``intercept__inference()``: the ones the summary is built from): ``point_estimate``, ``stderr``
and ``zstat()`` as ``<feature>/point_estimate``, ``/stderr``, ``/zstat`` (``cate_intercept/...``
for the intercept); ``conf_int()`` optional as ``/ci_lower`` and ``/ci_upper`` (a spread), the
p-values optional. From ``ate_inference``: ``mean_point``,
``stderr_mean``, ``zstat()``, ``std_point``, ``stderr_point`` under their column names; its
interval and percentile bounds (``conf_int_mean()``, ``percentile_point()``,
``conf_int_point()``) optional under theirs; ``pvalue()`` optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main


def scalar(x) -> float:
    import numpy as np

    return float(np.asarray(x).ravel()[0])


def run() -> None:
    import numpy as np
    from econml.dml import LinearDML
    from sklearn.linear_model import LassoCV, LogisticRegressionCV

    rng = np.random.default_rng(22)
    n = 1000
    X = rng.normal(size=(n, 2))
    W = rng.normal(size=(n, 3))
    T = (0.5 * W[:, 0] + rng.normal(size=n) > 0).astype(int)
    y = (1 + 0.5 * X[:, 0]) * T + W @ [0.3, -0.2, 0.1] + rng.normal(size=n)
    est = LinearDML(model_y=LassoCV(), model_t=LogisticRegressionCV(), discrete_treatment=True,
                    random_state=22)
    est.fit(y, T, X=X, W=W)
    print(est.summary(feature_names=["x0", "x1"]), flush=True)
    truth = Truth()
    for names, inf in ((["x0", "x1"], est.coef__inference()),
                       (["cate_intercept"], est.intercept__inference())):
        point, se = np.ravel(inf.point_estimate), np.ravel(inf.stderr)
        zstat = np.ravel(inf.zstat())
        low, high = (np.ravel(b) for b in inf.conf_int())
        for i, name in enumerate(names):
            truth.add(**{f"{name}/point_estimate": point[i], f"{name}/stderr": se[i],
                         f"{name}/zstat": zstat[i]})
            truth.allow(**{f"{name}/ci_lower": low[i], f"{name}/ci_upper": high[i],
                           f"{name}/pvalue": np.ravel(inf.pvalue())[i]})
    inf = est.ate_inference(X)
    print(inf, flush=True)
    truth.add(mean_point=scalar(inf.mean_point), stderr_mean=scalar(inf.stderr_mean),
              zstat=scalar(inf.zstat()), std_point=scalar(inf.std_point),
              stderr_point=scalar(inf.stderr_point))
    (cm_low, cm_high), (pp_low, pp_high), (cp_low, cp_high) = (
        (scalar(a), scalar(b)) for a, b in (inf.conf_int_mean(), inf.percentile_point(),
                                            inf.conf_int_point()))
    truth.allow(ci_mean_lower=cm_low, ci_mean_upper=cm_high, pct_point_lower=pp_low,
                pct_point_upper=pp_high, ci_point_lower=cp_low, ci_point_upper=cp_high,
                pvalue=scalar(inf.pvalue()))
    truth.write("EconML: LinearDML's coef__inference(), intercept__inference() "
                "and ate_inference() numbers, under the printed row and column names; "
                "intervals and p-values optional", libraries=("econml", "scikit-learn"),
                rel=1e-6, abs_tol=5e-4)  # three decimals: a p-value under 5e-4 prints 0.0


if __name__ == "__main__":
    main(__file__, {"econml": run}, root=HELDOUT22)
