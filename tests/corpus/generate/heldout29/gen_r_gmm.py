"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Generalized method of moments in R with gmm (Debian ``r-cran-gmm``), seeded: a mean and standard
deviation estimated from three moment conditions on 100 normal draws (``gmm(g, x, c(mu = 1, sig =
1))``, the two-step estimator with numerical optimisation), and a linear instrumental-variables
regression on simulated data (``gmm(y ~ x1 + x2, ~ z1 + z2 + z3)``), each ``print(summary(fit))``:
``Method:``, ``Kernel:  Quadratic Spectral(with bw =  0.48099 )``, a ``Coefficients:`` table
(``Estimate Std. Error t value Pr(>|t|)`` in scientific notation), ``J-Test: degrees of freedom is
1`` with a one-row ``J-test P-value`` table, ``Initial values of the coefficients`` (a named vector)
and, for the first, the optimiser's ``Convergence code =  0``, ``Function eval. =  55``.

Truth, written to JSON by the same R process from ``summary(fit)``: ``<coefficient>/Estimate`` and
``<coefficient>/Std. Error`` metrics (``mu``, ``(Intercept)``), ``t value`` and ``Pr(>|t|)``
optional (test statistic, p-value); the first-step estimates ``initTheta`` as ``Initial values of
the coefficients/<coefficient>``; the J-test's ``J-test`` and ``P-value`` optional; the kernel's
bandwidth ``bw``, the convergence code and the evaluation counts optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(gmm))
suppressMessages(library(jsonlite))
set.seed(29)
x <- rnorm(100, 2, 1.5)
g <- function(th, x) cbind(x - th[1], (x - th[1])^2 - th[2]^2,
                           x^3 - th[1] * (th[1]^2 + 3 * th[2]^2))
n <- 150
z1 <- rnorm(n); z2 <- rnorm(n); z3 <- rnorm(n); u <- rnorm(n)
x1 <- z1 + 0.5 * z2 + 0.5 * u + rnorm(n); x2 <- z3 - 0.3 * z1 + rnorm(n)
y <- 1 + 0.8 * x1 - 0.5 * x2 + u
fits <- list(gmm(g, x, c(mu = 1, sig = 1)), gmm(y ~ x1 + x2, ~ z1 + z2 + z3))
rec <- lapply(fits, function(f) {
  s <- summary(f)
  print(s)
  cf <- s$coefficients
  list(terms = rownames(cf), cols = colnames(cf),
       rows = lapply(seq_len(nrow(cf)), function(i) unname(cf[i, ])),
       init = as.list(s$initTheta), initnames = names(s$initTheta),
       j = as.numeric(unclass(s$stest$test)[1, ]), bw = NULL,
       bw2 = as.numeric(unclass(s$bw)),
       conv = if (is.null(s$algoInfo$convergence)) NULL else as.numeric(s$algoInfo$convergence),
       counts = if (is.null(s$algoInfo$counts)) NULL else as.numeric(s$algoInfo$counts))
})
writeLines(toJSON(list(fits = rec, version = as.character(packageVersion("gmm"))),
                  digits = NA, na = "null", null = "null"), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "gmm-")
    truth = Truth()
    for fit in out["fits"]:
        for term, row in zip(fit["terms"], fit["rows"]):
            cells = dict(zip(fit["cols"], row))
            truth.add(**{f"{term}/Estimate": cells["Estimate"],
                         f"{term}/Std. Error": cells["Std. Error"]})
            truth.allow(**{f"{term}/t value": cells["t value"],
                           f"{term}/Pr(>|t|)": cells["Pr(>|t|)"]})
        names = fit["initnames"] or [f"Theta[{i + 1}]" for i in range(len(fit["init"]))]
        values = fit["init"] if isinstance(fit["init"], list) else list(fit["init"].values())
        truth.add(**{f"Initial values of the coefficients/{n}": (v[0] if isinstance(v, list) else v)
                     for n, v in zip(names, values)})
        truth.allow(**{"J-test": fit["j"][0], "P-value": fit["j"][1]})
        for bw in (fit["bw"], fit["bw2"]):
            if bw:
                truth.allow(bw=bw[0])
                break
        if fit["conv"] is not None:
            truth.allow(**{"Convergence code": fit["conv"][0]})
        if fit["counts"] is not None:
            truth.allow(**{"Function eval.": fit["counts"][0]})
    truth.write(f"gmm {out['version'][0]}: summary()'s coefficients, initTheta, stest, bw and "
                "algoInfo, written to JSON by the same R process", rel=1e-4, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"r-gmm": run}, root=HELDOUT29)
