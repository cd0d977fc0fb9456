"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Tidy summaries of mixed models in R with broom.mixed (CRAN ``broom.mixed``, from the machine's
R library): lme4's ``lmer(Reaction ~ Days + (Days | Subject), sleepstudy)`` and glmmTMB's
Poisson ``glmmTMB(count ~ mined + (1 | site), Salamanders)``, each summarised with ``tidy()``
and ``glance()`` and printed as tibbles with ``print(x, width = Inf)``. ``tidy`` has the columns
``effect group term estimate std.error statistic`` (and for glmmTMB ``component`` and
``p.value``): fixed effects and the random-effect parameters (``sd__(Intercept)``,
``cor__(Intercept).Days``, ``sd__Observation``), the latter with ``NA`` standard errors. pillar
prints three significant digits, underlines the digits past them on a terminal and colours types,
row numbers and ``NA``s, which a pipe does not (hence the ``-pipe`` twin). The tibble headers,
column types and row numbers are no metrics.

Truth, written to JSON by the same R process from the tibbles: ``tidy`` rows as
``<term>/<column>`` for ``estimate``, ``std.error`` and ``statistic`` where not ``NA``
(``Days/estimate``, ``sd__(Intercept)/estimate``; each term is unique within its table),
``p.value`` optional; ``glance`` columns under their names (``sigma``, ``logLik``, ``AIC``,
``BIC``, ``REMLcrit``, ``deviance`` where it is not ``NA``), ``nobs`` and ``df.residual``
optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(broom.mixed))
suppressMessages(library(lme4))
suppressMessages(library(glmmTMB))
suppressMessages(library(jsonlite))
options(width = 100)
rows <- function(d) lapply(seq_len(nrow(d)), function(i) as.list(d[i, ]))
rec <- function(fit) {
  t <- tidy(fit); g <- glance(fit)
  print(t, width = Inf); print(g, width = Inf)
  list(tidy = rows(as.data.frame(t)), glance = as.list(as.data.frame(g)))
}
out <- list(fits = list(rec(lmer(Reaction ~ Days + (Days | Subject), sleepstudy)),
                        rec(glmmTMB(count ~ mined + (1 | site), family = poisson,
                                    data = Salamanders))),
            version = as.character(packageVersion("broom.mixed")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, na = "null"), Sys.getenv("R_RECORD"))
"""

OPTIONAL = {"p.value", "df.residual", "nobs"}


def run() -> None:
    out = r_record(SCRIPT, "broom-mixed-", TZ="UTC")
    truth = Truth()
    for fit in out["fits"]:
        for row in fit["tidy"]:
            term = row["term"]
            for col in ("estimate", "std.error", "statistic"):
                if row.get(col) is not None:
                    truth.add(**{f"{term}/{col}": row[col]})
            if row.get("p.value") is not None:
                truth.allow(**{f"{term}/p.value": row["p.value"]})
        for col, value in fit["glance"].items():
            if value is None:
                continue
            (truth.allow if col in OPTIONAL else truth.add)(**{col: value})
    truth.write(f"broom.mixed {out['version']}: the tidy() and glance() tibbles of an lmer and "
                "a glmmTMB fit, written to JSON by the same R process",
                rel=5e-3, abs_tol=5e-4)  # pillar: three significant digits


if __name__ == "__main__":
    main(__file__, {"r-broom-mixed": run}, root=HELDOUT24)
