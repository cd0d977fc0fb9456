"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Breakpoint regression with piecewise-regression (PyPI ``piecewise-regression``), seeded: a
one-breakpoint and a two-breakpoint fit on two synthetic series, each ``summary()`` printed (a
ruled block ``No. Observations`` ... ``Adjusted R Squared``, ``Converged:``, then a ruled
``Estimate Std Err t P>|t| [0.025 0.975]`` table by term, the alphas after a note, the Davies
test line), then ``ModelSelection`` of 0 to 3 breakpoints (``Running fit with n_breakpoint = 0 .
.`` lines and a ruled ``n_breakpoints BIC converged RSS`` table).

Truth, from each fit's ``best_muggeo.best_fit`` (``residual_sum_squares``, ``total_sum_squares``,
``r_squared``, ``adjusted_r_squared``) and ``get_results()['estimates']``: ``Res. Sum of Squares``,
``R Squared``, ``Adjusted R Squared`` metrics, one value a fit; ``Total Sum of Squares`` (a
property of the data) and the counts optional; ``<term>/Estimate`` and ``<term>/Std Err`` metrics
(``const``, ``alpha1``, ``beta1``, ``breakpoint1``, ...), ``<term>/t``, ``<term>/P>|t|`` and the
interval bounds optional; the Davies p-value optional. The model-selection table: ``BIC`` and
``RSS`` as series in print order (its rows are keyed by the number of breakpoints, a setting),
from ``ModelSelection.model_summaries``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main


def run() -> None:
    import numpy as np
    import piecewise_regression as pr

    rng = np.random.default_rng(28)
    truth = Truth()
    x1 = np.linspace(0, 10, 80)
    y1 = np.where(x1 < 4, 1 + 0.5 * x1, 3 + 2 * (x1 - 4)) + rng.normal(0, 0.3, 80)
    x2 = np.linspace(0, 20, 120)
    y2 = (2 - 0.3 * x2 + 1.1 * np.clip(x2 - 6, 0, None) - 1.4 * np.clip(x2 - 13, 0, None)
          + rng.normal(0, 0.4, 120))
    for x, y, n in ((x1, y1, 1), (x2, y2, 2)):
        fit = pr.Fit(x, y, n_breakpoints=n)
        fit.summary()
        best = fit.best_muggeo.best_fit
        truth.add(**{"Res. Sum of Squares": best.residual_sum_squares,
                     "R Squared": best.r_squared,
                     "Adjusted R Squared": best.adjusted_r_squared})
        truth.allow(**{"Total Sum of Squares": best.total_sum_squares,
                       "No. Observations": len(x), "No. Model Parameters": 2 + 2 * n,
                       "Degrees of Freedom": len(x) - 2 - 2 * n})
        results = fit.get_results()
        estimates = results["estimates"]
        order = (["const", "alpha1"] + [f"beta{i}" for i in range(1, n + 1)]
                 + [f"breakpoint{i}" for i in range(1, n + 1)]
                 + [f"alpha{i}" for i in range(2, n + 2)])
        for term in order:
            e = estimates[term]
            truth.add(**{f"{term}/Estimate": e["estimate"], f"{term}/Std Err": e["se"]})
            low, high = e["confidence_interval"]
            truth.allow(**{f"{term}/[0.025": low, f"{term}/0.975]": high})
            if e.get("t_stat") is not None and not term.startswith("breakpoint"):
                truth.allow(**{f"{term}/t": e["t_stat"]})
            if e.get("p_t") is not None and term.startswith(("const", "alpha")):
                truth.allow(**{f"{term}/P>|t|": e["p_t"]})
        truth.allow(**{"Davies test for existence of at least 1 breakpoint/p": results["davies"]})
    ms = pr.ModelSelection(x2, y2, max_breakpoints=3)
    for summary in ms.model_summaries:
        if summary["converged"]:
            truth.add(BIC=summary["bic"], RSS=summary["rss"])
    truth.write("piecewise-regression: Fit.best_muggeo.best_fit and get_results()['estimates'] "
                "of each fit, ModelSelection.model_summaries",
                libraries=("piecewise-regression", "numpy", "statsmodels"), rel=5e-3)


if __name__ == "__main__":
    main(__file__, {"piecewise-regression": run}, root=HELDOUT28)
