"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Global optimisation in R with DEoptim (Debian's ``r-cran-deoptim``), differential evolution
with ``trace = TRUE``: the Rosenbrock function in two dimensions and the Rastrigin function in
three, 12 generations of 20 members each, seeded. Each generation prints one line,
``Iteration: 3 bestvalit: 0.169213 bestmemit:    0.786089    0.582799`` (the best value so far
and the best member's coordinates, six decimals), and each run ends with ``summary(fit)``: a
starred box of ``best member   :  1.02799 1.05779``, ``best value    :  0.00089``, ``after :  12
generations``, ``fn evaluated  :  260 times``.

Truth: DEoptim's own object, written to JSON by the same R process: ``member$bestvalit`` as
``bestvalit`` stepped by the printed ``Iteration``, and ``optim$bestval`` as ``best value``
(unstepped). DEoptim stores a generation's best at the start of the next one (the vector's
first entry is the initial population's best, which is not printed), so the line of iteration
``i`` holds entry ``i + 1`` and the last line holds ``optim$bestval``; the generator takes them
so. Optional: ``bestmemit`` (the coordinates, two or three values under one label, taken the
same way from ``member$bestmemit`` and ``optim$bestmem``), ``best member``, ``after`` (the
generation count) and ``fn evaluated`` (``optim$nfeval``). Judgement: the two runs restart
their iterations (two series under one name, stepped); the coordinates of the best member are
the point being searched for, not a score of it, so they are optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

SCRIPT = r"""
suppressMessages(library(DEoptim))
suppressMessages(library(jsonlite))
rosen <- function(x) 100 * (x[2] - x[1]^2)^2 + (1 - x[1])^2
rastrigin <- function(x) 10 * length(x) + sum(x^2 - 10 * cos(2 * pi * x))
runs <- list()
set.seed(11)
f <- DEoptim(rosen, lower = c(-2, -2), upper = c(2, 2),
             control = DEoptim.control(itermax = 12, NP = 20, trace = TRUE))
summary(f)
runs[[1]] <- f
set.seed(12)
f <- DEoptim(rastrigin, lower = rep(-5.12, 3), upper = rep(5.12, 3),
             control = DEoptim.control(itermax = 12, NP = 20, trace = TRUE))
summary(f)
runs[[2]] <- f
out <- list(runs = lapply(runs, function(f) list(
              bestvalit = f$member$bestvalit,
              bestmemit = lapply(seq_len(nrow(f$member$bestmemit)),
                                 function(i) unname(f$member$bestmemit[i, ])),
              bestval = f$optim$bestval, bestmem = unname(f$optim$bestmem),
              nfeval = f$optim$nfeval, iter = f$optim$iter)),
            version = as.character(packageVersion("DEoptim")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("DEOPTIM_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="deoptim-"))
    (work / "deoptim.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "deoptim.R")], check=True,
                   env={**os.environ, "DEOPTIM_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for r in out["runs"]:
        n = r["iter"]
        for i in range(1, n + 1):
            # entry i (0-based) is the best at the start of generation i + 1; the last line
            # prints the final best
            value = r["bestvalit"][i] if i < n else r["bestval"]
            member = r["bestmemit"][i] if i < n else r["bestmem"]
            truth.add(at=i, bestvalit=value)
            for x in member:
                truth.allow(bestmemit=x)
        truth.add(**{"best value": r["bestval"]})
        for x in r["bestmem"]:
            truth.allow(**{"best member": x})
        truth.allow(after=r["iter"], **{"fn evaluated": r["nfeval"]})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"DEoptim {out['version']} under {r_version}: member$bestvalit (shifted by one "
                "generation, the last line optim$bestval) stepped by Iteration, optim$bestval "
                "as best value; coordinates and counts optional; written to JSON by the same "
                "R process", libraries=(), params=None,
                rel=1e-9, abs_tol=5e-6)  # six decimals on the lines, five in the summary


if __name__ == "__main__":
    main(__file__, {"r-deoptim": run}, root=HELDOUT17)
