"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Ecological inference in R with eco (Debian ``r-cran-eco``): the parametric Bayesian model
``eco(Y ~ X, N = N, ...)`` by Gibbs sampling, seeded, on the package's simulated ``reg`` data and on
its ``census`` data (literacy by race in 1910), ``verbose = TRUE`` (``Starting Gibbs
Sampler...``, `` 10 percent done.`` ...), each followed by ``print(summary(fit))``: the ``Call:``,
``Parameter Estimates:`` (``mean std.dev 2.5 % 97.5 %`` by ``mu1``, ``mu2``, ``Sigma11``,
``Sigma12``, ``Sigma22``), ``*** Insample Predictions ***`` with ``Unweighted:`` and ``Weighted:``
tables by ``W1``, ``W2``, and the counts ``Number of Units`` and ``Number of Monte Carlo Draws``.

Truth, written to JSON by the same R process from ``summary(fit)``: ``param.table`` rows as
``<row>/mean`` and ``<row>/std.dev``; ``agg.table`` and ``agg.wtable`` as ``Unweighted/<row>/...``
and ``Weighted/<row>/...``; the interval bounds ``2.5 %`` and ``97.5 %`` optional (both fits
share the names, one value a fit, in print order). The two counts are optional; the percent
progress lines are not metrics. Printed to four significant digits: tolerance 5e-4.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(eco); library(jsonlite)})
data(reg); data(census)
tab <- function(m) list(rows = rownames(m), cols = colnames(m), vals = unname(split(m, row(m))))
out <- list()
set.seed(30)
fit <- eco(Y ~ X, N = N, data = reg, n.draws = 500, burnin = 100, verbose = TRUE)
s <- summary(fit); print(s)
out[[1]] <- list(param = tab(s$param.table), agg = tab(s$agg.table), wagg = tab(s$agg.wtable),
                 n_obs = s$n.obs, n_draws = s$n.draws)
set.seed(31)
fit <- eco(Y ~ X, N = N, data = census, n.draws = 400, burnin = 100, verbose = TRUE)
s <- summary(fit); print(s)
out[[2]] <- list(param = tab(s$param.table), agg = tab(s$agg.table), wagg = tab(s$agg.wtable),
                 n_obs = s$n.obs, n_draws = s$n.draws)
writeLines(toJSON(list(out = out, version = as.character(packageVersion("eco"))),
                  digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    rec = r_record(SCRIPT, "eco-")
    truth = Truth()
    for fit in rec["out"]:
        for key, prefix in (("param", ""), ("agg", "Unweighted/"), ("wagg", "Weighted/")):
            table = fit[key]
            for row, vals in zip(table["rows"], table["vals"]):
                values = dict(zip(table["cols"], vals))
                truth.add(**{f"{prefix}{row}/mean": values["mean"],
                             f"{prefix}{row}/std.dev": values["std.dev"]})
                truth.allow(**{f"{prefix}{row}/2.5 %": values["2.5 %"],
                               f"{prefix}{row}/97.5 %": values["97.5 %"]})
        truth.allow(**{"Number of Units": fit["n_obs"],
                       "Number of Monte Carlo Draws": fit["n_draws"]})
    truth.write(f"eco {rec['version']}: summary(eco(...))'s param.table, agg.table and "
                "agg.wtable, written to JSON by the same R process", rel=5e-4)


if __name__ == "__main__":
    main(__file__, {"r-eco": run}, root=HELDOUT30)
