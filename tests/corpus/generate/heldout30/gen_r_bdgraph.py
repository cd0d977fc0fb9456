"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Bayesian graph structure learning in R with BDgraph (Debian ``r-cran-bdgraph``), seeded: three
simulated Gaussian graphical models (``bdgraph.sim``: a random graph with 10 nodes and 50
observations, a scale-free one with 8 nodes and 40, a cluster graph with 9 nodes and 60), each fitted by ``bdgraph`` with the GGM and
the Gaussian-copula (``gcgm``) methods, ``verbose = TRUE`` (``600 MCMC sampling ... in progress:``
and ``10%->20%->...-> done``), then ``print(compare(list(fit_ggm, fit_gcgm), sim, main =
c("Target", "BDgraph", "GCGM"), vis = FALSE))``: a table with rows ``True Positive``, ``True
Negative``, ``False Positive``, ``False Negative``, ``F1-score``, ``Specificity``,
``Sensitivity``, ``MCC`` and columns ``Target BDgraph GCGM``.

Truth, written to JSON by the same R process from the matrix ``compare`` returns: the rows that
are scores as ``<column>/<row>`` (the columns are the graphs compared, the rows the scores:
``BDgraph/F1-score``), the four counts optional; the three simulations share the names, one value
each, in print order. The ``Target`` column (the true graph against itself) is printed and kept.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(BDgraph); library(jsonlite)})
out <- list()
for (case in list(list(p = 10, n = 50, graph = "random", seed = 30),
                  list(p = 8, n = 40, graph = "scale-free", seed = 31),
                  list(p = 9, n = 60, graph = "cluster", seed = 32))) {
  set.seed(case$seed)
  sim <- bdgraph.sim(p = case$p, n = case$n, graph = case$graph)
  fit1 <- bdgraph(sim, method = "ggm", iter = 600, burnin = 100, save = FALSE, cores = 1)
  cat("\n")
  fit2 <- bdgraph(sim, method = "gcgm", iter = 600, burnin = 100, save = FALSE, cores = 1)
  cat("\n")
  cc <- compare(list(fit1, fit2), sim, main = c("Target", "BDgraph", "GCGM"), vis = FALSE)
  print(cc)
  out[[length(out) + 1]] <- list(rows = rownames(cc), cols = colnames(cc),
                                 vals = unname(split(cc, col(cc))))
}
writeLines(toJSON(list(out = out, version = as.character(packageVersion("BDgraph"))),
                  digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""

COUNTS = {"True Positive", "True Negative", "False Positive", "False Negative"}


def run() -> None:
    rec = r_record(SCRIPT, "bdgraph-")
    truth = Truth()
    for table in rec["out"]:
        for col, vals in zip(table["cols"], table["vals"]):
            for row, value in zip(table["rows"], vals):
                if row in COUNTS:
                    truth.allow(**{f"{col}/{row}": value})
                else:
                    truth.add(**{f"{col}/{row}": value})
    truth.write(f"BDgraph {rec['version']}: the matrix compare() returns, written to JSON by the "
                "same R process", rel=5e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"r-bdgraph": run}, root=HELDOUT30)
