"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Generalised blockmodelling in R with blockmodeling (Debian ``r-cran-blockmodeling``), seeded: a
random 12-node network with a dense block, partitioned by ``optRandomParC`` into two clusters
(homogeneity blockmodelling, sum of squares, 12 random starts) and a 14-node network with three
planted groups into three clusters (binary blockmodelling, 12 starts), each printed. The search
prints, for each start, ``Starting optimization of the partiton 1 of 12 partitions.``, ``Starting
partition: 2 2 1 ...``, ``Final error: 20.13889`` and ``Final partition: ...``, then
``Optimization of all partitions completed``, ``1 solution(s) with minimal error = 20.13889
found.``; ``print`` adds the network size, the approach, cluster sizes, the image matrix ``IM``
and ``Error: 20.13889``.

Truth, written to JSON by the same R process from the result: ``err`` (one value a start) as the
series ``Final error`` in print order (the start number is on the line before, so no step; the two
searches share the name); ``minimal error`` and ``Error`` as ``min(err)`` and the best
partition's error (``err(res)``), one value a search. Partitions, cluster sizes, the network size
and the image matrix are labels and counts: printed, no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(blockmodeling); library(jsonlite)})
out <- list()
set.seed(30)
n <- 12; M <- matrix(rbinom(n * n, 1, 0.15), n); M[1:6, 1:6] <- rbinom(36, 1, 0.8); diag(M) <- 0
r <- optRandomParC(M = M, k = 2, rep = 12, approaches = "hom", homFun = "ss",
                   blocks = c("nul", "com"))
print(r)
out[[1]] <- list(err = r$err, best = err(r))
set.seed(31)
n <- 14; g <- rep(1:3, c(5, 5, 4)); P <- matrix(c(0.9, 0.1, 0.6, 0.1, 0.9, 0.1, 0.1, 0.5, 0.9), 3)
M <- matrix(rbinom(n * n, 1, P[cbind(rep(g, n), rep(g, each = n))]), n); diag(M) <- 0
r <- optRandomParC(M = M, k = 3, rep = 12, approaches = "bin", blocks = c("nul", "com"))
print(r)
out[[2]] <- list(err = r$err, best = err(r))
writeLines(toJSON(list(out = out, version = as.character(packageVersion("blockmodeling"))),
                  digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    rec = r_record(SCRIPT, "blockmodeling-")
    truth = Truth()
    for search in rec["out"]:
        errs = search["err"] if isinstance(search["err"], list) else [search["err"]]
        for value in errs:
            truth.add(**{"Final error": value})
        truth.add(**{"minimal error": min(errs)})
        truth.add(Error=search["best"])
    truth.write(f"blockmodeling {rec['version']}: optRandomParC()'s err and err(res), written to "
                "JSON by the same R process", rel=5e-6, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"r-blockmodeling": run}, root=HELDOUT30)
