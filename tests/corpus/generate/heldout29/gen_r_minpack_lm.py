"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Nonlinear least squares in R with minpack.lm (Debian ``r-cran-minpack.lm``, Levenberg-Marquardt),
seeded: an exponential decay ``y ~ a * exp(-b * x)`` (20 points) and a logistic growth curve ``y ~
K / (1 + exp(-r * (t - t0)))`` (25 points), each ``nlsLM(..., trace = TRUE)``: one line an
iteration, ``It. 0, RSS = 13.0827, Par. = 1 0.5``, then ``print(summary(fit))`` (``Formula:``,
``Parameters:`` table ``Estimate Std. Error t value Pr(>|t|)`` with significance stars, ``Residual
standard error: 0.04617 on 18 degrees of freedom``, ``Number of iterations to convergence: 7``,
``Achieved convergence tolerance: 1.49e-08``).

Truth, written to JSON by the same R process: the fit keeps only its final state, so the line of
iteration ``k`` comes from the same fit run with ``nls.lm.control(maxiter = k + 1)`` (the trace
counts from the start: a run stopped by ``maxiter = 1`` holds the start values and their RSS,
checked against the printed lines; ``k`` up to ``convInfo$finIter``): ``RSS`` (``deviance``) at the
``It.`` the line states, ``Par.`` (the parameters, unlabelled one by one) optional, one value a
parameter in print order (the two fits share the names; the count restarts). The summary's
``<parameter>/Estimate`` and ``<parameter>/Std. Error`` are metrics, ``t value`` and ``Pr(>|t|)``
optional (test statistic, p-value; ``<2e-16`` has no number to match); ``Residual standard error``
(``summary()$sigma``) a metric, its degrees of freedom, the iteration count and ``Achieved
convergence tolerance`` (``convInfo``) optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(minpack.lm))
suppressMessages(library(jsonlite))
set.seed(29)
x <- 1:20
d1 <- data.frame(x = x, y = 3 * exp(-0.2 * x) + rnorm(20, 0, 0.05))
t <- seq(0, 12, length.out = 25)
d2 <- data.frame(t = t, y = 10 / (1 + exp(-0.9 * (t - 6))) + rnorm(25, 0, 0.2))
fits <- list(list(f = y ~ a * exp(-b * x), d = d1, s = list(a = 1, b = 0.5)),
             list(f = y ~ K / (1 + exp(-r * (t - t0))), d = d2, s = list(K = 8, r = 0.5, t0 = 5)))
rec <- lapply(fits, function(F) {
  fit <- nlsLM(F$f, data = F$d, start = F$s, trace = TRUE)
  s <- summary(fit)
  print(s)
  n <- fit$convInfo$finIter
  steps <- lapply(0:n, function(k) {
    g <- suppressWarnings(nlsLM(F$f, data = F$d, start = F$s,
                                control = nls.lm.control(maxiter = k + 1)))
    list(rss = deviance(g), par = unname(coef(g)))
  })
  cf <- coef(s)
  list(steps = steps, terms = rownames(cf), cols = colnames(cf),
       rows = lapply(seq_len(nrow(cf)), function(i) unname(cf[i, ])),
       sigma = s$sigma, df = s$df[2], iter = n, tol = fit$convInfo$finTol)
})
writeLines(toJSON(list(fits = rec, version = as.character(packageVersion("minpack.lm"))),
                  digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "minpacklm-")
    truth = Truth()
    for fit in out["fits"]:
        for k, step in enumerate(fit["steps"]):
            truth.add(at=k, RSS=step["rss"][0])
            for p in step["par"]:
                truth.allow(**{"Par.": p})
        for term, row in zip(fit["terms"], fit["rows"]):
            cells = dict(zip(fit["cols"], row))
            truth.add(**{f"{term}/Estimate": cells["Estimate"],
                         f"{term}/Std. Error": cells["Std. Error"]})
            truth.allow(**{f"{term}/t value": cells["t value"],
                           f"{term}/Pr(>|t|)": cells["Pr(>|t|)"]})
        truth.add(**{"Residual standard error": fit["sigma"][0]})
        truth.allow(**{"degrees of freedom": fit["df"][0],
                       "Number of iterations to convergence": fit["iter"][0],
                       "Achieved convergence tolerance": fit["tol"][0]})
    truth.write(f"minpack.lm {out['version'][0]}: the fits' summary() (coefficients, sigma, df), "
                "convInfo, and deviance and coef of the same fits stopped by maxiter = k, "
                "written to JSON by the same R process", rel=5e-4, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"r-minpack-lm": run}, root=HELDOUT29)
