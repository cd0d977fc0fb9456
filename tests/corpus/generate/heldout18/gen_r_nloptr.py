"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Non-linear optimisation in R with nloptr (Debian's ``r-cran-nloptr``, the R interface to NLopt):
Rosenbrock's function from ``(-1.2, 1)`` by L-BFGS with its gradient (``maxeval = 12``), and a
smooth two-dimensional bowl with a cross term by Nelder-Mead (``maxeval = 15``), both with
``print_level = 1``: per evaluation of the objective ``iteration: 3`` and on the next line a
tab-indented ``f(x) = 2596966389.108923`` (six decimals), then ``print(res)``: the call, the
NLopt version, ``NLopt solver status: 5 ( NLOPT_MAXEVAL_REACHED: ... )``, ``Number of
Iterations....: 14``, the termination conditions, the constraint counts, ``Current value of
objective function:  3.56708296607634`` and ``Current value of controls: -0.8240876
0.6301523``.

Truth: written to JSON by the same R process: every value the objective returned, in call order
(the objective appends its own result to a vector as it returns it: the wrapper prints each
evaluation's value under the count of evaluations so far), less the first two of each run (the
evaluations at ``x0`` that ``nloptr`` and ``is.nloptr`` make to check the function, before the
solver starts, unprinted), as ``f(x)`` stepped by that ``iteration`` count (each run from 1); the result's ``objective`` as ``Current value of
objective function``. Optional: ``Number of Iterations`` (a count), the solver status code and
the result's ``solution`` (``Current value of controls``, two values a run). Judgement: the
termination conditions (``xtol_rel``, ``maxeval``) are params; the printed ``iteration`` is
nloptr's count of evaluations, taken as the step as it is printed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

SCRIPT = r"""
suppressMessages(library(nloptr))
suppressMessages(library(jsonlite))
seen <- c()
rosenbrock <- function(x) {
  v <- 100 * (x[2] - x[1]^2)^2 + (1 - x[1])^2
  seen <<- c(seen, v)
  v
}
rosenbrock_grad <- function(x) c(-400 * x[1] * (x[2] - x[1]^2) - 2 * (1 - x[1]),
                                 200 * (x[2] - x[1]^2))
bowl <- function(x) {
  v <- (x[1] - 1)^2 + 2 * (x[2] + 0.5)^2 + 0.5 * x[1] * x[2] + 3
  seen <<- c(seen, v)
  v
}
runs <- list()
res <- nloptr(x0 = c(-1.2, 1), eval_f = rosenbrock, eval_grad_f = rosenbrock_grad,
              opts = list(algorithm = "NLOPT_LD_LBFGS", xtol_rel = 1e-8, print_level = 1,
                          maxeval = 12))
print(res)
runs[[1]] <- list(values = seen, objective = res$objective, solution = res$solution,
                  iterations = res$iterations, status = res$status)
seen <- c()
res <- nloptr(x0 = c(3, 3), eval_f = bowl,
              opts = list(algorithm = "NLOPT_LN_NELDERMEAD", xtol_rel = 1e-8, print_level = 1,
                          maxeval = 15))
print(res)
runs[[2]] <- list(values = seen, objective = res$objective, solution = res$solution,
                  iterations = res$iterations, status = res$status)
out <- list(runs = runs, version = as.character(packageVersion("nloptr")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("NLOPTR_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="nloptr-"))
    (work / "nloptr.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "nloptr.R")], check=True,
                   env={**os.environ, "NLOPTR_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for run_ in out["runs"]:
        # nloptr evaluates the objective at x0 twice before the solver starts (nloptr() asks
        # whether it returns a list, is.nloptr() checks its value): unprinted, left out
        for count, value in enumerate(run_["values"][2:], start=1):
            truth.add(at=count, **{"f(x)": value})
        truth.add(**{"Current value of objective function": run_["objective"]})
        truth.allow(**{"Number of Iterations": run_["iterations"],
                       "NLopt solver status": run_["status"]})
        for value in run_["solution"]:
            truth.allow(**{"Current value of controls": value})
    truth.write(f"nloptr {out['version']}: the objective's own record of the values it returned "
                "(f(x), stepped by nloptr's printed evaluation count) and the result's objective, "
                "written to JSON by the same R process; iterations, status and solution "
                "optional", libraries=(),
                params={"xtol_rel": 1e-8, "maxeval": "12, 15"},
                rel=1e-6, abs_tol=5e-7)  # six decimals; fifteen digits for the objective


if __name__ == "__main__":
    main(__file__, {"r-nloptr": run}, root=HELDOUT18)
