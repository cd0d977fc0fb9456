"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Multiple imputation in R with mice (Debian's ``r-cran-mice``), seeded: 200 cases of ``age``,
``bmi`` and ``chl`` with 40 ``bmi`` and 30 ``chl`` values removed, imputed five times over five
iterations (``mice(d, m = 5, maxit = 5, seed = 21)``, which prints its progress as a table
``iter imp variable`` with one row per iteration and imputation: ``  1   1  bmi  chl``), a linear
model fitted on each completed data set (``with(imp, lm(chl ~ age + bmi))``) and pooled by
Rubin's rules; ``print(summary(pool(fit), conf.int = TRUE))`` writes a data frame whose rows are
numbered (``1``, ``2``, ``3``) with the term as a column (``term estimate std.error statistic df
p.value``), its last two columns (``2.5 %``, ``97.5 %``) wrapped below at R's 80 columns; then
``print(pool.r.squared(fit))``, a one-row matrix ``est lo 95 hi 95 fmi`` named ``R^2``.

Truth: the objects, written to JSON by the same R process: the pooled summary as
``<term>/<column>`` (the row named by its ``term``; ``df`` and ``p.value`` optional); the pooled
R-squared as ``R^2/<column>``. The iteration table's counters are no results (no truth).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(mice))
suppressMessages(library(jsonlite))
set.seed(21)
n <- 200
age <- rnorm(n, 50, 10)
bmi <- 22 + 0.1 * age + rnorm(n, 0, 3)
chl <- 150 + 0.8 * age + 2 * bmi + rnorm(n, 0, 15)
bmi[sample(n, 40)] <- NA
chl[sample(n, 30)] <- NA
imp <- mice(data.frame(age, bmi, chl), m = 5, maxit = 5, seed = 21)
fit <- with(imp, lm(chl ~ age + bmi))
s <- summary(pool(fit), conf.int = TRUE)
print(s)
r2 <- pool.r.squared(fit)
print(r2)
out <- list(term = as.character(s$term), columns = as.list(as.data.frame(s)[-1]),
            r2 = as.list(as.data.frame(r2)), version = as.character(packageVersion("mice")))
writeLines(toJSON(out, digits = NA, auto_unbox = FALSE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "mice-")
    truth = Truth()
    for column, values in out["columns"].items():
        for term, value in zip(out["term"], values):
            if column in ("df", "p.value"):
                truth.allow(**{f"{term}/{column}": value})
            else:
                truth.add(**{f"{term}/{column}": value})
    for column, values in out["r2"].items():
        truth.add(**{f"R^2/{column}": values[0]})
    truth.write(f"mice {out['version'][0]}: the pooled summary (<term>/<column>) and "
                "pool.r.squared (R^2/<column>), written to JSON by the same R process; df and "
                "p-values optional", params={"m": 5, "maxit": 5, "seed": 21},
                rel=1e-6, abs_tol=5e-7)  # R's seven significant digits


if __name__ == "__main__":
    main(__file__, {"r-mice": run}, root=HELDOUT21)
