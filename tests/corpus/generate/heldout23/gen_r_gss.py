"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Smoothing-spline ANOVA in R with gss (CRAN ``gss``, from the machine's R library), seeded: a
cubic spline of a noisy sine (``ssanova(y ~ t)``, 120 points) and a two-factor model with an
interaction (``ssanova(z ~ u * v)``, 150 points), each printed with ``print(summary(fit))``:
the call, ``Estimate of error standard deviation: 0.2954133``, the residual quantiles (``Min 1Q
Median 3Q Max``), ``Residual sum of squares: 9.91133``, ``R square: 0.8336193`` and ``Penalty
associated with the fit: 1.827661`` (seven significant digits).

Truth, written to JSON by the same R process from the summary objects: ``sigma``, ``rss``,
``r.squared`` and ``penalty`` under their printed labels (``Estimate of error standard
deviation``, ``Residual sum of squares``, ``R square``, ``Penalty associated with the fit``),
and the quantiles of the summary's ``residuals`` as ``<Min|1Q|Median|3Q|Max>`` (bare, as every R
summary's in the corpus).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(gss))
suppressMessages(library(jsonlite))
set.seed(23)
t <- seq(0, 1, length = 120)
y <- sin(2 * pi * t) + rnorm(120, sd = 0.3)
u <- runif(150); v <- runif(150)
z <- cos(3 * u) + 0.5 * v^2 + u * v + rnorm(150, sd = 0.2)
rec <- function(fit) {
  s <- summary(fit)
  print(s)
  list(sigma = s$sigma, rss = s$rss, r2 = s$r.squared, penalty = s$penalty,
       resid = unname(quantile(s$residuals)))
}
out <- list(one = rec(ssanova(y ~ t)), two = rec(ssanova(z ~ u * v)),
            version = as.character(packageVersion("gss")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


QUANTILES = ("Min", "1Q", "Median", "3Q", "Max")


def run() -> None:
    out = r_record(SCRIPT, "gss-", TZ="UTC")
    truth = Truth()
    for fit in (out["one"], out["two"]):
        truth.add(**{"Estimate of error standard deviation": fit["sigma"]})
        for word, value in zip(QUANTILES, fit["resid"]):
            truth.add(**{word: value})
        truth.add(**{"Residual sum of squares": fit["rss"], "R square": fit["r2"],
                     "Penalty associated with the fit": fit["penalty"]})
    truth.write(f"gss {out['version']}: the summary.ssanova objects' sigma, rss, r.squared, "
                "penalty and residual quantiles, written to JSON by the same R process",
                rel=5e-6, abs_tol=5e-8)  # seven significant digits


if __name__ == "__main__":
    main(__file__, {"r-gss": run}, root=HELDOUT23)
