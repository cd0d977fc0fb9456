"""HELD-OUT fixture (twenty-fifth half, see generate/heldout25/README.md): do not read while
tuning the parser.

Mixture proportions by sequential quadratic programming in R with mixsqp (Debian
``r-cran-mixsqp``), seeded: 150 draws from a two-scale normal mixture, a likelihood matrix over
five candidate scales, ``mixsqp(L, control = list(verbose = TRUE))``. It prints its settings
block (``convergence tol. (SQP):     1.0e-08`` ...), then a table ``iter objective max(rdual)
nnz stepsize max.diff nqp nls``: ten EM rows (``-- EM --`` in place of max(rdual), iter 1 to 10)
and then the SQP rows, numbered from 1 again; then ``Optimization took 0.00 seconds.`` and the
convergence line.

Truth, written to JSON by the same R process from the fit's ``progress`` data frame (one row per
printed row, in order): ``objective``, ``max(rdual)`` and ``max.diff`` at the row's ``iter``
(where the table prints a value, not ``--``/``------``); ``stepsize`` optional (a line-search step
size), ``nnz``, ``nqp``, ``nls`` optional (counts). The settings block is configuration (params,
under its printed labels). The timing line is no metric.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT25, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(mixsqp))
suppressMessages(library(jsonlite))
set.seed(25)
x <- c(rnorm(100, 0, 1), rnorm(50, 0, 3))
L <- sapply(c(0.5, 1, 2, 3, 4), function(s) dnorm(x, 0, s))
fit <- mixsqp(L, control = list(verbose = TRUE))
p <- fit$progress
out <- list(progress = lapply(seq_len(nrow(p)), function(i) as.list(p[i, ])),
            version = as.character(packageVersion("mixsqp")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, na = "null"), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "mixsqp-")
    truth = Truth()
    em_rows = 10
    for i, row in enumerate(out["progress"]):
        it = i + 1 if i < em_rows else i + 1 - em_rows
        truth.add(at=it, objective=row["objective"])
        if row["max.rdual"] is not None:
            truth.add(at=it, **{"max(rdual)": row["max.rdual"]})
        if row["max.diff"] is not None:
            truth.add(at=it, **{"max.diff": row["max.diff"]})
        if row["stepsize"] is not None:
            truth.allow(stepsize=row["stepsize"])
        for key in ("nnz", "nqp", "nls"):
            if row[key] is not None:
                truth.allow(**{key: row[key]})
    params = {"convergence tol. (SQP)": 1e-8, "conv. tol. (active-set)": 1e-10,
              "zero threshold (solution)": 1e-8, "zero thresh. (search dir.)": 1e-14,
              "l.s. sufficient decrease": 1e-2, "step size reduction factor": 0.75,
              "minimum step size": 1e-8, "max. iter (SQP)": 1000, "max. iter (active-set)": 6,
              "number of EM iterations": 10}
    truth.write(f"mixsqp {out['version']}: the fit's progress data frame (objective, max.rdual, "
                "max.diff, stepsize, counts), written to JSON by the same R process; the "
                "settings are mixsqp's defaults as printed",
                params=params, rel=5e-3, abs_tol=1e-12)  # max.diff printed to 3 digits


if __name__ == "__main__":
    main(__file__, {"r-mixsqp": run}, root=HELDOUT25)
