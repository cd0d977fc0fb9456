"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Polychoric and polyserial correlations in R with polycor (Debian's ``r-cran-polycor``), on
ordinal variables cut from a seeded bivariate normal sample (500 draws, correlation 0.5):
``print(polychor(x1, x2, ML = TRUE, std.err = TRUE))`` (``Polychoric Correlation, ML est. =
0.508 (0.05575)``, ``Test of bivariate normality: Chisquare = 0.8419, df = 2, p = 0.6564``, the
row and column thresholds with their standard errors) and ``print(polyserial(z, x2, ML = TRUE,
std.err = TRUE))`` (``Polyserial Correlation, ML est. = ...``, its own normality test and the
thresholds).

Truth: the ``polycor`` objects, written to JSON by the same R process: ``rho`` (the ML
estimate) and its standard error (the square root of ``var``'s first diagonal element, as the
printer computes it), the ``chisq`` statistic, and the thresholds (``row.cuts``, ``col.cuts``,
``cuts``) with their standard errors from the rest of ``var``'s diagonal. Names: the estimate
as printed before its value, ``<label>/std`` for the value in brackets after it, thresholds
``Threshold`` and ``Std.Err.`` (the printed column titles; the row and column tables and the
polyserial's share them). Optional: ``df`` and ``p``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(polycor))
suppressMessages(library(jsonlite))
set.seed(12)
x <- mvtnorm::rmvnorm(500, c(0, 0), matrix(c(1, .5, .5, 1), 2))
x1 <- cut(x[, 1], c(-Inf, .75, Inf))
x2 <- cut(x[, 2], c(-Inf, -1, .5, 1.5, Inf))
pc <- polychor(x1, x2, ML = TRUE, std.err = TRUE)
print(pc)
z <- x[, 1] + rnorm(500, sd = 0.5)
ps <- polyserial(z, x2, ML = TRUE, std.err = TRUE)
print(ps)
out <- list(
  polychoric = list(rho = pc$rho, se = sqrt(diag(pc$var)), chisq = pc$chisq, df = pc$df,
                    p = pchisq(pc$chisq, pc$df, lower.tail = FALSE),
                    cuts = c(pc$row.cuts, pc$col.cuts)),
  polyserial = list(rho = ps$rho, se = sqrt(diag(ps$var)), chisq = ps$chisq, df = ps$df,
                    p = pchisq(ps$chisq, ps$df, lower.tail = FALSE), cuts = ps$cuts),
  version = as.character(packageVersion("polycor")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""

def run() -> None:
    out = r_record(SCRIPT, "polycor-")
    truth = Truth()
    for kind, label in (("polychoric", "Polychoric Correlation, ML est."),
                        ("polyserial", "Polyserial Correlation, ML est.")):
        fit = out[kind]
        se = fit["se"]
        truth.add(**{label: fit["rho"], f"{label}/std": se[0]})
        truth.add(Chisquare=fit["chisq"])
        truth.allow(df=fit["df"], p=fit["p"])
        cuts = fit["cuts"] if isinstance(fit["cuts"], list) else [fit["cuts"]]
        for cut, err in zip(cuts, se[1:]):
            truth.add(**{"Threshold": cut, "Std.Err.": err})
    truth.write(f"polycor {out['version']}: the polycor objects' rho, chisq and thresholds, "
                "standard errors from the square roots of var's diagonal as the printer takes "
                "them, written to JSON by the same R process; df and p optional", libraries=(),
                params={"ML": True, "std.err": True},
                rel=5e-4, abs_tol=5e-5)  # four significant digits


if __name__ == "__main__":
    main(__file__, {"r-polycor": run}, root=HELDOUT19)
