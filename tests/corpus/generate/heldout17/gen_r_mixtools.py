"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Finite mixture models in R with mixtools (Debian's ``r-cran-mixtools``), fitted by EM and
seeded: a two-component normal mixture of simulated data and a three-component one of
``faithful``'s waiting times (``normalmixEM``), and a two-component mixture of linear
regressions (``regmixEM``). Each fit prints ``number of iterations= 60`` when it stops, and its
``summary`` prints ``summary of normalmixEM object:``, a table of rows (``lambda``, ``mu``,
``sigma``; ``lambda``, ``sigma``, ``beta1``, ``beta2`` for the regressions) by ``comp 1``,
``comp 2``, ... columns, then ``loglik at estimate:  -510.2561``.

Truth: the ``mixEM`` objects, written to JSON by the same R process: ``lambda``, ``mu``,
``sigma`` (and the regression's ``beta`` matrix, its rows printed ``beta1``, ``beta2``) as
``<row>/comp <k>``, and ``loglik`` as ``loglik at estimate``, each fit unstepped. Optional: the
number of iterations (``length(all.loglik) - 1``, the EM steps taken). Judgement: the three fits
share row and column names, so ``lambda/comp 1`` has three values; the component order is
EM's (not sorted).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

SCRIPT = r"""
suppressMessages(library(mixtools))
suppressMessages(library(jsonlite))
set.seed(4)
x <- c(rnorm(150, 0, 1), rnorm(100, 4, 1.2))
a <- normalmixEM(x, k = 2)
summary(a)
set.seed(6)
b <- normalmixEM(faithful$waiting, k = 3, maxit = 2000)
summary(b)
set.seed(8)
xr <- runif(100, 0, 10)
yr <- ifelse(runif(100) < 0.5, 1 + 2 * xr, 8 - 0.5 * xr) + rnorm(100, 0, 0.7)
c <- regmixEM(yr, xr, k = 2)
summary(c)
keep <- function(m) {
  rows <- list(lambda = m$lambda)
  if (!is.null(m$mu)) rows$mu <- m$mu
  rows$sigma <- m$sigma
  if (!is.null(m$beta)) for (i in seq_len(nrow(m$beta))) rows[[paste0("beta", i)]] <- m$beta[i, ]
  list(rows = rows, loglik = m$loglik, iterations = length(m$all.loglik) - 1)
}
out <- list(fits = list(keep(a), keep(b), keep(c)),
            version = as.character(packageVersion("mixtools")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("MIX_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="mixtools-"))
    (work / "mix.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "mix.R")], check=True,
                   env={**os.environ, "MIX_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for fit in out["fits"]:
        truth.allow(**{"number of iterations": fit["iterations"]})
        for row, values in fit["rows"].items():
            truth.add(**{f"{row}/comp {k}": v for k, v in enumerate(values, start=1)})
        truth.add(**{"loglik at estimate": fit["loglik"]})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"mixtools {out['version']} under {r_version}: the mixEM objects' lambda, mu, "
                "sigma, beta as <row>/comp <k> and loglik; the iteration counts optional; "
                "written to JSON by the same R process", libraries=(), params=None,
                rel=1e-5, abs_tol=0.0)  # six or seven significant digits


if __name__ == "__main__":
    main(__file__, {"r-mixtools": run}, root=HELDOUT17)
