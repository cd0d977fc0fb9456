"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Regularised structural equation models in R with regsem (Debian ``r-cran-regsem``, on lavaan):
a one-factor model of the six ``HolzingerSwineford1939`` items fitted by ``lavaan::cfa``, then
penalised by ``regsem(fit, lambda = ..., type = ..., pars_pen = 1:2)`` twice (lasso at 0.05,
ridge at 0.1), each summarised: ``summary`` prints the list ``$call``, ``$estimates`` (a one-row
frame with columns ``f -> x2`` ... ``x1 ~~ x1`` ... ``f ~~ f``, wrapped over two blocks) and
``$returnVals`` (``convergence df fit rmsea BIC``, its row named ``rmsea``); regsem also warns on
stderr that only ``gradFun = ram`` is recommended with lasso penalties.

Truth, written to JSON by the same R process from the fits: ``out`` (the estimates) as
``estimates/<parameter>`` and ``fit``, ``rmsea``, ``BIC`` as ``returnVals/<column>``, one value a
fit (both fits share the names); ``convergence`` and ``df`` optional (a code and a count).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(regsem); library(lavaan); library(jsonlite)})
mod <- "f =~ x1 + x2 + x3 + x4 + x5 + x6"
fit <- cfa(mod, data = HolzingerSwineford1939)
out <- list()
for (case in list(list(lambda = 0.05, type = "lasso"), list(lambda = 0.1, type = "ridge"))) {
  r <- regsem(fit, lambda = case$lambda, type = case$type, pars_pen = c(1:2))
  s <- summary(r)
  est <- s$estimates
  rv <- s$returnVals
  out[[length(out) + 1]] <- list(names = colnames(est), est = unname(as.numeric(est[1, ])),
                                 rv_names = colnames(rv), rv = unname(as.numeric(rv[1, ])))
}
writeLines(toJSON(list(out = out, version = as.character(packageVersion("regsem"))),
                  digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    rec = r_record(SCRIPT, "regsem-")
    truth = Truth()
    for fit in rec["out"]:
        for name, value in zip(fit["names"], fit["est"]):
            truth.add(**{f"estimates/{name}": value})
        for name, value in zip(fit["rv_names"], fit["rv"]):
            if name in ("convergence", "df"):
                truth.allow(**{f"returnVals/{name}": value})
            else:
                truth.add(**{f"returnVals/{name}": value})
    truth.write(f"regsem {rec['version']}: summary(regsem(...))$estimates and $returnVals, "
                "written to JSON by the same R process", rel=5e-4, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"r-regsem": run}, root=HELDOUT30)
