"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Bayesian linear regression in R with bayesm (Debian ``r-cran-bayesm``), seeded: ``runireg`` on
120 simulated rows (intercept and two covariates), 2000 draws, then ``summary`` of the
coefficient draws and of the variance draws (burn-in 200). bayesm prints the model and prior
(``with 120 observations``, ``betabar``, the prior precision matrix ``A``, ``nu = 3 ssq=
4.79``), ``MCMC parms:`` (``R= 2000 keep= 1 nprint= 500``), progress lines ``500 (0.0)`` and
``Total Time Elapsed: 0.00``; each summary prints ``Summary of Posterior Marginal
Distributions``, ``Moments`` (``mean std dev num se rel eff sam size`` by coefficient number, two
significant digits) and ``Quantiles`` (``2.5% 5% 50% 95% 97.5%``) and ``based on 1800 valid
draws (burn-in=200)``.

Truth, written to JSON by the same R process: the moments matrix ``summary`` returns and the
quantiles it prints, computed as it does (``quantile`` of the draws after burn-in), each cell
under ``<row>/<column>`` (the row is the coefficient number the table prints; the variance
summary's single row is ``1`` too, so the names of row 1 have two values); ``sam size``
(effective sample size) optional. The prior and MCMC settings are params; the observation and
draw counts, the progress lines and the time are optional or not truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(bayesm); library(jsonlite)})
set.seed(27)
n <- 120
X <- cbind(1, rnorm(n), runif(n))
y <- X %*% c(1, 2, -1) + rnorm(n, sd = 0.7)
out <- runireg(Data = list(y = y, X = X), Mcmc = list(R = 2000, keep = 1, nprint = 500))
summ <- function(draws) {
  m <- summary(draws, burnin = 200)
  d <- as.matrix(draws)[201:nrow(as.matrix(draws)), , drop = FALSE]
  q <- t(apply(d, 2, quantile, probs = c(0.025, 0.05, 0.5, 0.95, 0.975)))
  list(moments = unname(split(m, row(m))), mcols = colnames(m),
       quantiles = unname(split(q, row(q))), qcols = colnames(q))
}
rec <- list(beta = summ(out$betadraw), sigmasq = summ(out$sigmasqdraw),
            version = as.character(packageVersion("bayesm")))
writeLines(toJSON(rec, digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "bayesm-")
    truth = Truth()
    for part in ("beta", "sigmasq"):
        s = out[part]
        for i, row in enumerate(s["moments"], start=1):
            for col, value in zip(s["mcols"], row):
                if col == "sam size":
                    truth.allow(**{f"{i}/{col}": value})
                else:
                    truth.add(**{f"{i}/{col}": value})
        for i, row in enumerate(s["quantiles"], start=1):
            truth.add(**{f"{i}/{col}": value for col, value in zip(s["qcols"], row)})
        truth.allow(**{"based on": 1800, "burn-in": 200})
    truth.allow(**{"with": 120, "observations": 120, "Total Time Elapsed": 0.0})
    truth.write(f"bayesm {out['version'][0]}: summary()'s returned moments and the quantiles of "
                "the draws after burn-in, written to JSON by the same R process",
                params={"nu": 3, "R": 2000, "keep": 1, "nprint": 500},
                rel=5e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"r-bayesm": run}, root=HELDOUT27)
