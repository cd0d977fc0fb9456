"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Log-concave density estimation in R with logcondens (CRAN ``logcondens``, from the machine's R
library), seeded: three samples (80 gamma, 60 normal, 100 logistic draws) fitted with
``logConDens``, the first and third with ``smoothed = TRUE``, each printed with ``summary(fit)``
(which ``cat``s its report): ``Number of initial observations: n = 80``, the unique
observations, ``Minimal and maximal weight:``, ``log-likelihood: -2.84``, ``Maximum likelihood
estimate:`` with ``Mode: x[23] = 1.7``, ``Value of log-density at mode: -1.3`` and ``Value of
density at mode: 0.28`` (two significant digits), for a smoothed fit the same three under
``Smoothed maximum likelihood estimate:``, then the number of knots and the knots themselves.

Truth, written to JSON by the same R process, computed from the fit object as
``summary.dlc`` computes what it prints (its R code was read for this): ``L`` as
``log-likelihood``; the mode (``x`` where ``phi`` is largest) as ``Mode``, ``phi`` there as
``Value of log-density at mode`` and its exponential as ``Value of density at mode``; for a
smoothed fit the same three from ``xs`` and ``f.smoothed`` under the same names (a second value
each, after the unsmoothed ones). Optional: ``n``, ``m``, the weights (``Minimal and maximal
weight``, both values), ``Number of knots of the MLE``. The mode's index ``x[23]`` and the knot
positions are data points, no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(logcondens))
suppressMessages(library(jsonlite))
set.seed(24)
rec <- function(x, smoothed) {
  fit <- logConDens(x, smoothed = smoothed)
  summary(fit)
  phi <- fit$phi; xx <- fit$x
  mode <- xx[phi == max(phi)]
  r <- list(n = length(fit$xn), m = length(xx), wmin = min(fit$w), wmax = max(fit$w),
            L = fit$L, mode = mode, phi = phi[xx == mode], knots = sum(fit$IsKnot),
            smoothed = smoothed)
  if (smoothed) {
    ms <- fit$xs[fit$f.smoothed == max(fit$f.smoothed)]
    fs <- fit$f.smoothed[fit$xs == ms]
    r$mode_s <- ms; r$f_s <- fs
  }
  r
}
out <- list(fits = list(rec(rgamma(80, 3), TRUE), rec(rnorm(60), FALSE),
                        rec(rlogis(100), TRUE)),
            version = as.character(packageVersion("logcondens")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    import math

    out = r_record(SCRIPT, "logcondens-", TZ="UTC")
    truth = Truth()
    for fit in out["fits"]:
        truth.allow(n=fit["n"], m=fit["m"])
        truth.allow(**{"Minimal and maximal weight": fit["wmin"]})
        truth.allow(**{"Minimal and maximal weight": fit["wmax"]})
        truth.add(**{"log-likelihood": fit["L"]})
        truth.add(**{"Mode": fit["mode"], "Value of log-density at mode": fit["phi"],
                     "Value of density at mode": math.exp(fit["phi"])})
        if fit["smoothed"]:
            truth.add(**{"Mode": fit["mode_s"],
                         "Value of log-density at mode": math.log(fit["f_s"]),
                         "Value of density at mode": fit["f_s"]})
        truth.allow(**{"Number of knots of the MLE": fit["knots"]})
    truth.write(f"logcondens {out['version']}: the dlc objects' L, phi, x, xs and f.smoothed, "
                "the mode and its (log-)density as summary.dlc computes them, written to JSON "
                "by the same R process", rel=5e-3, abs_tol=5e-3)  # two significant digits


if __name__ == "__main__":
    main(__file__, {"r-logcondens": run}, root=HELDOUT24)
