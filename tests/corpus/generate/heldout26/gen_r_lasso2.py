"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

L1-constrained regression in R with lasso2 (Debian ``r-cran-lasso2``): ``l1ce(lpsa ~ ., data =
Prostate, bound = b)`` on the package's prostate-cancer data (97 men, eight predictors) at two
relative bounds, 0.3 and 0.6, each printed (``Call:``, ``Coefficients:`` as a named vector over
two lines, zeros for dropped predictors, ``The relative L1 bound was      : 0.3``, ``The absolute
L1 bound was      : 0.55...``, ``The Lagrangian for the bound is:  ...``), then the coefficient
table of the 0.6 fit's summary (``print(summary(fit)$coefficients)``: ``Value Std. Error Z score
Pr(>|Z|)`` by term).

Truth, written to JSON by the same R process from the fit objects: each printed coefficient under
its term (``lcavol``, ``(Intercept)``; two values each, one a fit, zeros included); ``The
absolute L1 bound was`` (``bound``) and ``The Lagrangian for the bound is`` (``Lagrangian``),
one value a fit; the relative bound (``relative.bound``, the setting the call asked for)
optional under ``The relative L1 bound was``; the table's ``<term>/Value`` and ``<term>/Std.
Error`` metrics, ``<term>/Z score`` and ``<term>/Pr(>|Z|)`` optional (test statistic,
p-value).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(lasso2))
suppressMessages(library(jsonlite))
data(Prostate)
fits <- lapply(c(0.3, 0.6), function(b) {
  f <- l1ce(lpsa ~ ., data = Prostate, bound = b); print(f); f
})
cf <- summary(fits[[2]])$coefficients
print(cf)
rec <- list(
  fits = lapply(fits, function(f) list(names = names(coef(f)), coef = unname(coef(f)),
                                       bound = f$bound, lagrangian = f$Lagrangian,
                                       relative = f$relative.bound)),
  table = list(terms = rownames(cf), cols = colnames(cf), rows = unname(split(cf, row(cf)))),
  version = as.character(packageVersion("lasso2")))
writeLines(toJSON(rec, digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "lasso2-")
    truth = Truth()
    for fit in out["fits"]:
        truth.add(**dict(zip(fit["names"], fit["coef"])))
        truth.add(**{"The absolute L1 bound was": fit["bound"][0],
                     "The Lagrangian for the bound is": fit["lagrangian"][0]})
        truth.allow(**{"The relative L1 bound was": fit["relative"][0]})
    table = out["table"]
    for term, row in zip(table["terms"], table["rows"]):
        values = dict(zip(table["cols"], row))
        truth.add(**{f"{term}/Value": values["Value"], f"{term}/Std. Error": values["Std. Error"]})
        truth.allow(**{f"{term}/Z score": values["Z score"], f"{term}/Pr(>|Z|)": values["Pr(>|Z|)"]})
    truth.write(f"lasso2 {out['version'][0]}: the l1ce fits' coefficients, bound, Lagrangian, "
                "relative.bound and summary()$coefficients, written to JSON by the same R process",
                rel=5e-6, abs_tol=5e-8)


if __name__ == "__main__":
    main(__file__, {"r-lasso2": run}, root=HELDOUT26)
