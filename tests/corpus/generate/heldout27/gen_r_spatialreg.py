"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Spatial regression in R with spatialreg (Debian ``r-cran-spatialreg``, data from ``r-cran-spdata``):
a spatial lag model and a spatial error model of ``CRIME ~ INC + HOVAL`` on the Columbus
neighbourhoods (49 areas, queen contiguity, row-standardised weights), each ``summary`` printed:
the call, a residual five-number line, the coefficient table ``Estimate Std. Error z value
Pr(>|z|)``, then ``Rho: 0.40389, LR test value: ..., p-value: ...`` (``Lambda:`` for the error
model), ``Asymptotic standard error:``, ``Wald statistic:``, ``Log likelihood: -183.1683 for lag
model``, ``ML residual variance (sigma squared): 99.164, (sigma: 9.9581)``, ``AIC: 376.34, (AIC
for lm: 382.75)`` and, for the lag model, the LM test for residual autocorrelation.

Truth, written to JSON by the same R process from the fit objects: per model (``lag/``,
``error/``, the ``Type:`` each summary prints) ``<term>/Estimate`` and ``<term>/Std. Error``
(``z value`` and ``Pr(>|z|)`` optional), ``Rho`` or ``Lambda``, ``Asymptotic standard error``,
``Log likelihood``, ``ML residual variance (sigma squared)``, ``sigma``, ``AIC``, ``AIC for lm``;
optional: the residual quantiles (``Residuals/Min`` ...), ``LR test value``, ``z-value``, ``Wald
statistic``, the LM ``test value``, every ``p-value``, the counts of observations and parameters.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main, r_record

SCRIPT = r"""
options(cli.hide_cursor = FALSE)
suppressMessages({library(spatialreg); library(spdep); library(jsonlite)})
data(columbus, package = "spData")
lw <- nb2listw(col.gal.nb)
fits <- list(lag = lagsarlm(CRIME ~ INC + HOVAL, data = columbus, listw = lw),
             error = errorsarlm(CRIME ~ INC + HOVAL, data = columbus, listw = lw))
rec <- lapply(fits, function(f) {
  s <- summary(f); print(s)
  cf <- s$Coef
  ll <- as.numeric(unclass(f$LL))
  list(terms = rownames(cf), cols = colnames(cf), rows = unname(split(cf, row(cf))),
       resid = unname(quantile(residuals(f))),
       param = if (f$type == "lag") f$rho else f$lambda,
       se = if (f$type == "lag") f$rho.se else f$lambda.se,
       lr = as.numeric(unclass(s$LR1$statistic)), lr_p = as.numeric(unclass(s$LR1$p.value)),
       wald = as.numeric(unclass(s$Wald1$statistic)), wald_p = as.numeric(unclass(s$Wald1$p.value)),
       ll = ll, s2 = f$s2, aic = as.numeric(AIC(f)), aic_lm = as.numeric(unclass(f$AIC_lm.model)),
       lm = if (is.null(f$LMtest)) NULL else as.numeric(f$LMtest),
       n = length(f$residuals), k = f$parameters)
})
rec$version <- as.character(packageVersion("spatialreg"))
writeLines(toJSON(rec, digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "spatialreg-")
    truth = Truth()
    for model, label in (("lag", "Rho"), ("error", "Lambda")):
        fit = out[model]
        for name, value in zip(("Min", "1Q", "Median", "3Q", "Max"), fit["resid"]):
            truth.allow(**{f"{model}/Residuals/{name}": value})
        for term, row in zip(fit["terms"], fit["rows"]):
            values = dict(zip(fit["cols"], row))
            truth.add(**{f"{model}/{term}/Estimate": values["Estimate"],
                         f"{model}/{term}/Std. Error": values["Std. Error"]})
            truth.allow(**{f"{model}/{term}/z value": values["z value"],
                           f"{model}/{term}/Pr(>|z|)": values["Pr(>|z|)"]})
        se = fit["se"][0]
        truth.add(**{f"{model}/{label}": fit["param"][0],
                     f"{model}/Asymptotic standard error": se})
        truth.allow(**{f"{model}/LR test value": fit["lr"][0], f"{model}/p-value": fit["lr_p"][0]})
        truth.allow(**{f"{model}/z-value": fit["param"][0] / se})
        truth.allow(**{f"{model}/p-value": fit["wald_p"][0]})
        truth.allow(**{f"{model}/Wald statistic": fit["wald"][0],
                       f"{model}/p-value": fit["wald_p"][0]})
        truth.add(**{f"{model}/Log likelihood": fit["ll"][0],
                     f"{model}/ML residual variance (sigma squared)": fit["s2"][0],
                     f"{model}/sigma": fit["s2"][0] ** 0.5,
                     f"{model}/AIC": fit["aic"][0], f"{model}/AIC for lm": fit["aic_lm"][0]})
        truth.allow(**{f"{model}/Number of observations": fit["n"][0],
                       f"{model}/Number of parameters estimated": fit["k"][0]})
        if fit.get("lm"):
            truth.allow(**{f"{model}/test value": fit["lm"][0]})
    truth.write(f"spatialreg {out['version'][0]}: each fit's Coef table, rho/lambda and their "
                "asymptotic SE, LR1 and Wald1 tests, logLik, s2, AIC and AIC_lm.model, written "
                "to JSON by the same R process", rel=1e-4, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"r-spatialreg": run}, root=HELDOUT27)
