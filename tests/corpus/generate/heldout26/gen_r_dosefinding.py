"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Dose-response modelling in R with DoseFinding (Debian ``r-cran-dosefinding``), seeded: a
simulated trial (five doses, 15 patients each, an Emax truth plus noise) fitted by ``fitMod``
with three models (``emax``, ``sigEmax``, ``exponential``); each fit printed bare (``Dose
Response Model``, ``Model: emax``, ``Coefficients dose-response model`` as a named vector ``e0
eMax ed50``, ``Degrees of freedom: 72``, ``Residual standard error: 0.2976``) and then its
``summary`` (residual quantiles, ``Coefficients with approx. stand. error:`` a table ``Estimate
Std. Error``, the residual standard error to three digits, the degrees of freedom).

Truth, written to JSON by the same R process: ``coef(fit)`` under the parameter names (from the
bare print: ``e0``, ``eMax``, ...; one value a fit, the three fits sharing ``e0``), the summary
table as ``<parameter>/Estimate`` and ``<parameter>/Std. Error`` (the standard errors as
``summary.DRMod`` computes them, ``sqrt(diag(vcov(fit)))``), ``Residual standard error``
(``sqrt(RSS / df)``) twice a fit (print and summary); the residual quantiles optional under
``Residuals/<label>`` (computed as the summary does: fitted minus observed); degrees of freedom optional; the model names are no numbers.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(DoseFinding))
suppressMessages(library(jsonlite))
set.seed(26)
doses <- c(0, 0.05, 0.2, 0.6, 1)
dd <- data.frame(dose = rep(doses, each = 15))
dd$resp <- 0.2 + 0.7 * dd$dose / (0.15 + dd$dose) + rnorm(nrow(dd), sd = 0.3)
rec <- lapply(c("emax", "sigEmax", "exponential"), function(m) {
  fit <- fitMod(dose, resp, data = dd, model = m)
  print(fit); print(summary(fit))
  df <- fit$df; rse <- sqrt(fit$RSS / df)
  q <- quantile(predict(fit, predType = "full-model") - dd$resp); names(q) <- c("Min", "1Q", "Median", "3Q", "Max")
  list(names = names(coef(fit)), coef = unname(coef(fit)), se = unname(sqrt(diag(vcov(fit)))),
       rse = rse, df = df, qn = names(q), q = unname(q))
})
writeLines(toJSON(list(fits = rec, version = as.character(packageVersion("DoseFinding"))),
                  digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "dosefinding-")
    truth = Truth()
    for fit in out["fits"]:
        truth.add(**dict(zip(fit["names"], fit["coef"])))
        rse = fit["rse"][0]
        truth.add(**{"Residual standard error": rse})
        truth.allow(**{"Degrees of freedom": fit["df"][0]})
        for label, value in zip(fit["qn"], fit["q"]):
            truth.allow(**{f"Residuals/{label}": value})
        for name, est, se in zip(fit["names"], fit["coef"], fit["se"]):
            truth.add(**{f"{name}/Estimate": est, f"{name}/Std. Error": se})
        truth.add(**{"Residual standard error": rse})
        truth.allow(**{"Degrees of freedom": fit["df"][0]})
    truth.write(f"DoseFinding {out['version'][0]}: coef, sqrt(diag(vcov)), sqrt(RSS/df) and the "
                "residual quantiles of each fitMod fit, written to JSON by the same R process",
                rel=2e-3, abs_tol=5e-4)  # the summary prints three significant digits


if __name__ == "__main__":
    main(__file__, {"r-dosefinding": run}, root=HELDOUT26)
