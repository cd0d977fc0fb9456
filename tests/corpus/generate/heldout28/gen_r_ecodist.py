"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Distance-matrix statistics in R with ecodist (Debian ``r-cran-ecodist``), seeded, on distances
between the ``USArrests`` states (``d1`` from Murder and Assault, ``d2`` from UrbanPop and Rape,
``d3`` from Murder and Rape): a Mantel test ``mantel(d1 ~ d2)`` (a named vector ``mantelr pval1
pval2 pval3 llim.2.5% ulim.97.5%``), a multiple regression on distance matrices ``MRM(d1 ~ d2 +
d3)`` (a list: ``$coef`` table ``d1 pval`` by term ``Int d2 d3``, ``$r.squared`` ``R2 pval``,
``$F.test`` ``F F.pval``), and a Mantel correlogram ``mgram(d1, d2, nclass = 8)`` (``$mgram``,
a matrix with rows ``[1,]`` ... and columns ``lag ngroup mantelr pval llim ulim``, then
``$resids``, ``attr(,"class")``).

Truth, written to JSON by the same R process from the returned objects: ``mantelr`` a metric, the
p-values and bootstrap limits optional; ``coef/<term>/d1`` (the column is named by the response)
metrics, ``coef/<term>/pval`` optional; ``r.squared/R2`` a metric, ``r.squared/pval``,
``F.test/F`` and ``F.test/F.pval`` optional; ``mgram/<row>/mantelr`` metrics (the row number R
prints), ``lag`` (a distance class centre, a setting of the binning) and ``ngroup`` (a count),
``pval``, ``llim`` and ``ulim`` optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(ecodist))
suppressMessages(library(jsonlite))
set.seed(28)
d1 <- dist(USArrests[, 1:2]); d2 <- dist(USArrests[, 3:4]); d3 <- dist(USArrests[, c(1, 4)])
mt <- mantel(d1 ~ d2, nperm = 200)
print(mt)
mr <- MRM(d1 ~ d2 + d3, nperm = 100)
print(mr)
mg <- mgram(d1, d2, nperm = 50, nclass = 8)
print(mg)
rec <- list(mantel = as.list(mt),
            coef = list(rows = rownames(mr$coef), d1 = unname(mr$coef[, 1]),
                        pval = unname(mr$coef[, 2])),
            r2 = as.list(mr$r.squared), f = as.list(mr$F.test),
            mgram = lapply(as.data.frame(mg$mgram), as.numeric),
            version = as.character(packageVersion("ecodist")))
writeLines(toJSON(rec, digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "ecodist-")
    truth = Truth()
    mantel = {k: v[0] for k, v in out["mantel"].items()}
    truth.add(mantelr=mantel.pop("mantelr"))
    truth.allow(**mantel)
    coef = out["coef"]
    for row, value, pval in zip(coef["rows"], coef["d1"], coef["pval"]):
        truth.add(**{f"coef/{row}/d1": value})
        truth.allow(**{f"coef/{row}/pval": pval})
    truth.add(**{"r.squared/R2": out["r2"]["R2"][0]})
    truth.allow(**{"r.squared/pval": out["r2"]["pval"][0], "F.test/F": out["f"]["F"][0],
                   "F.test/F.pval": out["f"]["F.pval"][0]})
    mg = out["mgram"]
    for i, value in enumerate(mg["mantelr"]):
        truth.add(**{f"mgram/{i + 1}/mantelr": value})
        truth.allow(**{f"mgram/{i + 1}/{col}": mg[col][i]
                       for col in ("lag", "ngroup", "pval", "llim", "ulim")})
    truth.write(f"ecodist {out['version'][0]}: the mantel vector, the MRM list and the mgram "
                "matrix, written to JSON by the same R process",
                rel=1e-6, abs_tol=5e-8)


if __name__ == "__main__":
    main(__file__, {"r-ecodist": run}, root=HELDOUT28)
