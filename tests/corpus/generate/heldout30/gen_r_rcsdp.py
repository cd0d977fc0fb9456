"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Semidefinite programming in R with Rcsdp (Debian ``r-cran-rcsdp``, the CSDP solver): the
max-cut relaxation of a weighted five-node cycle with a chord by ``csdp(C, A, b, K, control =
csdp.control(printlevel = 1))`` (the script also defines the package's small example, left
unsolved to keep the tool's share under 10%). CSDP prints ``Iter:  3 Ap: 1.00e+00 Pobj:  1.5056174e+00 Ad:
1.00e+00 Dobj:  8.0480383e+00`` per iteration, then ``Success: SDP solved``, ``Primal objective
value: 2.7500000e+00``, ``Dual objective value: ...``, relative infeasibilities and gaps and the
``DIMACS error measures:`` line.

Truth, written to JSON by the same R process: CSDP keeps no history, so row ``Iter: k`` is the
``pobj`` and ``dobj`` of the same deterministic solve stopped by ``maxiter = k`` (status 4),
under the printed labels ``Pobj`` and ``Dobj`` at step k, up to the first ``k`` whose solve succeeds (status 0: the last row);
``Primal objective value`` and ``Dual objective value`` from the full solve. The step lengths
``Ap``/``Ad``, the relative infeasibilities and gaps and the DIMACS measures are not returned by
``csdp``: printed, no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(Rcsdp); library(jsonlite)})
probs <- list()
probs[[1]] <- list(
  C = list(matrix(c(2,1,1,2), 2, 2, byrow = TRUE), matrix(c(3,0,1,0,2,0,1,0,3), 3, 3, byrow = TRUE),
           c(0, 0)),
  A = list(list(matrix(c(3,1,1,3), 2, 2, byrow = TRUE), matrix(0, 3, 3), c(1, 0)),
           list(matrix(0, 2, 2), matrix(c(3,0,1,0,4,0,1,0,5), 3, 3, byrow = TRUE), c(0, 1))),
  b = c(1, 2), K = list(type = c("s", "s", "l"), size = c(2, 3, 2)))
W <- matrix(0, 5, 5)
edges <- rbind(c(1,2,1), c(2,3,2), c(3,4,1), c(4,5,3), c(5,1,1), c(1,3,2))
for (i in seq_len(nrow(edges))) { W[edges[i,1], edges[i,2]] <- edges[i,3]; W[edges[i,2], edges[i,1]] <- edges[i,3] }
L <- diag(rowSums(W)) - W
probs[[2]] <- list(C = list(L / 4), A = lapply(1:5, function(i) { E <- matrix(0, 5, 5); E[i, i] <- 1; list(E) }),
                   b = rep(1, 5), K = list(type = "s", size = 5))
probs <- probs[2]  # the max-cut relaxation only (the half's 10% share per tool)
out <- lapply(probs, function(p) {
  full <- csdp(p$C, p$A, p$b, p$K, control = csdp.control(printlevel = 1))
  rows <- list(); k <- 0
  repeat {
    r <- csdp(p$C, p$A, p$b, p$K, control = csdp.control(printlevel = 0, maxiter = k))
    rows[[length(rows) + 1]] <- list(k = k, pobj = r$pobj, dobj = r$dobj, status = r$status)
    if (r$status == 0 || k > 60) break
    k <- k + 1
  }
  list(rows = rows, pobj = full$pobj, dobj = full$dobj, status = full$status)
})
writeLines(toJSON(list(out = out, version = as.character(packageVersion("Rcsdp"))),
                  digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    rec = r_record(SCRIPT, "rcsdp-")
    truth = Truth()
    for prob in rec["out"]:
        for row in prob["rows"]:
            truth.add(at=row["k"], Pobj=row["pobj"], Dobj=row["dobj"])
        truth.add(**{"Primal objective value": prob["pobj"], "Dual objective value": prob["dobj"]})
    truth.write(f"Rcsdp {rec['version']}: csdp()'s pobj and dobj of each solve stopped by "
                "maxiter = k and of the full solve, written to JSON by the same R process",
                rel=5e-7, abs_tol=5e-8)


if __name__ == "__main__":
    main(__file__, {"r-rcsdp": run}, root=HELDOUT30)
