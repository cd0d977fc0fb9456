"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Approximate leave-one-out cross-validation in R with loo (Debian's ``r-cran-loo``): two models of
a seeded sample of 80 values with two outliers, a normal model with unknown mean and variance
and one whose mean is fixed at 0, with 2000 exact posterior draws each (no sampler: the
conjugate posterior is drawn directly); their pointwise log-likelihood matrices go to
``loo()`` and the first also to ``waic()``. Printed: ``print()`` of the two ``loo`` objects
(``Computed from 2000 by 80 log-likelihood matrix``, an ``Estimate SE`` table with rows
``elpd_loo``, ``p_loo``, ``looic``, ``Monte Carlo SE of elpd_loo is 0.1.``, and for the first a
Pareto k diagnostic table of counts, percentages and minimum effective sample sizes), of the
``waic`` object, and of ``loo_compare()`` (``elpd_diff se_diff`` by model). Warnings go to
stderr.

Truth: the objects, written to JSON by the same R process: each ``estimates`` matrix, named
``<row>/<column>`` (``elpd_loo/Estimate``, ``looic/SE``); ``mcse_loo()`` as ``Monte Carlo SE of
elpd_loo``; the comparison matrix's two printed columns as ``<model>/elpd_diff`` and
``<model>/se_diff``. Optional: the matrix dimensions (2000, 80), and the Pareto k table
(``pareto_k_table()``: counts, percentages and the ``Min. n_eff`` column), diagnostics of the
approximation that the printer computes from the object.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(loo))
suppressMessages(library(jsonlite))
set.seed(3)
n <- 80
y <- c(rnorm(n - 2, 1.5, 1), 6.5, -3.8)
S <- 2000
sigma2 <- (n - 1) * var(y) / rchisq(S, n - 1)
mu <- rnorm(S, mean(y), sqrt(sigma2 / n))
ll1 <- sapply(y, function(yi) dnorm(yi, mu, sqrt(sigma2), log = TRUE))
sigma2b <- sum(y^2) / rchisq(S, n)
ll2 <- sapply(y, function(yi) dnorm(yi, 0, sqrt(sigma2b), log = TRUE))
l1 <- loo(ll1, r_eff = rep(1, n))
l2 <- loo(ll2, r_eff = rep(1, n))
print(l1)
print(l2)
w <- waic(ll1)
print(w)
cmp <- loo_compare(list(normal = l1, zero_mean = l2))
print(cmp)
est <- function(m) lapply(split(m, row(m)), identity)
mat <- function(m) setNames(lapply(seq_len(nrow(m)), function(i) as.list(m[i, ])), rownames(m))
out <- list(loo = list(mat(l1$estimates), mat(l2$estimates)),
            mcse = c(mcse_loo(l1), mcse_loo(l2)),
            waic = mat(w$estimates),
            compare = mat(unclass(cmp)[, c("elpd_diff", "se_diff"), drop = FALSE]),
            pareto = mat(unclass(pareto_k_table(l1))),
            dims = dim(ll1),
            version = as.character(packageVersion("loo")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "loo-")
    truth = Truth()
    labels = ["(-Inf, 0.5] (good)", "(0.5, 0.7] (ok)", "(0.7, 1] (bad)", "(1, Inf) (very bad)"]
    for k, (table, mcse) in enumerate(zip(out["loo"], out["mcse"])):
        truth.allow(**{"Computed from": out["dims"][0], "by": out["dims"][1]})
        for row, cols in table.items():
            truth.add(**{f"{row}/{col}": value for col, value in cols.items()})
        truth.add(**{"Monte Carlo SE of elpd_loo": mcse})
        if k == 0:
            for label, cols in zip(labels, out["pareto"].values()):
                truth.allow(**{f"{label}/Count": cols["Count"],
                               f"{label}/Pct.": 100 * cols["Proportion"]})
                if cols["Min. n_eff"] is not None and cols["Min. n_eff"] != "NA":
                    truth.allow(**{f"{label}/Min. n_eff": cols["Min. n_eff"]})
    truth.allow(**{"Computed from": out["dims"][0], "by": out["dims"][1]})
    for row, cols in out["waic"].items():
        truth.add(**{f"{row}/{col}": value for col, value in cols.items()})
    for model, cols in out["compare"].items():
        truth.add(**{f"{model}/{col}": value for col, value in cols.items()})
    truth.write(f"loo {out['version']}: the loo and waic objects' estimates matrices "
                "(<row>/<column>), mcse_loo() and loo_compare()'s elpd_diff and se_diff by "
                "model, written to JSON by the same R process; dimensions and the Pareto k "
                "table optional", libraries=(),
                rel=1e-3, abs_tol=0.05)  # one decimal


if __name__ == "__main__":
    main(__file__, {"r-loo": run}, root=HELDOUT20)
