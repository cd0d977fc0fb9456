"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Data summaries in R with skimr (CRAN ``skimr``, installed from Debian): a seeded table of 60
runs of a hyperparameter sweep (a factor ``optimizer`` with three levels, the numeric
``lr``, ``val_acc`` and ``val_loss``, four ``val_loss`` values missing), printed with
``print(skim(runs))``: a ``Data Summary`` box (``Number of rows 60``, ``Number of columns 4``,
the column type frequencies), then one tibble per variable type: the factor
(``skim_variable n_missing complete_rate ordered n_unique`` and ``top_counts``) and the numeric
variables (``skim_variable n_missing complete_rate mean sd p0 p25 p50 p75 p100 hist``, the last
column a sparkline histogram). Printed through pillar: three significant digits, row numbers
and on a terminal colours and cursor-show escapes (``ESC[?25h``), which a pipe does not get
(hence the ``-pipe`` twin). ``options(width = 100)``.

Truth, written to JSON by the same R process from the skim data frame (``as.data.frame(s)``):
each numeric variable's ``numeric.mean``, ``numeric.sd`` and ``numeric.p0`` .. ``numeric.p100``
as ``<variable>/mean``, ``<variable>/sd``, ``<variable>/p0`` .. ``<variable>/p100``
(``val_acc/p25``), and ``complete_rate`` as ``<variable>/complete_rate``, the factor's too;
``n_missing`` and the factor's ``n_unique`` optional (counts), as are the Data Summary's
``Number of rows``, ``Number of columns`` and the type frequencies (``factor``, ``numeric``).
The ``top_counts`` (``ada: 23, sgd: 20, rms: 17``) are the level counts, optional under the
abbreviated level names they print; the sparklines are no numbers.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(skimr))
suppressMessages(library(jsonlite))
options(width = 100)
set.seed(24)
n <- 60
optimizer <- factor(sample(c("adam", "sgd", "rmsprop"), n, replace = TRUE))
lr <- 10^runif(n, -4, -1)
val_acc <- pmin(0.99, 0.7 + 0.05 * log10(lr) + 0.4 + rnorm(n, sd = 0.04))
val_loss <- -log(val_acc) + rnorm(n, sd = 0.02)
val_loss[c(5, 17, 33, 48)] <- NA
runs <- data.frame(optimizer, lr, val_acc, val_loss)
s <- skim(runs)
print(s)
d <- as.data.frame(s)
num <- d[d$skim_type == "numeric", ]
fac <- d[d$skim_type == "factor", ]
tc <- table(optimizer)
out <- list(rows = nrow(runs), cols = ncol(runs),
            numeric = lapply(seq_len(nrow(num)), function(i) list(
              var = num$skim_variable[i], n_missing = num$n_missing[i],
              complete_rate = num$complete_rate[i],
              stats = unname(unlist(num[i, c("numeric.mean", "numeric.sd", "numeric.p0",
                                             "numeric.p25", "numeric.p50", "numeric.p75",
                                             "numeric.p100")])))),
            factor = list(var = fac$skim_variable[1], n_missing = fac$n_missing[1],
                          complete_rate = fac$complete_rate[1],
                          n_unique = fac$factor.n_unique[1],
                          levels = names(tc), counts = unname(as.integer(tc))),
            version = as.character(packageVersion("skimr")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""

STATS = ("mean", "sd", "p0", "p25", "p50", "p75", "p100")


def run() -> None:
    out = r_record(SCRIPT, "skimr-", TZ="UTC")
    truth = Truth()
    truth.allow(**{"Number of rows": out["rows"], "Number of columns": out["cols"],
                   "factor": 1, "numeric": len(out["numeric"])})
    fac = out["factor"]
    truth.add(**{f"{fac['var']}/complete_rate": fac["complete_rate"]})
    truth.allow(**{f"{fac['var']}/n_missing": fac["n_missing"],
                   f"{fac['var']}/n_unique": fac["n_unique"]})
    for level, count in zip(fac["levels"], fac["counts"]):
        truth.allow(**{level[:3]: count})
    for var in out["numeric"]:
        name = var["var"]
        truth.allow(**{f"{name}/n_missing": var["n_missing"]})
        truth.add(**{f"{name}/complete_rate": var["complete_rate"]})
        truth.add(**{f"{name}/{stat}": value for stat, value in zip(STATS, var["stats"])})
    truth.write(f"skimr {out['version']}: the skim_df (as.data.frame) of the sweep table, "
                "written to JSON by the same R process",
                rel=5e-3, abs_tol=5e-6)  # pillar: three significant digits


if __name__ == "__main__":
    main(__file__, {"r-skimr": run}, root=HELDOUT24)
