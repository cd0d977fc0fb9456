"""HELD-OUT fixture (twenty-fifth half, see generate/heldout25/README.md): do not read while
tuning the parser.

Covariate balance in R with MatchIt (Debian ``r-cran-matchit``): nearest-neighbour propensity
matching on MatchIt's ``lalonde`` data (``treat ~ age + educ + re74``), then
``print(summary(m))``: the call, ``Summary of Balance for All Data:`` and ``Summary of Balance
for Matched Data:`` (rows ``distance age educ re74``; columns ``Means Treated``, ``Means
Control``, ``Std. Mean Diff.``, ``Var. Ratio``, ``eCDF Mean``, ``eCDF Max``, and for the
matched data ``Std. Pair Dist.``; wrapped at R's 80 columns, so the last columns come in a
second block), and ``Sample Sizes:`` (``Control Treated`` by ``All Matched Unmatched
Discarded``).

Truth, written to JSON by the same R process from the summary object's ``sum.all`` and
``sum.matched`` matrices: each cell as ``<row>/<column>`` (``age/Std. Mean Diff.``), the two
tables one after the other (so each name has two values, the all-data one first; ``Std. Pair
Dist.`` one); the group means (``Means Treated``, ``Means Control``) are descriptive statistics
kept as metrics like the rest; the sample-size table (``nn``) optional as ``<row>/<column>``
(counts).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT25, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(MatchIt))
suppressMessages(library(jsonlite))
data("lalonde", package = "MatchIt")
m <- matchit(treat ~ age + educ + re74, data = lalonde, method = "nearest")
s <- summary(m)
print(s)
tab <- function(x) list(rows = rownames(x), cols = colnames(x),
                        cells = lapply(seq_len(nrow(x)), function(i) unname(x[i, ])))
out <- list(all = tab(s$sum.all), matched = tab(s$sum.matched), nn = tab(s$nn),
            version = as.character(packageVersion("MatchIt")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def _cells(table):
    for row, cells in zip(table["rows"], table["cells"]):
        for col, value in zip(table["cols"], cells):
            yield f"{row}/{col}", value


def run() -> None:
    out = r_record(SCRIPT, "matchit-")
    truth = Truth()
    for key in ("all", "matched"):
        for name, value in _cells(out[key]):
            if value not in (None, "NA"):
                truth.add(**{name: value})
    for name, value in _cells(out["nn"]):
        truth.allow(**{name: value})
    truth.write(f"MatchIt {out['version']}: summary.matchit's sum.all, sum.matched and nn "
                "matrices, written to JSON by the same R process",
                rel=5e-4, abs_tol=5e-5)  # four decimals


if __name__ == "__main__":
    main(__file__, {"r-matchit": run}, root=HELDOUT25)
