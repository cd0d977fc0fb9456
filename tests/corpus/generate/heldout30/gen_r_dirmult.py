"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Dirichlet-multinomial fits in R with dirmult (Debian ``r-cran-dirmult``) on the package's ``us``
allele counts: two loci (``D3S1358``, ``vWA``), each ``dirmult(..., trace =
TRUE)``, which writes ``Iteration 1: Log-likelihood value: -3276.64556846196`` per Newton step on
stderr (through ``message``); after each fit ``cat`` prints ``theta = 0.00565...`` (the fit's
overdispersion); then the first locus' ``dirmult.summary`` frame is printed (``Variable MLE
se.MLE MoM se.MOM`` by ``pi:<allele>`` and ``theta`` rows).

Truth, written to JSON by the same R process: dirmult returns only the final log-likelihood, so
the per-iteration values are the package's own ``loglik`` (``dirmult:::loglik``) at each Newton
iterate, the iterates computed with the package's own ``obsfim`` and ``u`` exactly as
``dirmult`` steps (checked: the last value equals the returned ``loglik`` and the count its
``ite``), under ``Log-likelihood value`` at the iteration the line states (the two fits share
the name, the count restarting); ``theta`` from each fit; the summary frame's ``<Variable>/MLE``
and ``<Variable>/MoM`` metrics, the standard errors ``se.MLE`` and ``se.MOM`` optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(dirmult); library(jsonlite)})
data(us)
trace_of <- function(data, epsilon = 10^(-4)) {
  # the iterates of dirmult(data) with its defaults, by the package's own functions
  data <- data[rowSums(data) != 0, colSums(data) != 0]
  mom <- weirMoM(data); if (mom <= 0) mom <- 0.005
  gamma <- colSums(data) / sum(data) * (1 - mom) / mom
  lik1 <- 0; lik2 <- epsilon * 10; liks <- c()
  repeat {
    stop_now <- abs(lik2 - lik1) < epsilon
    fim <- -1 * dirmult:::obsfim(data, gamma)
    lik1 <- dirmult:::loglik(data, gamma); liks <- c(liks, lik1)
    gamma <- gamma + solve(fim) %*% dirmult:::u(data, gamma)
    gamma[gamma < 0] <- 0.01
    lik2 <- dirmult:::loglik(data, gamma)
    if (stop_now) break
  }
  liks
}
fits <- list()
for (locus in c("D3S1358", "vWA")) {
  fit <- dirmult(us[[locus]], trace = TRUE)
  cat("theta =", fit$theta, "\n")
  liks <- trace_of(us[[locus]])
  stopifnot(length(liks) == fit$ite, isTRUE(all.equal(liks[length(liks)], fit$loglik)))
  fits[[locus]] <- list(liks = liks, theta = fit$theta)
  if (locus == "D3S1358") first <- fit
}
s <- dirmult.summary(us[["D3S1358"]], first)
print(s)
writeLines(toJSON(list(fits = unname(fits), summary = s,
                       version = as.character(packageVersion("dirmult"))),
                  digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    rec = r_record(SCRIPT, "dirmult-")
    truth = Truth()
    for fit in rec["fits"]:
        for k, value in enumerate(fit["liks"], start=1):
            truth.add(at=k, **{"Log-likelihood value": value})
        truth.add(theta=fit["theta"])
    for row in rec["summary"]:
        var = row["Variable"]
        truth.add(**{f"{var}/MLE": row["MLE"], f"{var}/MoM": row["MoM"]})
        truth.allow(**{f"{var}/se.MLE": row["se.MLE"], f"{var}/se.MOM": row["se.MOM"]})
    truth.write(f"dirmult {rec['version']}: the package's loglik at each Newton iterate (its own "
                "obsfim and u), each fit's theta and dirmult.summary(), written to JSON by the "
                "same R process", rel=5e-6, abs_tol=5e-8)


if __name__ == "__main__":
    main(__file__, {"r-dirmult": run}, root=HELDOUT30)
