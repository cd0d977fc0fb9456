"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Spatial regression with PySAL's spreg (PyPI ``spreg``, with ``libpysal``): 81 seeded "houses" on
a 9 x 9 lattice (rook contiguity, ``libpysal.weights.lat2W``, row-standardised), a price that
depends on rooms and distance with spatially correlated noise, fitted with ``spreg.OLS(...,
w=w, spat_diag=True, name_y="price", name_x=["rooms", "dist"], name_ds="lattice")`` and its
``summary`` printed: ``REGRESSION RESULTS``, two columns of ``label : value`` pairs
(``Mean dependent var  :      0.8780                Number of Observations:          64``),
a coefficient table (``Variable Coefficient Std.Error t-Statistic Probability``), and the
diagnostics: ``MULTICOLLINEARITY CONDITION NUMBER``, tables ``TEST DF VALUE PROB`` for the
normality of the errors (Jarque-Bera), heteroskedasticity (Breusch-Pagan, Koenker-Bassett) and
spatial dependence (Lagrange multiplier tests, ``- SARERR -`` and ``- Spatial Durbin -``; the
lag test is printed in both blocks).

Truth: the OLS object's attributes under the printed labels: ``mean_y``, ``std_y``, ``r2``,
``ar2``, ``utu`` (``Sum squared residual``), ``sig2`` (``Sigma-square``), ``sig2ML``,
``f_stat[0]``, ``logll``, ``aic``, ``schwarz``, and the two standard errors of the regression
the summary derives (``sqrt(sig2)``, ``sqrt(sig2ML)``); ``betas``, ``std_err`` and ``t_stat`` as
``<variable>/Coefficient``, ``/Std.Error``, ``/t-Statistic`` (``/Probability`` optional);
``mulColli`` as ``MULTICOLLINEARITY CONDITION NUMBER``; each test's statistic as ``<test>/VALUE``
(``jarque_bera``, ``breusch_pagan``, ``koenker_bassett``, ``lm_lag``, ``rlm_lag``,
``lm_error``, ``rlm_error``, ``lm_sarma``, ``lm_wx``, ``rlm_wx``, ``rlm_durlag``,
``lm_spdurbin``; ``Lagrange Multiplier (lag)`` listed twice), its ``PROB`` and ``DF`` optional;
``Prob(F-statistic)`` optional; the counts (observations, variables, degrees of freedom)
optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main


def run() -> None:
    import math

    import libpysal
    import numpy as np
    import spreg

    rng = np.random.default_rng(21)
    w = libpysal.weights.lat2W(9, 9)
    w.transform = "r"
    n = w.n
    X = np.column_stack([rng.poisson(4, n) + 1.0, rng.uniform(0, 10, n)])
    W = w.full()[0]
    noise = np.linalg.solve(np.eye(n) - 0.5 * W, rng.normal(0, 1.0, n))
    y = (50 + 6 * X[:, 0] - 2.5 * X[:, 1] + noise).reshape(-1, 1)
    ols = spreg.OLS(y, X, w=w, spat_diag=True, name_y="price", name_x=["rooms", "dist"],
                    name_ds="lattice")
    print(ols.summary)
    truth = Truth()
    truth.add(**{"Mean dependent var": ols.mean_y, "S.D. dependent var": ols.std_y,
                 "R-squared": ols.r2, "Adjusted R-squared": ols.ar2,
                 "Sum squared residual": ols.utu, "Sigma-square": ols.sig2,
                 "S.E. of regression": math.sqrt(ols.sig2), "Sigma-square ML": ols.sig2ML,
                 "S.E of regression ML": math.sqrt(ols.sig2ML), "F-statistic": ols.f_stat[0],
                 "Log likelihood": ols.logll, "Akaike info criterion": ols.aic,
                 "Schwarz criterion": ols.schwarz,
                 "MULTICOLLINEARITY CONDITION NUMBER": ols.mulColli})
    truth.allow(**{"Prob(F-statistic)": ols.f_stat[1], "Number of Observations": ols.n,
                   "Number of Variables": ols.k, "Degrees of Freedom": ols.n - ols.k})
    for i, name in enumerate(["CONSTANT", "rooms", "dist"]):
        truth.add(**{f"{name}/Coefficient": ols.betas[i][0], f"{name}/Std.Error": ols.std_err[i],
                     f"{name}/t-Statistic": ols.t_stat[i][0]})
        truth.allow(**{f"{name}/Probability": ols.t_stat[i][1]})
    for label, test, key in (("Jarque-Bera", ols.jarque_bera, "jb"),
                             ("Breusch-Pagan test", ols.breusch_pagan, "bp"),
                             ("Koenker-Bassett test", ols.koenker_bassett, "kb")):
        truth.add(**{f"{label}/VALUE": test[key]})
        truth.allow(**{f"{label}/PROB": test["pvalue"], f"{label}/DF": test["df"]})
    for label, (value, prob) in (("Lagrange Multiplier (lag)", ols.lm_lag),
                                 ("Robust LM (lag)", ols.rlm_lag),
                                 ("Lagrange Multiplier (error)", ols.lm_error),
                                 ("Robust LM (error)", ols.rlm_error),
                                 ("Lagrange Multiplier (SARMA)", ols.lm_sarma),
                                 ("LM test for WX", ols.lm_wx),
                                 ("Robust LM WX test", ols.rlm_wx),
                                 ("Lagrange Multiplier (lag)", ols.lm_lag),
                                 ("Robust LM Lag - SDM", ols.rlm_durlag),
                                 ("Joint test for SDM", ols.lm_spdurbin)):
        truth.add(**{f"{label}/VALUE": value})
        truth.allow(**{f"{label}/PROB": prob})
    truth.write("spreg: the OLS object's attributes under the summary's labels, coefficients "
                "as <variable>/<column>, tests as <test>/VALUE; probabilities, DF and counts "
                "optional", libraries=("spreg", "libpysal", "numpy"),
                rel=5e-4, abs_tol=5e-4)  # three to five decimals


if __name__ == "__main__":
    main(__file__, {"spreg": run}, root=HELDOUT21)
