"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Soft-threshold selection in R with WGCNA (Debian ``r-cran-wgcna``), seeded: 40 simulated genes
over 40 samples (two co-expressed modules of 15 genes and 10 noise genes);
``pickSoftThreshold(d, powerVector = c(1:6, 8, 10), verbose = 2)`` prints its progress (``
pickSoftThreshold: calculating connectivity for given powers...``) and the table ``Power
SFT.R.sq slope truncated.R.sq mean.k. median.k. max.k.`` with R's row numbers, three
significant digits (``2.78e-02``); R warns on stderr that ``%dopar%`` runs sequentially.

Truth, written to JSON by the same R process: the returned ``fitIndices`` frame, each column
under its printed head as a series in print order (the rows are numbered by the table and keyed
by ``Power``, the setting asked for, which is optional); the block size is not a metric.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(WGCNA); library(jsonlite)})
set.seed(27)
n <- 40; m1 <- rnorm(n); m2 <- rnorm(n)
d <- cbind(sapply(1:15, function(i) m1 + rnorm(n, sd = 0.6)),
           sapply(1:15, function(i) m2 + rnorm(n, sd = 0.6)), matrix(rnorm(n * 10), n))
colnames(d) <- paste0("g", 1:40)
s <- pickSoftThreshold(d, powerVector = c(1:6, 8, 10), verbose = 2)
writeLines(toJSON(list(fit = s$fitIndices, version = as.character(packageVersion("WGCNA"))),
                  digits = NA, dataframe = "columns"), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "wgcna-")
    truth = Truth()
    fit = out["fit"]
    for i in range(len(fit["Power"])):
        truth.add(**{name: fit[name][i] for name in
                     ("SFT.R.sq", "slope", "truncated.R.sq", "mean.k.", "median.k.", "max.k.")})
        truth.allow(Power=fit["Power"][i])
    truth.write(f"WGCNA {out['version'][0]}: pickSoftThreshold()$fitIndices, written to JSON by "
                "the same R process", rel=5e-3, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"r-wgcna": run}, root=HELDOUT27)
