"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Model summaries in R with gmodels (Debian ``r-cran-gmodels``): ``ci()`` of two linear models
(``mpg ~ wt + factor(cyl)`` on ``mtcars``, ``Fertility ~ Agriculture + Education + Catholic`` on
``swiss``), each a table ``Estimate CI lower CI upper Std. Error p-value`` by term, then
``fit.contrast`` of the first model (cylinders 4 against 6, and 6 against 8), a one-row table
``Estimate Std. Error t value Pr(>|t|)`` headed ``factor(cyl) c=( 1 -1 0 )`` with its
``attr(,"class")`` trailer.

Truth, written to JSON by the same R process from the returned matrices: ``<term>/Estimate`` and
``<term>/Std. Error`` metrics (the two models share ``(Intercept)``), the interval bounds, the
p-values and the t values optional; each contrast under its printed row name
(``factor(cyl) c=( 1 -1 0 )/Estimate``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(gmodels))
suppressMessages(library(jsonlite))
m1 <- lm(mpg ~ wt + factor(cyl), data = mtcars)
m2 <- lm(Fertility ~ Agriculture + Education + Catholic, data = swiss)
tabs <- list(ci(m1), ci(m2))
for (t in tabs) print(t)
cons <- list(fit.contrast(m1, "factor(cyl)", c(1, -1, 0)),
             fit.contrast(m1, "factor(cyl)", c(0, 1, -1)))
for (t in cons) print(t)
as_rec <- function(m) list(rows = rownames(m), cols = colnames(m),
                           values = unname(split(unclass(m), row(m))))
rec <- list(ci = lapply(tabs, as_rec), contrasts = lapply(cons, as_rec),
            version = as.character(packageVersion("gmodels")))
writeLines(toJSON(rec, digits = NA), Sys.getenv("R_RECORD"))
"""

METRIC_COLUMNS = ("Estimate", "Std. Error")


def run() -> None:
    out = r_record(SCRIPT, "gmodels-")
    truth = Truth()
    for table in out["ci"] + out["contrasts"]:
        for row, values in zip(table["rows"], table["values"]):
            for col, value in zip(table["cols"], values):
                if col in METRIC_COLUMNS:
                    truth.add(**{f"{row}/{col}": value})
                else:
                    truth.allow(**{f"{row}/{col}": value})
    truth.write(f"gmodels {out['version'][0]}: the matrices ci() and fit.contrast() return, "
                "written to JSON by the same R process",
                rel=1e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"r-gmodels": run}, root=HELDOUT28)
