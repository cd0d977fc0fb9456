"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

QTL mapping in R with R/qtl (Debian ``r-cran-qtl``) on the backcross ``hyper`` data it ships (250
mice, blood pressure): a Haley-Knott genome scan (``scanone``, genotype probabilities every 2.5
cM), 50 seeded permutations, and then three printed summaries: ``LOD thresholds (50
permutations)`` (rows ``5%``, ``20%``, column ``lod``), the peaks above the 20% threshold with
genome-wide p-values (``chr pos lod pval`` by marker or pseudomarker name), and ``fitqtl`` of a
two-QTL model (chromosomes 1 and 4) with ``get.ests = TRUE``: ``Full model result`` (``df SS MS
LOD %var Pvalue(Chi2) Pvalue(F)`` for ``Model``, ``Error``, ``Total``), ``Drop one QTL at a time
ANOVA table`` (``df Type III SS LOD %var F value Pvalue(Chi2) Pvalue(F)`` by QTL, stars) and
``Estimated effects`` (``est SE t``).

Truth, written to JSON by the same R process from the summary objects: ``<row>/<column>`` for
each table (``5%/lod``; ``D4Mit164/pos``, ``D4Mit164/lod``; ``Model/SS``, ``Model/MS``,
``Model/LOD``, ``Model/%var``, ``Error/SS``, ``Error/MS``, ``Total/SS``; ``4@30.0/Type III SS``,
``4@30.0/LOD``, ``4@30.0/%var``; ``Intercept/est``, ``Intercept/SE``); optional: degrees of
freedom, p-values, ``F value``, ``t``, the number of observations. ``chr`` is a label, not a
number to keep.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(qtl); library(jsonlite)})
data(hyper)
hyper <- calc.genoprob(hyper, step = 2.5)
out <- scanone(hyper, method = "hk")
set.seed(27)
perm <- scanone(hyper, method = "hk", n.perm = 50, verbose = FALSE)
thr <- summary(perm, alpha = c(0.05, 0.2))
print(thr)
peaks <- summary(out, perms = perm, alpha = 0.2, pvalues = TRUE)
print(peaks)
q <- makeqtl(hyper, chr = c(1, 4), pos = c(67.3, 30), what = "prob")
fq <- summary(fitqtl(hyper, qtl = q, method = "hk", get.ests = TRUE))
print(fq)
tab <- function(m) list(rows = rownames(m), cols = colnames(m),
                        values = unname(split(as.matrix(m), row(as.matrix(m)))))
rec <- list(thr = tab(unclass(thr)),
            peaks = list(rows = rownames(peaks), pos = peaks$pos, lod = peaks$lod,
                         pval = peaks$pval),
            full = tab(fq$result.full), drop = tab(fq$result.drop), ests = tab(fq$ests),
            n = nind(hyper), version = as.character(packageVersion("qtl")))
writeLines(toJSON(rec, digits = NA, na = "null"), Sys.getenv("R_RECORD"))
"""

OPTIONAL = {"df", "Pvalue(Chi2)", "Pvalue(F)", "F value", "t"}


def run() -> None:
    out = r_record(SCRIPT, "qtl-")
    truth = Truth()

    def table(t):
        for row, values in zip(t["rows"], t["values"]):
            for col, value in zip(t["cols"], values):
                if value is None:
                    continue
                if col in OPTIONAL:
                    truth.allow(**{f"{row}/{col}": value})
                else:
                    truth.add(**{f"{row}/{col}": value})

    table(out["thr"])
    p = out["peaks"]
    for row, pos, lod, pval in zip(p["rows"], p["pos"], p["lod"], p["pval"]):
        truth.add(**{f"{row}/pos": pos, f"{row}/lod": lod})
        truth.allow(**{f"{row}/pval": pval})
    table(out["full"])
    table(out["drop"])
    table(out["ests"])
    truth.allow(**{"Number of observations": out["n"][0]})
    truth.write(f"qtl {out['version'][0]}: summary() of the permutation scanone, of the scanone "
                "with p-values, and of fitqtl (result.full, result.drop, ests), written to JSON "
                "by the same R process", rel=5e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"r-qtl": run}, root=HELDOUT27)
