"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Life-data fitting with reliability (PyPI ``reliability``), the reliability engineering toolkit:
a Weibull fit to 30 seeded failure times (``Fit_Weibull_2P``), a lognormal fit to 20 failures
and 10 right-censored times (``Fit_Lognormal_2P``) and an exponential fit (``Fit_Exponential_1P``)
to the first 15, each printing on construction (probability plots off, matplotlib's Agg
backend): ``Results from Fit_Weibull_2P (95% CI):`` (bold), the method and optimiser,
``Failures / Right censored: 20/10 (33.33333% right censored)``, a parameter table
(``Alpha 54.0485 6.1507 43.2432 67.5539``) and a ``Goodness of fit`` table (``Log-likelihood
-141.536``, ``AICc``, ``BIC``, ``AD``).

Truth: each fitter's own ``results`` and ``goodness_of_fit`` frames: parameters
``<Parameter>/<column>``, goodness-of-fit rows by their label (the table's one other column is
``Value``). Optional: the failure and censored counts and the censored percentage. Judgement:
the printed values are the frames' cells at six significant digits (tolerance to match).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main


def run() -> None:
    import matplotlib

    matplotlib.use("Agg")
    from reliability.Distributions import Weibull_Distribution
    from reliability.Fitters import Fit_Exponential_1P, Fit_Lognormal_2P, Fit_Weibull_2P

    data = Weibull_Distribution(alpha=50, beta=2).random_samples(30, seed=4)
    fits = [(Fit_Weibull_2P(failures=data, show_probability_plot=False), 30, 0),
            (Fit_Lognormal_2P(failures=data[:20], right_censored=data[20:] + 5,
                              show_probability_plot=False), 20, 10),
            (Fit_Exponential_1P(failures=data[:15], show_probability_plot=False), 15, 0)]
    truth = Truth()
    for fit, failures, censored in fits:
        truth.allow(**{"Failures": failures, "Right censored": censored,
                       "right censored": 100 * censored / (failures + censored)})
        for _, row in fit.results.iterrows():
            for col in ("Point Estimate", "Standard Error", "Lower CI", "Upper CI"):
                truth.add(**{f"{row['Parameter']}/{col}": row[col]})
        for _, row in fit.goodness_of_fit.iterrows():
            truth.add(**{row["Goodness of fit"]: row["Value"]})
    truth.write("reliability: each fitter's results frame (<Parameter>/<column>) and "
                "goodness_of_fit frame (by row label); failure/censored counts optional",
                libraries=("reliability",), params={"CI": 0.95, "optimizer": "TNC"},
                rel=1e-5, abs_tol=5e-7)  # six significant digits


if __name__ == "__main__":
    main(__file__, {"reliability": run}, root=HELDOUT19)
