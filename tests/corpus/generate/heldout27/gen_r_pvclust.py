"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Hierarchical clustering with bootstrap p-values in R with pvclust (Debian ``r-cran-pvclust``),
seeded: six tumour samples of the ``lung`` expression data it ships (the first 60 genes),
correlation distance and average linkage, 100 bootstrap replicates at each of ten relative
sample sizes. pvclust prints ``Bootstrap (r = 0.5)... Done.`` for each size, then the result:
``Cluster method: average``, ``Distance      : correlation``, ``Estimates on edges:`` and a
table ``si au bp se.si se.au se.bp v c pchi`` with one row a dendrogram edge, numbered.

Truth, written to JSON by the same R process: the result's ``edges`` frame, each cell under
``<edge>/<column>`` (the edge number the table prints as the row key); ``pchi`` (a p-value)
optional; the relative sample sizes of the progress lines (``r``) optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(pvclust); library(jsonlite)})
set.seed(27)
data(lung, package = "pvclust")
res <- pvclust(lung[1:60, 1:6], method.dist = "correlation", method.hclust = "average",
               nboot = 100, parallel = FALSE)
print(res)
writeLines(toJSON(list(edges = res$edges, r = res$r,
                       version = as.character(packageVersion("pvclust"))),
                  digits = NA, dataframe = "columns"), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "pvclust-")
    truth = Truth()
    for r in out["r"]:
        truth.allow(r=r)
    edges = out["edges"]
    for i in range(len(edges["au"])):
        for col in ("si", "au", "bp", "se.si", "se.au", "se.bp", "v", "c"):
            truth.add(**{f"{i + 1}/{col}": edges[col][i]})
        truth.allow(**{f"{i + 1}/pchi": edges["pchi"][i]})
    truth.write(f"pvclust {out['version'][0]}: the result's edges frame and r, written to JSON by "
                "the same R process", rel=5e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"r-pvclust": run}, root=HELDOUT27)
