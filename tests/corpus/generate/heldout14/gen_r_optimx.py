"""HELD-OUT fixture (fourteenth half, see generate/heldout14/README.md): do not read while tuning
the parser.

Comparing optimisers in R with optimx, as its documentation does: ``optimx()`` of the
Rosenbrock function (with its gradient) from ``(-1.2, 1)`` by Nelder-Mead, BFGS, L-BFGS-B,
nlminb and CG, then of a gamma distribution's negative log-likelihood on 500 seeded draws
(shape and rate, bounded below, no gradient) by L-BFGS-B, nlminb and bobyqa
(the last from ``minqa``). Each result (an ``optimx`` data frame, one row per method) is
printed as R prints it at its default width: the columns ``p1 p2 value fevals gevals niter
convcode``, then, wrapped, ``kkt1 kkt2 xtime``; ``NA`` where a method reports nothing.

Truth: the ``optimx`` objects themselves (the data frames printed), written to JSON by the same
R process: per method row ``<method>/value``, ``<method>/p1``, ``<method>/p2`` (the solution,
as estimates); optional ``<method>/xtime`` (its timing, seconds: a table's unitless time
column, which the corpus leaves to the reader, as lazypredict's ``Time Taken``, pandas-eda's
``fit_time`` and mljar's ``train_time`` are no truth), ``fevals``, ``gevals``, ``niter``
(counts) and ``convcode`` (a code). ``NA`` cells and the logical ``kkt1``/``kkt2``
state no number. Judgement: rows are candidates, not a series: unstepped; the two problems
share the row names of the methods they both ran, in print order. ``xtime`` is printed with
three decimals, whence the absolute tolerance.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT14, Truth, main

SETTINGS = {"seed": 14, "draws": 500, "shape": 2.5, "rate": 1.5, "maxit": 2000}

SCRIPT = r"""
suppressMessages(library(optimx))
suppressMessages(library(jsonlite))
s <- fromJSON(Sys.getenv("SETTINGS"))
set.seed(s$seed)
fr <- function(x) 100 * (x[2] - x[1]^2)^2 + (1 - x[1])^2
grr <- function(x) c(-400 * x[1] * (x[2] - x[1]^2) - 2 * (1 - x[1]), 200 * (x[2] - x[1]^2))
draws <- rgamma(s$draws, shape = s$shape, rate = s$rate)
nll <- function(p) -sum(dgamma(draws, shape = p[1], rate = p[2], log = TRUE))
results <- list(
  optimx(c(-1.2, 1), fr, grr, method = c("Nelder-Mead", "BFGS", "L-BFGS-B", "nlminb", "CG"),
         control = list(maxit = s$maxit)),
  optimx(c(1, 1), nll, lower = c(1e-3, 1e-3), upper = c(Inf, Inf),
         method = c("L-BFGS-B", "nlminb", "bobyqa")))
out <- lapply(results, function(r) {
  print(r)
  cat("\n")
  lapply(seq_len(nrow(r)), function(i) {
    row <- as.list(r[i, c("p1", "p2", "value", "fevals", "gevals", "niter", "convcode", "xtime")])
    row$method <- rownames(r)[i]
    row
  })
})
writeLines(toJSON(list(problems = out, version = as.character(packageVersion("optimx"))),
                  auto_unbox = TRUE, digits = NA, na = "null"), Sys.getenv("OPTIMX_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="optimx-"))
    (work / "compare.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "compare.R")], check=True,
                   env={**os.environ, "OPTIMX_RECORD": str(record),
                        "SETTINGS": json.dumps(SETTINGS)})
    out = json.loads(record.read_text())
    truth = Truth()
    for problem in out["problems"]:
        for row in problem:
            m = row["method"]
            truth.add(**{f"{m}/{col}": row[col] for col in ("p1", "p2", "value")
                         if row[col] is not None})
            truth.allow(**{f"{m}/{col}": row[col] for col in ("xtime", "fevals", "gevals",
                                                              "niter", "convcode")
                           if row[col] is not None})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"optimx {out['version']} under {r_version}: the optimx result data frames "
                "(p1, p2, value per method row as <method>/<column>; xtime, fevals, gevals, "
                "niter, convcode optional; NA cells left out), written to JSON by the same R "
                "process; unstepped",
                libraries=(), params=SETTINGS, rel=1e-6, abs_tol=5e-4)  # xtime: 3 decimals


if __name__ == "__main__":
    main(__file__, {"r-optimx": run}, root=HELDOUT14)
