"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Cluster validation in R with fpc (Debian ``r-cran-fpc``), seeded: three overlapping Gaussian
groups (90 points in two dimensions) clustered by k-means, first
``clusterboot(..., B = 20, clustermethod = kmeansCBI, krange = 3, count = TRUE)`` (a ``boot 1``
line a resample, then its print: ``* Cluster stability assessment *``, ``Number of resampling
runs:  20``, ``Clusterwise Jaccard bootstrap (omitting multiple points) mean:`` and a ``[1]``
vector, ``dissolved:`` and ``recovered:`` counts), then a selection of ``cluster.stats`` for the
clustering printed as a list (``$average.between``, ``[1] 2.86...``; ``$avg.silwidth``, ``$ch``,
``$dunn``, ``$entropy``, ``$wb.ratio``, and the vectors ``$average.distance``, ``$separation``,
``$clus.avg.silwidths`` by cluster).

Truth, written to JSON by the same R process from the returned objects: ``bootmean`` as
``Clusterwise Jaccard bootstrap (omitting multiple points) mean`` (a series in cluster order; the
print's ``[1]`` is no step); ``bootbrd`` and ``bootrecover`` (``dissolved``, ``recovered``)
optional (counts); the statistics under their list names, vectors as series in cluster order
(``clus.avg.silwidths`` printed as a named vector ``1 2 3``: its names are the cluster numbers,
so ``clus.avg.silwidths/1`` ...). The ``boot k`` lines and the resampling count are counts.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(fpc))
suppressMessages(library(jsonlite))
set.seed(29)
x <- rbind(matrix(rnorm(60, 0, 0.8), 30), matrix(rnorm(60, 2, 0.8), 30),
           cbind(rnorm(30, 0, 0.8), rnorm(30, 2.5, 0.8)))
cb <- clusterboot(x, B = 20, bootmethod = "boot", clustermethod = kmeansCBI, krange = 3,
                  seed = 29, count = TRUE)
print(cb)
cs <- cluster.stats(dist(x), cb$result$partition)
keep <- c("average.between", "average.within", "avg.silwidth", "ch", "dunn", "entropy",
          "wb.ratio", "average.distance", "separation", "clus.avg.silwidths")
print(cs[keep])
rec <- list(bootmean = cb$bootmean, bootbrd = cb$bootbrd, bootrecover = cb$bootrecover,
            stats = lapply(cs[keep], function(v) unname(as.numeric(v))),
            version = as.character(packageVersion("fpc")))
writeLines(toJSON(rec, digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "fpc-")
    truth = Truth()
    for v in out["bootmean"]:
        truth.add(**{"Clusterwise Jaccard bootstrap (omitting multiple points) mean": v})
    for v in out["bootbrd"]:
        truth.allow(dissolved=v)
    for v in out["bootrecover"]:
        truth.allow(recovered=v)
    for name, values in out["stats"].items():
        if name == "clus.avg.silwidths":
            truth.add(**{f"{name}/{i + 1}": v for i, v in enumerate(values)})
        else:
            for v in values:
                truth.add(**{name: v})
    truth.write(f"fpc {out['version'][0]}: clusterboot's bootmean, bootbrd, bootrecover and "
                "cluster.stats of its partition, written to JSON by the same R process",
                rel=5e-7, abs_tol=5e-8)


if __name__ == "__main__":
    main(__file__, {"r-fpc": run}, root=HELDOUT29)
