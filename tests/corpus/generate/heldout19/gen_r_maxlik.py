"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Maximum likelihood in R with maxLik (Debian's ``r-cran-maxlik``): a normal sample's mean and
standard deviation (80 seeded draws, Newton-Raphson, the deviation on the log scale) and a
Poisson regression's two coefficients (BFGS), each ``print(summary(maxLik(...)))``: the method
and ``Newton-Raphson maximisation, 8 iterations``, ``Return code 1: gradient close to zero``,
``Log-Likelihood: -134.5689``, ``2  free parameters`` and an ``Estimates:`` table
(``mu 1.9856 0.1455 13.65 <2e-16 ***``).

Truth: the ``summary.maxLik`` objects, written to JSON by the same R process: ``loglik`` as
``Log-Likelihood`` and the ``estimate`` matrix, named ``<row>/<column>`` as printed. Optional:
the iteration count, the return code, the number of free parameters and the p-values.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(maxLik))
suppressMessages(library(jsonlite))
set.seed(3)
y <- rnorm(80, 2, 1.5)
ll_norm <- function(th) sum(dnorm(y, th[1], exp(th[2]), log = TRUE))
x <- seq(0, 2, length.out = 60)
counts <- rpois(60, exp(0.4 + 0.9 * x))
ll_pois <- function(b) sum(dpois(counts, exp(b[1] + b[2] * x), log = TRUE))
fits <- list(maxLik(ll_norm, start = c(mu = 0, logsigma = 0)),
             maxLik(ll_pois, start = c(a = 0, b = 0), method = "BFGS"))
out <- list()
for (m in fits) {
  s <- summary(m)
  print(s)
  e <- s$estimate
  out[[length(out) + 1]] <- list(loglik = s$loglik, iterations = s$iterations,
    code = s$returnCode, free = s$NActivePar, rows = rownames(e), est = e[, 1], se = e[, 2],
    t = e[, 3], p = e[, 4])
}
writeLines(toJSON(list(fits = out, version = as.character(packageVersion("maxLik"))),
                  digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""

def run() -> None:
    out = r_record(SCRIPT, "maxlik-")
    truth = Truth()
    for fit in out["fits"]:
        truth.allow(iterations=fit["iterations"], **{"Return code": fit["code"],
                                                     "free parameters": fit["free"]})
        truth.add(**{"Log-Likelihood": fit["loglik"]})
        for i, row in enumerate(fit["rows"]):
            truth.add(**{f"{row}/Estimate": fit["est"][i], f"{row}/Std. error": fit["se"][i],
                         f"{row}/t value": fit["t"][i]})
            truth.allow(**{f"{row}/Pr(> t)": fit["p"][i]})
    truth.write(f"maxLik {out['version']}: the summary.maxLik objects' loglik and estimate "
                "matrix, written to JSON by the same R process, named <row>/<column> as "
                "printed; iterations, return code, free parameters and p-values optional",
                libraries=(), params={"method": "NR, BFGS"},
                rel=5e-4, abs_tol=5e-5)  # four significant digits


if __name__ == "__main__":
    main(__file__, {"r-maxlik": run}, root=HELDOUT19)
