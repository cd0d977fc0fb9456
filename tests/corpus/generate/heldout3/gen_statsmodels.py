"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

statsmodels: three fits on NumPy data, each followed by ``print(results.summary())``, the
two-column ``key: value`` header block of a regression summary, a coefficient table, and (OLS)
a diagnostics block:

* ``sm.OLS(y, X).fit()``: ``R-squared:  0.652``, ``Adj. R-squared:``, ``F-statistic:``,
  ``Prob (F-statistic):``, ``Log-Likelihood:``, ``AIC:``, ``BIC:`` beside ``Dep. Variable:``,
  ``Date:``, ``No. Observations:  100``, ``Df Residuals:``; ``Omnibus:``, ``Durbin-Watson:``,
  ``Jarque-Bera (JB):``, ``Cond. No.`` ...;
* ``sm.Logit(y, X).fit()``: the optimizer's ``Optimization terminated successfully.`` /
  ``Current function value: 0.481469`` / ``Iterations 6``, then a summary with ``Pseudo
  R-squ.:``, ``Log-Likelihood:``, ``LL-Null:``, ``LLR p-value:``;
* ``sm.GLM(y, X, family=Poisson()).fit()``: ``Deviance:``, ``Pearson chi2:``, ``Pseudo R-squ.
  (CS):``, ``Scale:``, ``No. Iterations:``.

Truth, from the results objects: the goodness-of-fit figures a user compares between fits are
metrics under their printed labels: ``R-squared`` (``rsquared``), ``Adj. R-squared``, ``AIC``,
``BIC``, ``Log-Likelihood`` (``llf``, all three fits), ``Pseudo R-squ.`` (``prsquared``),
``Current function value`` (``mle_retvals["fopt"]``), ``Deviance``, ``Pseudo R-squ. (CS)``;
no steps. Test statistics and p-values (``F-statistic``, ``Prob (F-statistic)``, ``LL-Null``,
``LLR p-value``, ``Pearson chi2``, the diagnostics), counts (observations, degrees of freedom,
iterations), ``Scale`` and the coefficient table's cells (under its column headers ``coef``,
``std err``, ``t``/``z``, ``P>|t|``/``P>|z|``, ``[0.025``, ``0.975]``) are optional: numbers of a
fit, not what one tracks as its result. Printed with 3 to 6 significant digits.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main


def allow_coefficients(truth: Truth, res, stat: str) -> None:
    """The coefficient table's cells, optional under their column headers."""
    conf = res.conf_int()
    for i in range(len(res.params)):
        truth.allow(**{"coef": res.params[i], "std err": res.bse[i], stat: res.tvalues[i],
                       f"P>|{stat}|": res.pvalues[i], "[0.025": conf[i][0],
                       "0.975]": conf[i][1]})


def allow_diagnostics(truth: Truth, res) -> None:
    from statsmodels.stats.stattools import durbin_watson, jarque_bera, omni_normtest

    omnibus, omnibus_p = omni_normtest(res.wresid)
    jb, jb_p, skew, kurtosis = jarque_bera(res.wresid)
    truth.allow(**{"Omnibus": omnibus, "Prob(Omnibus)": omnibus_p,
                   "Durbin-Watson": durbin_watson(res.wresid), "Jarque-Bera (JB)": jb,
                   "Prob(JB)": jb_p, "Skew": skew, "Kurtosis": kurtosis,
                   "Cond. No.": res.condition_number})


def train() -> None:
    import numpy as np
    import statsmodels.api as sm

    truth = Truth()
    rng = np.random.default_rng(0)
    X = rng.normal(size=(100, 3))
    Xc = sm.add_constant(X)

    ols = sm.OLS(X @ [1.0, -0.5, 0.2] + rng.normal(size=100), Xc).fit()
    print(ols.summary())
    truth.add(**{"R-squared": ols.rsquared, "Adj. R-squared": ols.rsquared_adj,
                 "Log-Likelihood": ols.llf, "AIC": ols.aic, "BIC": ols.bic})
    truth.allow(**{"F-statistic": ols.fvalue, "Prob (F-statistic)": ols.f_pvalue,
                   "No. Observations": ols.nobs, "Df Residuals": ols.df_resid,
                   "Df Model": ols.df_model})
    allow_coefficients(truth, ols, "t")
    allow_diagnostics(truth, ols)
    print()

    y_bin = (X @ [1.0, -0.5, 0.2] + rng.logistic(size=100) > 0).astype(int)
    logit = sm.Logit(y_bin, Xc).fit()
    print(logit.summary())
    truth.add(**{"Current function value": logit.mle_retvals["fopt"],
                 "Pseudo R-squ.": logit.prsquared, "Log-Likelihood": logit.llf})
    truth.allow(**{"Iterations": logit.mle_retvals["iterations"], "LL-Null": logit.llnull,
                   "LLR p-value": logit.llr_pvalue, "No. Observations": logit.nobs,
                   "Df Residuals": logit.df_resid, "Df Model": logit.df_model})
    allow_coefficients(truth, logit, "z")
    print()

    y_count = rng.poisson(np.exp(0.3 + X @ [0.4, -0.2, 0.1]))
    glm = sm.GLM(y_count, Xc, family=sm.families.Poisson()).fit()
    print(glm.summary())
    truth.add(**{"Log-Likelihood": glm.llf, "Deviance": glm.deviance,
                 "Pseudo R-squ. (CS)": glm.pseudo_rsquared()})
    truth.allow(**{"Pearson chi2": glm.pearson_chi2, "Scale": glm.scale,
                   "No. Iterations": glm.fit_history["iteration"],
                   "No. Observations": glm.nobs, "Df Residuals": glm.df_resid,
                   "Df Model": glm.df_model})
    allow_coefficients(truth, glm, "z")
    truth.write("the results objects: rsquared, rsquared_adj, llf, aic, bic, prsquared, "
                "mle_retvals['fopt'], deviance, pseudo_rsquared() under their printed labels, "
                "no steps; test statistics, p-values, counts, scale, diagnostics and the "
                "coefficient tables (under their column headers) optional",
                libraries=("statsmodels", "numpy", "scipy"), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"statsmodels": train}, root=HELDOUT3)
