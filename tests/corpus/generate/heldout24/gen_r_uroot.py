"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Seasonal unit-root and stability tests in R with uroot (CRAN ``uroot``, from the machine's R
library) on R's own monthly series: the HEGY test of ``AirPassengers`` and of ``log(co2)``
(``hegy.test``, constant and seasonal dummies) and the Canova-Hansen test of
``log(AirPassengers)`` (``ch.test``), each printed: an ``htest``-like block with a table
``statistic p-value`` (rows ``t_1``, ``t_2``, ``F_3:4`` .. ``F_1:12``; for CH the months and
``joint``), significance stars, and settings lines (``Deterministic terms: constant``, ``NW
covariance matrix lag order: 13``).

Truth, written to JSON by the same R process from the returned objects: each row's statistic as
``<row>/statistic`` (``t_1/statistic``, ``Jan/statistic``, ``joint/statistic``), its p-value
optional (``<row>/p-value``, ``<row>/pvalue`` as the two tables head them). CH's lag order is a
setting (param ``NW covariance matrix lag order``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(uroot))
suppressMessages(library(jsonlite))
rows <- function(stat, p) list(names = names(stat), stat = unname(stat), p = unname(p))
h1 <- hegy.test(AirPassengers); print(h1)
h2 <- hegy.test(log(co2), deterministic = c(1, 0, 1)); print(h2)
ch <- ch.test(log(AirPassengers)); print(ch)
out <- list(hegy = list(rows(h1$statistics, h1$pvalues), rows(h2$statistics, h2$pvalues)),
            ch = list(names = names(ch$statistics), stat = unname(ch$statistics),
                      p = unname(ch$pvalues), lag = ch$NW.order),
            version = as.character(packageVersion("uroot")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "uroot-", TZ="UTC")
    truth = Truth()
    for test in out["hegy"]:
        for name, stat, p in zip(test["names"], test["stat"], test["p"]):
            truth.add(**{f"{name}/statistic": stat})
            truth.allow(**{f"{name}/p-value": p})
    ch = out["ch"]
    for name, stat, p in zip(ch["names"], ch["stat"], ch["p"]):
        truth.add(**{f"{name}/statistic": stat})
        truth.allow(**{f"{name}/pvalue": p})
    truth.write(f"uroot {out['version']}: the hegy.test and ch.test objects' statistics and "
                "p-values, written to JSON by the same R process",
                params={"NW covariance matrix lag order": ch["lag"]},
                rel=5e-4, abs_tol=5e-5)  # four decimals


if __name__ == "__main__":
    main(__file__, {"r-uroot": run}, root=HELDOUT24)
