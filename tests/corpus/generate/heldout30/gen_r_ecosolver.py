"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Conic optimisation in R with ECOSolveR (Debian ``r-cran-ecosolver``, the ECOS interior-point
solver): a two-variable LP, a least-deviation fit written as a second-order cone program, and a
six-variable LP with an SOC constraint, each by ``ECOS_csolve(..., control = ecos.control(verbose =
1L))``. ECOS prints its banner, the table ``It pcost dcost gap pres dres k/t mu step sigma IR |
BT`` (``%+.3e`` objectives, one-digit ``%.0e`` residuals), ``OPTIMAL (within feastol=3.1e-09,
reltol=9.0e-09, abstol=3.6e-08).`` and a runtime line.

Truth, written to JSON by the same R process: ECOS keeps no history, so each row ``It k`` (k >= 1)
is the ``summary`` of the same deterministic solve stopped by ``maxit = k`` (checked: the last run
equals the full solve), ``pcost`` and ``dcost`` metrics at step k (the three problems' rows share
the names, the count restarting); ``gap``, ``pres`` and ``dres`` optional at the printed one
significant digit; row 0 (the starting point, which ``maxit = 0`` does not report) has no truth;
the closing ``feastol`` (max of ``pres`` and ``dres``), ``reltol`` (``relgap``) and ``abstol``
(``gap``) of the full solve optional at two digits. ``k/t``, ``mu``, ``step``, ``sigma`` and the
iterative-refinement and backtracking counts are not in ``summary``: printed, no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(ECOSolveR); library(Matrix); library(jsonlite)})
set.seed(30)
probs <- list()
probs[[1]] <- list(c = c(-1, -1), G = Matrix(rbind(c(1,0), c(0,1), c(1,1), c(-1,0), c(0,-1)),
                   sparse = TRUE), h = c(3, 2, 4, 0, 0), dims = list(l = 5L, q = NULL, e = 0L))
# least deviation: min t s.t. ||A x - b|| <= t, x in R^2
A <- matrix(rnorm(8), 4, 2); b <- rnorm(4)
G <- rbind(c(0, 0, -1), cbind(-A, 0)); h <- c(0, -b)
probs[[2]] <- list(c = c(0, 0, 1), G = Matrix(G, sparse = TRUE), h = h,
                   dims = list(l = 0L, q = 5L, e = 0L))
# LP in 6 variables with box constraints and one SOC on the first three
cc <- round(rnorm(6), 2)
Gl <- rbind(diag(6), -diag(6)); hl <- rep(1, 12)
Gq <- rbind(c(0, 0, 0, 0, 0, 0), cbind(-diag(3), matrix(0, 3, 3))); hq <- c(1.5, 0, 0, 0)
probs[[3]] <- list(c = cc, G = Matrix(rbind(Gl, Gq), sparse = TRUE), h = c(hl, hq),
                   dims = list(l = 12L, q = 4L, e = 0L))
solve <- function(p, ctl) ECOS_csolve(c = p$c, G = p$G, h = p$h, dims = p$dims, control = ctl)
out <- lapply(probs, function(p) {
  full <- solve(p, ecos.control(verbose = 1L))
  n <- full$retcodes[["iter"]]
  rows <- lapply(seq_len(n), function(k) as.list(solve(p, ecos.control(maxit = as.integer(k)))$summary))
  list(rows = rows, full = as.list(full$summary))
})
writeLines(toJSON(list(out = out, version = as.character(packageVersion("ECOSolveR"))),
                  digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def signif(x: float, digits: int) -> float:
    return float(f"{x:.{digits - 1}e}")


def run() -> None:
    rec = r_record(SCRIPT, "ecos-")
    truth = Truth()
    for prob in rec["out"]:
        for k, row in enumerate(prob["rows"], start=1):
            truth.add(at=k, pcost=row["pcost"], dcost=row["dcost"])
            truth.allow(gap=signif(row["gap"], 1), pres=signif(row["pres"], 1),
                        dres=signif(row["dres"], 1))
        full = prob["full"]
        if prob["rows"]:
            last = prob["rows"][-1]
            assert abs(last["pcost"] - full["pcost"]) <= 1e-12 * max(1, abs(full["pcost"]))
        truth.allow(feastol=signif(max(full["pres"], full["dres"]), 2),
                    reltol=signif(full["relgap"], 2), abstol=signif(full["gap"], 2))
    truth.write(f"ECOSolveR {rec['version']}: ECOS_csolve()$summary of each solve stopped by "
                "maxit = k, written to JSON by the same R process", rel=5e-4)


if __name__ == "__main__":
    main(__file__, {"r-ecosolver": run}, root=HELDOUT30)
