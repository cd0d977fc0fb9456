"""HELD-OUT fixture (twenty-fifth half, see generate/heldout25/README.md): do not read while
tuning the parser.

Item response and paired-comparison models in R with psychotools (Debian
``r-cran-psychotools``), seeded: a Rasch model (``raschmodel``) on 200 simulated respondents x 6
binary items and a rating-scale model (``rsmodel``) on 200 x 5 items with four categories, each
printed with ``print(summary(fit))``: ``Difficulty parameters:`` (``Item location and
threshold parameters:`` for the rating-scale model, items ``Q2``-``Q5`` and thresholds ``C2``,
``C3`` in one table), a coefficient table
``Estimate Std. Error z value Pr(>|z|)`` with significance stars, the legend, ``Log-likelihood:
-378.2 (df = 5)`` and ``Number of iterations in BFGS optimization: 9``.

Truth, written to JSON by the same R process from ``coef(summary(fit))`` and ``logLik(fit)``:
``<row>/Estimate`` and ``<row>/Std. Error`` per row (``Item2/Estimate``; the rows are named
uniquely across both fits' tables), ``<row>/z value`` and ``<row>/Pr(>|z|)`` optional (test
statistics and p-values), ``Log-likelihood`` per fit; ``df`` and the iteration count optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT25, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(psychotools))
suppressMessages(library(jsonlite))
set.seed(25)
theta <- rnorm(200)
X <- matrix(rbinom(200 * 6, 1, plogis(outer(theta, seq(-1.5, 1.5, length = 6), "-"))), 200)
colnames(X) <- paste0("Item", 1:6)
Y <- matrix(pmin(3, pmax(0, round(outer(theta, c(-0.8, -0.3, 0, 0.4, 0.9), "-") + 1.5 +
                                  rnorm(1000, 0, 0.8)))), 200)
colnames(Y) <- paste0("Q", 1:5)
fits <- list(raschmodel(X), rsmodel(Y))
res <- lapply(fits, function(f) {
  s <- summary(f); print(s)
  cf <- coef(s)
  ll <- logLik(f)
  list(rows = rownames(cf), cells = lapply(seq_len(nrow(cf)), function(i) unname(cf[i, ])),
       ll = as.numeric(ll), df = attr(ll, "df"), it = f$iterations)
})
writeLines(toJSON(list(res = res, version = as.character(packageVersion("psychotools"))),
                  digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "psychotools-")
    truth = Truth()
    for fit in out["res"]:
        for row, (est, se, z, p) in zip(fit["rows"], fit["cells"]):
            truth.add(**{f"{row}/Estimate": est, f"{row}/Std. Error": se})
            truth.allow(**{f"{row}/z value": z, f"{row}/Pr(>|z|)": p})
        truth.add(**{"Log-likelihood": fit["ll"]})
        truth.allow(df=fit["df"])
        if fit["it"] is not None:
            truth.allow(**{"Number of iterations in BFGS optimization": fit["it"]})
    truth.write(f"psychotools {out['version']}: coef(summary(fit)) and logLik(fit) of each "
                "model, written to JSON by the same R process",
                rel=5e-4, abs_tol=5e-5)  # four or five significant digits


if __name__ == "__main__":
    main(__file__, {"r-psychotools": run}, root=HELDOUT25)
