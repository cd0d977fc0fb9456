"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Non-linear constrained optimisation in R with Rsolnp (Debian's ``r-cran-rsolnp``), Ye's SQP
method ``solnp`` with its default trace: the Rosenbrock function inside a disc
(``x1^2 + x2^2 <= 1.5``) from ``(-1.2, 1)``, then Powell's exponential problem of the package's
own examples (``exp(x1 x2 x3 x4 x5)`` under three equality constraints). Each major iteration
prints ``Iter: 3 fn: 1.4387	 Pars:  -0.19892  0.04320`` (the objective to about five
significant digits, then the parameters), and each run ends ``solnp--> Completed in 14
iterations``.

Truth: the list ``solnp`` returns, written to JSON by the same R process: its ``values`` (the
objective at the start and after each major iteration) as ``fn``, stepped by the printed
``Iter`` (iteration ``i`` is ``values[i + 1]``; the starting value is not printed). Optional:
``Pars`` on the last line of a run, taken from ``pars`` (the earlier lines' parameters are kept
by no returned object: printed, no truth), and ``Completed in`` (``outer.iter``). Judgement: the
two runs restart their iterations (two series under one name, stepped); the parameters are the
point searched for, not a score of it (optional where known).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

SCRIPT = r"""
suppressMessages(library(Rsolnp))
suppressMessages(library(jsonlite))
rosen <- function(x) 100 * (x[2] - x[1]^2)^2 + (1 - x[1])^2
disc <- function(x) x[1]^2 + x[2]^2
a <- solnp(c(-1.2, 1), rosen, ineqfun = disc, ineqLB = 0, ineqUB = 1.5)
powell <- function(x) exp(x[1] * x[2] * x[3] * x[4] * x[5])
powell_eq <- function(x) c(sum(x^2), x[2] * x[3] - 5 * x[4] * x[5], x[1]^3 + x[2]^3)
b <- solnp(c(-2, 2, 2, -1, -1), powell, eqfun = powell_eq, eqB = c(10, 0, -1))
keep <- function(s) list(values = s$values, pars = s$pars, outer = s$outer.iter)
out <- list(runs = list(keep(a), keep(b)), version = as.character(packageVersion("Rsolnp")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("SOLNP_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="solnp-"))
    (work / "solnp.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "solnp.R")], check=True,
                   env={**os.environ, "SOLNP_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for r in out["runs"]:
        for i, value in enumerate(r["values"][1:], start=1):
            truth.add(at=i, fn=value)
        for x in r["pars"]:
            truth.allow(Pars=x)
        truth.allow(**{"Completed in": r["outer"]})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"Rsolnp {out['version']} under {r_version}: solnp's values after each major "
                "iteration as fn, stepped by Iter; the last parameters and the iteration count "
                "optional; written to JSON by the same R process", libraries=(), params=None,
                rel=5e-4, abs_tol=0.0)  # four to five significant digits


if __name__ == "__main__":
    main(__file__, {"r-rsolnp": run}, root=HELDOUT17)
