"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

MCMC sampling in R with rjags (Debian's ``r-cran-rjags`` over ``jags``, the JAGS sampler in
C++) and coda: a Bayesian linear regression of 30 simulated points (``y ~ dnorm(a + b * x,
tau)``), two chains seeded through JAGS's own ``.RNG.seed``, 500 iterations of burn-in
(``update``), 1000 sampled (``coda.samples``). JAGS prints its ``Compiling model graph`` block
with ``Graph information:`` counts (no progress bar: Rscript is not interactive); then
``summary()`` of the samples (coda's ``Iterations = 501:1500``, ``Thinning interval = 1``,
``Number of chains = 2``, ``Sample size per chain = 1000``, then ``1. Empirical mean and
standard deviation for each variable`` as a ``Mean  SD  Naive SE  Time-series SE`` table and
``2. Quantiles for each variable`` as a ``2.5%  25%  50%  75%  97.5%`` table), ``gelman.diag``
(``Potential scale reduction factors:``, a ``Point est. Upper C.I.`` table, ``Multivariate
psrf`` with its value alone on a later line) and ``dic.samples`` (``Mean deviance:  13.59``,
``penalty 3.358``, ``Penalized deviance: 16.95``).

Truth: the objects coda and rjags return, written to JSON by the same R process:
``summary(samples)$statistics`` and ``$quantiles`` as ``<variable>/<column>``, ``gelman.diag``'s
``psrf`` as ``<variable>/<column>`` and ``mpsrf`` as ``Multivariate psrf``, and the ``dic``
object's deviance and penalty, summed over the nodes as its printer sums them (``Mean deviance``
= sum of ``deviance``, ``penalty`` = sum of ``penalty``, ``Penalized deviance`` their sum).
Params (printed configuration): the thinning interval, the number of chains and the sample size
per chain. Optional: two graph counts, ``Observed stochastic nodes: 30`` (the data's ``N``) and
``Unobserved stochastic nodes: 3`` (``a``, ``b``, ``tau``), from the model as written; ``Total
graph size: 130`` is a count kept by no object rjags returns (printed, no truth). Judgement: the
variables' rows are named by the variable, the quantile columns by their printed label
(``a/2.5%``); ``Iterations = 501:1500`` is a range (prose).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

SCRIPT = r"""
suppressMessages(library(rjags))
suppressMessages(library(jsonlite))
set.seed(5)
x <- seq(0, 1, length.out = 30)
y <- 1 + 2 * x + rnorm(30, 0, 0.3)
model <- "model {
  for (i in 1:N) { y[i] ~ dnorm(a + b * x[i], tau) }
  a ~ dnorm(0, 0.001)
  b ~ dnorm(0, 0.001)
  tau ~ dgamma(0.01, 0.01)
  sigma <- 1 / sqrt(tau)
}"
m <- jags.model(textConnection(model), data = list(x = x, y = y, N = 30), n.chains = 2,
                inits = list(list(.RNG.name = "base::Mersenne-Twister", .RNG.seed = 1),
                             list(.RNG.name = "base::Mersenne-Twister", .RNG.seed = 2)))
update(m, 500)
s <- coda.samples(m, c("a", "b", "sigma"), n.iter = 1000)
ss <- summary(s)
print(ss)
g <- gelman.diag(s)
print(g)
d <- dic.samples(m, 500)
print(d)
table_of <- function(t) lapply(rownames(t), function(r) list(row = r, values = as.list(t[r, ])))
out <- list(statistics = table_of(ss$statistics), quantiles = table_of(ss$quantiles),
            psrf = table_of(g$psrf), mpsrf = g$mpsrf,
            deviance = sum(d$deviance), penalty = sum(d$penalty),
            thin = ss$thin, nchain = ss$nchain, size = ss$end - ss$start + 1,
            version = as.character(packageVersion("rjags")),
            coda = as.character(packageVersion("coda")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("RJAGS_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="rjags-"))
    (work / "rjags.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "rjags.R")], check=True,
                   env={**os.environ, "RJAGS_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for table in ("statistics", "quantiles", "psrf"):
        for row in out[table]:
            truth.add(**{f"{row['row']}/{col}": v for col, v in row["values"].items()})
    truth.add(**{"Multivariate psrf": out["mpsrf"]})
    truth.add(**{"Mean deviance": out["deviance"], "penalty": out["penalty"],
                 "Penalized deviance": out["deviance"] + out["penalty"]})
    truth.allow(**{"Observed stochastic nodes": 30, "Unobserved stochastic nodes": 3})
    params = {"Thinning interval": out["thin"], "Number of chains": out["nchain"],
              "Sample size per chain": out["size"]}
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"rjags {out['version']} and coda {out['coda']} under {r_version}: "
                "summary(samples)$statistics/$quantiles and gelman.diag's psrf as "
                "<variable>/<column>, mpsrf, the dic object's sums as print.dic sums them; "
                "written to JSON by the same R process", libraries=(), params=params,
                rel=5e-3, abs_tol=0.0)  # coda prints four significant digits, gelman three


if __name__ == "__main__":
    main(__file__, {"r-rjags": run}, root=HELDOUT17)
