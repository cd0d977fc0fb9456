"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Geographically weighted regression with mgwr (PyPI ``mgwr``, PySAL's GWR/MGWR package): 120
seeded points on a 10 x 10 square, two covariates whose coefficients drift across space; the
bandwidth chosen by ``Sel_BW(...).search()`` (AICc, adaptive bisquare kernel), then
``GWR(...).fit()`` and ``results.summary()``, which prints one report: the model type and counts,
``Global Regression Results`` (an ordinary least-squares fit: ``Residual sum of squares:``,
``Log-likelihood:``, ``AIC:``, ``AICc:``, ``BIC:``, ``R2:``, ``Adj. R2:`` and a table ``Variable
Est. SE t(Est/SE) p-value``), then ``Geographically Weighted Regression (GWR) Results`` (kernel,
``Bandwidth used:``, ``Diagnostic information`` with the GWR's residual sum of squares,
effective number of parameters, degrees of freedom, sigma, log-likelihood, AIC, AICc, BIC, R2,
adjusted R2, adjusted alpha and critical t) and ``Summary Statistics For GWR Parameter
Estimates`` (``Variable Mean STD Min Median Max``). Every number is printed ``%.3f``.

Truth, computed as mgwr's summary computes what it prints (its code was read for this): the
global fit is spglm's ``GLM(y, X, constant=False).fit()`` (deviance, llf, aic, ``get_AICc``,
bic, D2, adj_D2, params, bse, tvalues); the GWR values from the results object (``resid_ss``,
``tr_S``, ``df_model``, the square root of ``sigma2``, ``llf``, ``aic``, ``aicc``, ``bic``,
``R2``, ``adj_R2``, ``adj_alpha[1]``, ``critical_tval(adj_alpha[1])``, and the mean, standard
deviation, minimum, median and maximum of each column of ``params``). Names as printed, without
the trailing colon; the two sections' ``Residual sum of squares``, ``Log-likelihood``, ``AIC``,
``AICc``, ``BIC`` and ``R2`` share their names (two values each, global first); tables as
``<variable>/<column>`` (``income/Est.``, ``distance/Median``). Optional: the counts (``Number
of observations``, ``Number of covariates``), the p-values, the degrees of freedom, the
effective number of parameters, the adjusted alpha and the critical t (a significance level and
its quantile). ``Bandwidth used`` is the searched bandwidth (a result: a metric).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main


def run() -> None:
    import numpy as np
    from mgwr.gwr import GWR
    from mgwr.sel_bw import Sel_BW
    from mgwr.summary import get_AICc
    from spglm.glm import GLM

    rng = np.random.default_rng(24)
    n = 120
    u, v = rng.uniform(0, 10, n), rng.uniform(0, 10, n)
    coords = list(zip(u, v))
    X = rng.normal(size=(n, 2))
    y = (2 + (1 + u / 10) * X[:, 0] + (0.5 - v / 20) * X[:, 1]
         + rng.normal(scale=0.3, size=n)).reshape(-1, 1)
    names = ["income", "distance"]
    bw = Sel_BW(coords, y, X).search()
    results = GWR(coords, y, X, bw, name_x=names).fit()
    results.summary()
    sys.stdout.flush()

    truth = Truth()
    truth.allow(**{"Number of observations": n, "Number of covariates": results.k})
    glm = GLM(results.model.y, results.model.X, constant=False).fit()
    truth.add(**{"Residual sum of squares": glm.deviance, "Log-likelihood": glm.llf,
                 "AIC": glm.aic, "AICc": get_AICc(glm), "BIC": glm.bic, "R2": glm.D2,
                 "Adj. R2": glm.adj_D2})
    rows = ["Intercept"] + names
    for i, row in enumerate(rows):
        truth.add(**{f"{row}/Est.": glm.params[i], f"{row}/SE": glm.bse[i],
                     f"{row}/t(Est/SE)": glm.tvalues[i]})
        truth.allow(**{f"{row}/p-value": glm.pvalues[i]})
    truth.add(**{"Bandwidth used": results.model.bw})
    truth.add(**{"Residual sum of squares": results.resid_ss})
    truth.allow(**{"Effective number of parameters (trace(S))": results.tr_S,
                   "Degree of freedom (n - trace(S))": results.df_model})
    truth.add(**{"Sigma estimate": np.sqrt(results.sigma2), "Log-likelihood": results.llf,
                 "AIC": results.aic, "AICc": results.aicc, "BIC": results.bic,
                 "R2": results.R2, "Adjusted R2": results.adj_R2})
    alpha = results.adj_alpha[1]
    truth.allow(**{"Adj. alpha (95%)": alpha,
                   "Adj. critical t value (95%)": results.critical_tval(alpha)})
    for i, row in enumerate(rows):
        col = results.params[:, i]
        truth.add(**{f"{row}/Mean": np.mean(col), f"{row}/STD": np.std(col),
                     f"{row}/Min": np.min(col), f"{row}/Median": np.median(col),
                     f"{row}/Max": np.max(col)})
    truth.write("mgwr: the GWR results object and the global spglm GLM fit its summary "
                "computes, as the summary's code takes them",
                libraries=("mgwr", "spglm", "numpy"), rel=1e-4, abs_tol=5e-4)  # %.3f


if __name__ == "__main__":
    main(__file__, {"mgwr": run}, root=HELDOUT24)
