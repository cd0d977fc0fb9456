"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Point-process models in R with spatstat (CRAN ``spatstat.model``, from the machine's R library),
seeded: an inhomogeneous Poisson pattern on the unit square (intensity 80 e^{1.5 x}), fitted
with ``ppm(X ~ x)`` and with a quadratic trend ``ppm(X ~ polynom(x, y, 2))``, each printed with
``print(fit)``: ``Nonstationary Poisson process``, the log-intensity formula, ``Fitted trend
coefficients:`` as a named vector, then a table ``Estimate S.E. CI95.lo CI95.hi Ztest Zval``
(``Ztest`` holds stars).

Truth, written to JSON by the same R process: ``coef(fit)`` under the coefficient names
(``(Intercept)``, ``x``, ``I(x^2)``, ``I(x * y)`` ...), and ``coef(summary(fit))`` as
``<row>/<column>`` for ``Estimate``, ``S.E.`` and ``Zval``, the interval bounds (``CI95.lo``,
``CI95.hi``) optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(spatstat.model))
suppressMessages(library(jsonlite))
set.seed(24)
X <- rpoispp(function(x, y) 80 * exp(1.5 * x), win = square(1))
rec <- function(fit) {
  print(fit)
  s <- coef(summary(fit))
  list(coef = as.list(coef(fit)),
       rows = lapply(seq_len(nrow(s)), function(i) list(row = rownames(s)[i],
         est = s$Estimate[i], se = s$S.E.[i], lo = s$CI95.lo[i], hi = s$CI95.hi[i],
         z = s$Zval[i])))
}
out <- list(fits = list(rec(ppm(X ~ x)), rec(ppm(X ~ polynom(x, y, 2)))),
            version = as.character(packageVersion("spatstat.model")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "spatstat-", TZ="UTC")
    truth = Truth()
    for fit in out["fits"]:
        truth.add(**fit["coef"])
        for row in fit["rows"]:
            name = row["row"]
            truth.add(**{f"{name}/Estimate": row["est"], f"{name}/S.E.": row["se"],
                         f"{name}/Zval": row["z"]})
            truth.allow(**{f"{name}/CI95.lo": row["lo"], f"{name}/CI95.hi": row["hi"]})
    truth.write(f"spatstat.model {out['version']}: coef() and coef(summary()) of the ppm fits, "
                "written to JSON by the same R process", rel=5e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"r-spatstat": run}, root=HELDOUT24)
