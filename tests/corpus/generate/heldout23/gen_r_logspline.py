"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Logspline density estimation in R with logspline (CRAN ``logspline``, from the machine's R
library), seeded: a two-component normal mixture of 250 draws (``logspline(x)``) and 200
exponential draws with a lower bound (``logspline(y, lbound = 0)``), each followed by
``summary(fit)``: a table with a row per number of knots tried, ``knots A(1)/D(2) loglik AIC
minimum penalty maximum penalty`` (rounded to two decimals, ``NA`` where a model is never
optimal), then ``the present optimal number of knots is  5`` and the penalty used (``log( 250
)= 5.52``).

Truth, written to JSON by the same R process from the fit objects: the log-likelihoods of
``fit$logl`` as ``loglik``, one value per row of the table; the AIC computed as the summary
computes it from them (``-2 loglik + penalty (knots - 1)``, with ``fit$penalty``) as ``AIC``
(the knots column, rising, is the rows' step and in no name, as r-caret's tuning grid's
``k``); optional: the penalty range in which each model is optimal (recomputed here
from its definition: twice the largest slope of the log-likelihood to a larger model and twice
the smallest to a smaller one), the chosen knot count ``fit$nknots`` and the penalty. The
``A(1)/D(2)`` column (whether a row came from adding or deleting knots) is a code: no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(logspline))
suppressMessages(library(jsonlite))
set.seed(23)
x <- c(rnorm(150, 0, 1), rnorm(100, 3, 0.7))
y <- rexp(200, rate = 0.5)
rec <- function(fit) {
  summary(fit)
  keep <- fit$logl[, 2] != 0
  list(knots = fit$logl[keep, 1], loglik = fit$logl[keep, 3], penalty = fit$penalty,
       nknots = fit$nknots)
}
out <- list(mix = rec(logspline(x)), exp = rec(logspline(y, lbound = 0)),
            version = as.character(packageVersion("logspline")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "logspline-", TZ="UTC")
    truth = Truth()
    for fit in (out["mix"], out["exp"]):
        knots, ll, pen = fit["knots"], fit["loglik"], fit["penalty"]
        n = len(knots)
        for i in range(n):
            truth.add(loglik=ll[i], AIC=-2 * ll[i] + pen * (knots[i] - 1))
            low = max(((ll[j] - ll[i]) / (knots[j] - knots[i]) for j in range(i + 1, n)),
                      default=0.0)
            high = min(((ll[j] - ll[i]) / (knots[j] - knots[i]) for j in range(i)),
                       default=float("inf"))
            if high >= low:  # otherwise never optimal: printed NA
                truth.allow(**{"minimum penalty": 2 * low, "maximum penalty": 2 * high})
        truth.allow(**{"the present optimal number of knots is": fit["nknots"],
                       "penalty(AIC)": pen})
    truth.write(f"logspline {out['version']}: fit$logl's log-likelihoods and the AIC "
                "the summary computes from them, written to JSON by the same R process; penalty "
                "ranges, the chosen knots and the penalty optional",
                rel=5e-5, abs_tol=5e-3)  # two decimals


if __name__ == "__main__":
    main(__file__, {"r-logspline": run}, root=HELDOUT23)
