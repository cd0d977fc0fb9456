"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Fitting discrete Markov chains in R with markovchain (Debian ``r-cran-markovchain``), seeded: a
300-step sequence drawn from a three-state chain (``a``, ``b``, ``c``), fitted twice with
``markovchainFit``: by maximum likelihood with 90% confidence intervals (``method = "mle",
confidencelevel = 0.9``) and with Laplace smoothing (``method = "laplace", laplacian = 0.5``).
Each fit is printed as R prints the returned list: ``$estimate`` (``MLE Fit``, a description of
the chain and ``The transition matrix (by rows) is defined as follows:`` with rows and columns
``a b c``), for the ML fit ``$standardError``, ``$confidenceLevel`` (``[1] 0.9``),
``$lowerEndpointMatrix`` and ``$upperEndpointMatrix`` (3 x 3 each), and ``$logLikelihood``
(``[1] -274.3121``).

Truth, written to JSON by the same R process from the returned lists: the estimated transition
probabilities as ``estimate/<from>/<to>`` (the list element heads the matrix; two values each,
one a fit), the standard errors as ``standardError/<from>/<to>``, ``logLikelihood`` one value a
fit; the interval bounds optional (``lowerEndpointMatrix/<from>/<to>``,
``upperEndpointMatrix/...``); ``confidenceLevel`` a param (the level asked for). The chain's
dimension (``A 3 - dimensional``) is no metric.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(markovchain))
suppressMessages(library(jsonlite))
set.seed(26)
states <- c("a", "b", "c")
P <- matrix(c(0.7, 0.2, 0.1, 0.3, 0.5, 0.2, 0.2, 0.3, 0.5), 3, byrow = TRUE,
            dimnames = list(states, states))
chain <- new("markovchain", states = states, transitionMatrix = P, name = "weather")
s <- rmarkovchain(300, chain, t0 = "a")
f1 <- markovchainFit(s, method = "mle", confidencelevel = 0.9); print(f1)
f2 <- markovchainFit(s, method = "laplace", laplacian = 0.5); print(f2)
mat <- function(m) lapply(seq_len(nrow(m)), function(i) unname(m[i, ]))
rec <- list(states = states,
            fits = list(
              list(estimate = mat(f1$estimate@transitionMatrix), se = mat(f1$standardError),
                   lower = mat(f1$lowerEndpointMatrix), upper = mat(f1$upperEndpointMatrix),
                   loglik = f1$logLikelihood),
              list(estimate = mat(f2$estimate@transitionMatrix), loglik = f2$logLikelihood)),
            version = as.character(packageVersion("markovchain")))
writeLines(toJSON(rec, digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "markovchain-")
    states = out["states"]
    truth = Truth()

    def matrix(prefix, rows, optional=False):
        for a, row in zip(states, rows):
            for b, value in zip(states, row):
                (truth.allow if optional else truth.add)(**{f"{prefix}/{a}/{b}": value})

    for fit in out["fits"]:
        matrix("estimate", fit["estimate"])
        if "se" in fit:
            matrix("standardError", fit["se"])
            matrix("lowerEndpointMatrix", fit["lower"], optional=True)
            matrix("upperEndpointMatrix", fit["upper"], optional=True)
        truth.add(logLikelihood=fit["loglik"][0])
    truth.write(f"markovchain {out['version'][0]}: markovchainFit's estimate, standardError, "
                "endpoint matrices and logLikelihood, written to JSON by the same R process",
                params={"confidenceLevel": 0.9}, rel=5e-7, abs_tol=5e-9)


if __name__ == "__main__":
    main(__file__, {"r-markovchain": run}, root=HELDOUT26)
