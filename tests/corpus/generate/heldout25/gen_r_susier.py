"""HELD-OUT fixture (twenty-fifth half, see generate/heldout25/README.md): do not read while
tuning the parser.

Sparse regression by the sum of single effects in R with susieR (Debian ``r-cran-susier``),
seeded: 200 rows, 50 predictors, two true effects; ``susie(X, y, L = 5, verbose = TRUE)`` prints
the objective (ELBO) as R character vectors, ``[1] "objective:-356.79..."``, after each effects
update and again after each residual-variance update; then ``print(summary(fit))``: ``Variables
in credible sets:`` (``variable variable_prob cs``) and ``Credible sets summary:`` (``cs
cs_log10bf cs_avg_r2 cs_min_r2 variable``).

Truth, written to JSON by the same R process: the objective values as susieR's own
``get_objective`` returns them (the function traced in the namespace to record each returned
value, in order; a value returned again unchanged right after, when the fit
stores its ELBO, is the same state and listed once) under ``objective`` at no step (the
lines state none); the summary's
``vars`` and ``cs`` frames: ``variable_prob`` as ``<variable>/variable_prob`` (rows named by
the variable index), ``cs_log10bf``, ``cs_avg_r2``, ``cs_min_r2`` as ``<cs>/<column>`` (rows
named by the credible set's number). The variable indices and set numbers are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT25, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(susieR))
suppressMessages(library(jsonlite))
objs <- c()
invisible(suppressMessages(trace("get_objective", where = asNamespace("susieR"), print = FALSE,
      exit = quote(objs <<- c(objs, returnValue())))))
set.seed(25)
n <- 200; p <- 50
X <- matrix(rnorm(n * p), n); b <- rep(0, p); b[c(3, 17, 40)] <- c(1.2, -0.9, 0.35)
y <- drop(X %*% b + rnorm(n))
fit <- susie(X, y, L = 5, verbose = TRUE)
s <- summary(fit)
print(s)
out <- list(objs = objs, vars = s$vars[!is.na(s$vars$cs) & s$vars$cs > 0, ], cs = s$cs,
            version = as.character(packageVersion("susieR")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, dataframe = "rows"),
           Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "susier-")
    truth = Truth()
    previous = None
    for value in out["objs"]:  # the ELBO is computed again, unchanged, after each print
        if value != previous:
            truth.add(objective=value)
        previous = value
    for row in out["vars"]:
        truth.add(**{f"{row['variable']}/variable_prob": row["variable_prob"]})
    for row in out["cs"]:
        truth.add(**{f"{row['cs']}/{col}": row[col]
                     for col in ("cs_log10bf", "cs_avg_r2", "cs_min_r2")})
    truth.write(f"susieR {out['version']}: each value get_objective returned (traced in the "
                "same R process) and the summary's vars and cs frames, written to JSON by that "
                "process", rel=1e-5, abs_tol=1e-6)


if __name__ == "__main__":
    main(__file__, {"r-susier": run}, root=HELDOUT25)
