"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Bayesian logistic regression in R with rstanarm (Debian's ``r-cran-rstanarm``, Stan's sampler,
models precompiled): 120 seeded rows, ``stan_glm(y ~ x, family = binomial(), chains = 2, iter =
1000, seed = 22, refresh = 250)``. Stan's sampling log goes to stdout as it runs (``SAMPLING FOR
MODEL 'bernoulli' NOW (CHAIN 1).``, ``Chain 1: Gradient evaluation took 1.7e-05 seconds``, ``Chain
1: Iteration: 250 / 1000 [ 25%] (Warmup)``, ``Chain 1: Elapsed Time: 0.011124 seconds (Warm-up)``
and two more lines, ``(Sampling)`` and ``(Total)``); then ``print(fit, digits = 3)`` (``Median
MAD_SD`` per coefficient) and ``summary(fit, digits = 3)`` (``Model Info:``, ``Estimates:`` with
``mean sd 10% 50% 90%``, ``Fit Diagnostics:`` for ``mean_PPD``, ``MCMC diagnostics`` with ``mcse
Rhat n_eff``, and rstanarm's explanatory sentences).

Truth, written to JSON by the same R process from the fitted object: the medians and MAD SDs
(``coef(fit)``, ``se(fit)``) as ``<term>/Median`` and ``<term>/MAD_SD``; ``summary(fit)``'s matrix
as ``<row>/<column>`` for ``mean``, ``sd``, ``10%``, ``50%``, ``90%`` (rows ``(Intercept)``, ``x``,
``mean_PPD``) and ``mcse``, ``Rhat``, ``n_eff`` (those rows and ``log-posterior``, whose mean and
quantiles the matrix holds but the summary does not print: in no truth); the chains' elapsed times
(``rstan::get_elapsed_time``: warm-up and sampling per chain, and their sum, the ``Total`` Stan
prints) as ``Elapsed Time``, in printed order (chain 1's three, then chain 2's), optional: the
sampler's run time printed among its other output is bookkeeping, as the corpus takes a fit's
time elsewhere (``train_runtime``, ceres's ``total_time``, optimx's ``xtime``). The sampler's
progress lines (iteration counts and percentages), the gradient-evaluation time and the "would
take" estimate (Stan prints them, the fit keeps neither), the model info (observations, predictors,
sample size) and the ``refresh``/``iter`` settings are in no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(rstanarm))
suppressMessages(library(jsonlite))
set.seed(22)
n <- 120
d <- data.frame(x = rnorm(n))
d$y <- rbinom(n, 1, plogis(-0.3 + 0.9 * d$x))
fit <- stan_glm(y ~ x, family = binomial(), data = d, chains = 2, iter = 1000, seed = 22,
                refresh = 250)
print(fit, digits = 3)
s <- summary(fit, digits = 3)
print(s)
m <- as.data.frame(unclass(s))
el <- rstan::get_elapsed_time(fit$stanfit)
out <- list(median = as.list(coef(fit)), mad = as.list(se(fit)), rows = rownames(m),
            cols = colnames(m), tab = unname(as.list(m)),
            warmup = unname(el[, "warmup"]), sample = unname(el[, "sample"]),
            version = as.character(packageVersion("rstanarm")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""

ESTIMATES = ("mean", "sd", "10%", "50%", "90%")
DIAGNOSTICS = ("mcse", "Rhat", "n_eff")


def run() -> None:
    import math

    out = r_record(SCRIPT, "rstanarm-", TZ="UTC")
    truth = Truth()
    for warm, samp in zip(out["warmup"], out["sample"]):
        truth.allow(**{"Elapsed Time": warm})  # the sampler's bookkeeping: optional
        truth.allow(**{"Elapsed Time": samp})
        truth.allow(**{"Elapsed Time": warm + samp})
    for term, value in out["median"].items():
        truth.add(**{f"{term}/Median": value, f"{term}/MAD_SD": out["mad"][term]})
    table = dict(zip(out["cols"], out["tab"]))
    for col_group in (ESTIMATES, DIAGNOSTICS):  # printed as two tables, estimates first
        for i, row in enumerate(out["rows"]):
            for col in col_group:
                value = table[col][i]
                if col_group is ESTIMATES and row == "log-posterior":
                    continue  # in the matrix, printed only among the MCMC diagnostics
                if value is None or (isinstance(value, float) and math.isnan(value)):
                    continue
                truth.add(**{f"{row}/{col}": value})
    truth.write(f"rstanarm {out['version']}: coef/se of the fit, summary(fit)'s matrix as "
                "<row>/<column>, get_elapsed_time (and its sums) optional, written to JSON by "
                "the same R process", rel=1e-3, abs_tol=5e-4)  # digits = 3; Stan's times: 6 decimals


if __name__ == "__main__":
    main(__file__, {"r-rstanarm": run}, root=HELDOUT22)
