"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Linear programming in R with linprog (CRAN ``linprog``, from the machine's R library): a
three-product, three-resource production plan (maximise 3 P1 + 2 P2 + 4 P3 under Labour, Wood
and Glue limits), solved by ``solveLP(..., maximum = TRUE)`` and printed twice, as its manual
shows: ``print(summary(lp))`` (``Objective function (Maximum): 160`` and the ``Solution`` column
``opt``) and ``print(lp)``, the full report: the objective again, ``Iterations in phase 1: 0``
and ``phase 2: 2``, the solution, ``Basic Variables``, ``Constraints`` (``actual dir bvec free
dual dual.reg``) and ``All Variables (including slack variables)`` (``opt cvec min.c max.c marg
marg.reg``, slack rows ``S Labour`` ...).

Truth, written to JSON by the same R process from the returned object: ``opt`` as ``Objective
function (Maximum)`` (twice); the solution and the basic variables as ``<row>/opt``
(``P1/opt``, ``S Glue/opt``); the constraints as ``<row>/<column>`` for ``actual``, ``free``,
``dual`` and ``dual.reg``; all variables as ``<row>/<column>`` for ``opt``, ``min.c``,
``max.c``, ``marg`` and ``marg.reg``. Optional: the inputs echoed (``bvec``, ``cvec``), the
iteration counts, and the infinite sensitivity bounds (``-Inf``). ``NA`` cells (printed ``NA``)
have no truth. The ``dir`` column is text.
"""

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(linprog))
suppressMessages(library(jsonlite))
cvec <- c(P1 = 3, P2 = 2, P3 = 4)
bvec <- c(Labour = 100, Wood = 80, Glue = 60)
Amat <- rbind(c(2, 1, 3), c(1, 2, 1), c(1, 1, 2))
lp <- solveLP(cvec, bvec, Amat, maximum = TRUE)
print(summary(lp))
print(lp)
frame <- function(d) lapply(seq_len(nrow(d)), function(i) list(row = rownames(d)[i],
  cols = names(d), v = lapply(d[i, ], function(x) if (is.character(x)) NULL else
    if (is.na(x)) "NA" else if (is.infinite(x)) if (x > 0) "inf" else "-inf" else x)))
out <- list(opt = lp$opt, iter1 = lp$iter1, iter2 = lp$iter2,
            solution = as.list(lp$solution),
            basvar = list(rows = rownames(lp$basvar), v = unname(lp$basvar[, 1])),
            con = frame(lp$con), allvar = frame(lp$allvar),
            version = as.character(packageVersion("linprog")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, null = "null"), Sys.getenv("R_RECORD"))
"""


def _number(value):
    if value in ("inf", "-inf"):
        return float(value)
    return value


def run() -> None:
    out = r_record(SCRIPT, "linprog-", TZ="UTC")
    truth = Truth()
    truth.add(**{"Objective function (Maximum)": out["opt"]})
    for name, value in out["solution"].items():
        truth.add(**{f"{name}/opt": value})
    truth.add(**{"Objective function (Maximum)": out["opt"]})
    truth.allow(**{"Iterations in phase 1": out["iter1"], "Iterations in phase 2": out["iter2"]})
    for name, value in out["solution"].items():
        truth.add(**{f"{name}/opt": value})
    for name, value in zip(out["basvar"]["rows"], out["basvar"]["v"]):
        truth.add(**{f"{name}/opt": value})
    metrics = {"actual", "free", "dual", "dual.reg", "opt", "min.c", "max.c", "marg", "marg.reg"}
    for table in (out["con"], out["allvar"]):
        for row in table:
            for col, value in row["v"].items():
                if value is None or value == "NA" or value == {} or value == []:
                    continue
                value = _number(value)
                name = f"{row['row']}/{col}"
                if col in metrics and not math.isinf(value):
                    truth.add(**{name: value})
                else:
                    truth.allow(**{name: value})
    truth.write(f"linprog {out['version']}: the solveLP object (opt, solution, basvar, con, "
                "allvar, iteration counts), written to JSON by the same R process",
                rel=5e-6, abs_tol=5e-7)  # up to seven significant digits


if __name__ == "__main__":
    main(__file__, {"r-linprog": run}, root=HELDOUT24)
