"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Dynamic linear regression in R with dynlm (CRAN ``dynlm``, from the machine's R library), on a
seeded monthly series: ``dynlm(y ~ L(y, 1) + d(x))`` and ``dynlm(d(y) ~ L(d(y), 1:2) + L(x,
0:1) + trend(y))``, each printed with ``print(summary(m))`` (the time span, the call, the
residual quantiles, the coefficient table with lag terms such as ``L(d(y), 1:2)1``, ``Residual
standard error: 0.9113 on 116 degrees of freedom``, the R-squared line and ``F-statistic: 100.6
on 2 and 116 DF,  p-value: < 2.2e-16``).

Truth, written to JSON by the same R process from the summary objects: the residuals'
quantiles as ``<Min|1Q|Median|3Q|Max>`` (bare, as every R summary's in the corpus); the
coefficient matrix as ``<term>/<column>``
(``Pr(>|t|)`` optional); ``sigma`` as ``Residual standard error``, ``r.squared`` and
``adj.r.squared`` as ``Multiple R-squared`` and ``Adjusted R-squared``, the F statistic's value as
``F-statistic``; its degrees of freedom and the residual degrees of freedom are optional, and so
is the F test's p-value (computed with ``pf`` from the summary's ``fstatistic``, as the printer
does). The start and end of the span are dates: no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(dynlm))
suppressMessages(library(jsonlite))
set.seed(23)
x <- ts(cumsum(rnorm(120)), start = c(2010, 1), frequency = 12)
y <- ts(0.5 + 0.6 * lag(x, -1) + rnorm(120, sd = 0.7), start = c(2010, 1), frequency = 12)
rec <- function(m) {
  s <- summary(m)
  print(s)
  co <- coef(s)
  f <- s$fstatistic
  list(resid = unname(quantile(residuals(s))), terms = rownames(co), cols = colnames(co),
       coef = lapply(seq_len(ncol(co)), function(j) unname(co[, j])),
       sigma = s$sigma, r2 = s$r.squared, adjr2 = s$adj.r.squared, df = s$df[2],
       f = unname(f[1]), numdf = unname(f[2]), dendf = unname(f[3]),
       fp = unname(pf(f[1], f[2], f[3], lower.tail = FALSE)))
}
out <- list(m1 = rec(dynlm(y ~ L(y, 1) + d(x))),
            m2 = rec(dynlm(d(y) ~ L(d(y), 1:2) + L(x, 0:1) + trend(y))),
            version = as.character(packageVersion("dynlm")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


QUANTILES = ("Min", "1Q", "Median", "3Q", "Max")


def run() -> None:
    out = r_record(SCRIPT, "dynlm-", TZ="UTC")
    truth = Truth()
    for fit in (out["m1"], out["m2"]):
        for word, value in zip(QUANTILES, fit["resid"]):
            truth.add(**{word: value})
        for col, values in zip(fit["cols"], fit["coef"]):
            for term, value in zip(fit["terms"], values):
                if col.startswith("Pr("):
                    truth.allow(**{f"{term}/{col}": value})
                else:
                    truth.add(**{f"{term}/{col}": value})
        truth.add(**{"Residual standard error": fit["sigma"],
                     "Multiple R-squared": fit["r2"], "Adjusted R-squared": fit["adjr2"],
                     "F-statistic": fit["f"]})
        truth.allow(**{"degrees of freedom": fit["df"], "DF": fit["dendf"],
                       "on": fit["numdf"], "p-value": fit["fp"]})
    truth.write(f"dynlm {out['version']}: the summary.lm objects (residual quantiles, "
                "coefficients, sigma, R-squared, F statistic) written to JSON by the same R "
                "process; degrees of freedom and p-values optional",
                rel=5e-4, abs_tol=5e-6)  # four significant digits


if __name__ == "__main__":
    main(__file__, {"r-dynlm": run}, root=HELDOUT23)
