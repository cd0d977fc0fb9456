"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Tidy model summaries in R with broom (CRAN ``broom``, from the machine's R library): a linear
model of ``mtcars`` (``lm(mpg ~ wt + hp)``) and a logistic model (``glm(am ~ wt, binomial)``),
each summarised with ``tidy()`` and ``glance()`` and printed as tibbles with ``print(x, width =
Inf)`` (every column shown). pillar prints three significant digits, underlines the digits past
them on a terminal and colours the column types, the row numbers and ``NA``s: on a pipe it
prints the same text without the escapes (hence the ``-pipe`` twin). The tibbles' headers (``# A
tibble: 3 × 5``), column types (``<chr>``, ``<dbl>``) and row numbers are no metrics.

Truth, written to JSON by the same R process from the tibbles: ``tidy`` rows as
``<term>/<column>`` for ``estimate``, ``std.error`` and ``statistic`` (``wt/estimate``,
``(Intercept)/statistic``), ``p.value`` optional; ``glance`` columns under their names for the
fit statistics (``r.squared``, ``adj.r.squared``, ``sigma``, ``statistic``, ``logLik``,
``AIC``, ``BIC``, ``deviance``, ``null.deviance``), the p-value, the degrees of freedom
(``df``, ``df.residual``, ``df.null``) and ``nobs`` optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(broom))
suppressMessages(library(jsonlite))
options(width = 100)
rows <- function(d) lapply(seq_len(nrow(d)), function(i) as.list(d[i, ]))
rec <- function(fit) {
  t <- tidy(fit); g <- glance(fit)
  print(t, width = Inf); print(g, width = Inf)
  list(tidy = rows(as.data.frame(t)), glance = as.list(as.data.frame(g)))
}
out <- list(fits = list(rec(lm(mpg ~ wt + hp, data = mtcars)),
                        rec(glm(am ~ wt, family = binomial, data = mtcars))),
            version = as.character(packageVersion("broom")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""

OPTIONAL = {"p.value", "df", "df.residual", "df.null", "nobs"}


def run() -> None:
    out = r_record(SCRIPT, "broom-", TZ="UTC")
    truth = Truth()
    for fit in out["fits"]:
        for row in fit["tidy"]:
            term = row["term"]
            truth.add(**{f"{term}/{col}": row[col]
                         for col in ("estimate", "std.error", "statistic")})
            truth.allow(**{f"{term}/p.value": row["p.value"]})
        for col, value in fit["glance"].items():
            (truth.allow if col in OPTIONAL else truth.add)(**{col: value})
    truth.write(f"broom {out['version']}: the tidy() and glance() tibbles of the two fits, "
                "written to JSON by the same R process",
                rel=5e-3, abs_tol=5e-4)  # pillar: three significant digits


if __name__ == "__main__":
    main(__file__, {"r-broom": run}, root=HELDOUT24)
