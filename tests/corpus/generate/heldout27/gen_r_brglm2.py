"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Bias-reduced binomial regression in R with brglm2 (Debian ``r-cran-brglm2``), on two data sets
the package ships: ``glm(HG ~ NV + PI + EH, method = "brglmFit")`` on ``endometrial`` (the
default mixed adjusted-score estimator; NV separates the outcome, where plain ML diverges), and
``glm(cbind(grahami, opalinus) ~ height + diameter + light + time, method = "brglmFit", type =
"AS_median")`` on ``lizards``. Each ``summary`` is printed: the call, ``Deviance Residuals:``
quantiles, the coefficient table ``Estimate Std. Error z value Pr(>|z|)`` with significance
stars and legend, the dispersion line, ``Null deviance: 104.903 on 78 degrees of freedom``,
``Residual deviance:``, ``AIC:``, ``Type of estimator: ...`` and ``Number of Fisher Scoring
iterations: 6``.

Truth, written to JSON by the same R process from the summary objects: ``<term>/Estimate`` and
``<term>/Std. Error`` (the two fits' terms differ but for ``(Intercept)``, which has two
values), ``Null deviance``, ``Residual deviance`` and ``AIC`` (one value a fit); optional: ``z
value``, ``Pr(>|z|)``, the deviance-residual quantiles (``Deviance Residuals/Min`` ...), the
degrees of freedom, the dispersion and the iteration count.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(brglm2); library(jsonlite)})
data("endometrial", package = "brglm2")
data("lizards", package = "brglm2")
fits <- list(
  glm(HG ~ NV + PI + EH, family = binomial("logit"), data = endometrial, method = "brglmFit"),
  glm(cbind(grahami, opalinus) ~ height + diameter + light + time, family = binomial(logit),
      data = lizards, method = "brglmFit", type = "AS_median"))
rec <- lapply(fits, function(f) {
  s <- summary(f); print(s)
  cf <- coef(s)
  list(terms = rownames(cf), cols = colnames(cf), rows = unname(split(cf, row(cf))),
       resid = unname(quantile(s$deviance.resid)), null = s$null.deviance, dev = s$deviance,
       aic = s$aic, df_null = s$df.null, df_res = s$df.residual, disp = s$dispersion,
       iter = s$iter)
})
writeLines(toJSON(list(fits = rec, version = as.character(packageVersion("brglm2"))),
                  digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "brglm2-")
    truth = Truth()
    for fit in out["fits"]:
        for name, value in zip(("Min", "1Q", "Median", "3Q", "Max"), fit["resid"]):
            truth.allow(**{f"Deviance Residuals/{name}": value})
        for term, row in zip(fit["terms"], fit["rows"]):
            values = dict(zip(fit["cols"], row))
            truth.add(**{f"{term}/Estimate": values["Estimate"],
                         f"{term}/Std. Error": values["Std. Error"]})
            truth.allow(**{f"{term}/z value": values["z value"],
                           f"{term}/Pr(>|z|)": values["Pr(>|z|)"]})
        truth.add(**{"Null deviance": fit["null"][0], "Residual deviance": fit["dev"][0],
                     "AIC": fit["aic"][0]})
        truth.allow(**{"Null deviance/degrees of freedom": fit["df_null"][0],
                       "Residual deviance/degrees of freedom": fit["df_res"][0],
                       "Dispersion parameter for binomial family taken to be": fit["disp"][0],
                       "Number of Fisher Scoring iterations": fit["iter"][0]})
    truth.write(f"brglm2 {out['version'][0]}: coef(summary()), deviances, AIC, written to JSON "
                "by the same R process", rel=5e-4, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"r-brglm2": run}, root=HELDOUT27)
