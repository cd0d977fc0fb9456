"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Shrinkage estimation in R with corpcor (Debian ``r-cran-corpcor``), on a seeded 30-by-4 data
matrix with two correlated columns: ``pcor.shrink(X, verbose = TRUE)`` (the line ``Estimating
optimal shrinkage intensity lambda (correlation matrix): 0.2676``) printed whole (the partial
correlation matrix by ``v1`` ... ``v4``, then its attributes ``attr(,"lambda")``,
``attr(,"lambda.estimated")``, ``attr(,"class")``, ``attr(,"spv")`` as a named vector), then
``var.shrink(X, verbose = TRUE)`` (``Estimating optimal shrinkage intensity lambda.var (variance
vector): 0.1615``) printed whole (a named vector, ``attr(,"lambda.var")`` ...).

Truth, written to JSON by the same R process from the returned objects: the verbose lines under
their labels (``Estimating optimal shrinkage intensity lambda (correlation matrix)``, ``...
lambda.var (variance vector)``, the estimates at the four decimals printed being within the
tolerance); the matrix as ``<row>/<column>`` (``v1/v4``; each printed cell, the unit diagonal
included); the attributes under their names (``lambda``, ``lambda.var``, ``spv/v1`` ...); the
shrunk variances under ``v1`` ... ``v4``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(corpcor))
suppressMessages(library(jsonlite))
set.seed(28)
z <- matrix(rnorm(30 * 3), 30, 3)
X <- cbind(z[, 1:2], z[, 1] + 0.5 * rnorm(30), z[, 2] - z[, 3] + rnorm(30))
colnames(X) <- paste0("v", 1:4)
p <- pcor.shrink(X, verbose = TRUE)
print(p)
s <- var.shrink(X, verbose = TRUE)
print(s)
rec <- list(names = colnames(X), pcor = unname(split(unclass(p)[, ], row(p))),
            lambda = attr(p, "lambda"), spv = unname(attr(p, "spv")),
            var = unname(as.numeric(s)), lambda_var = attr(s, "lambda.var"),
            version = as.character(packageVersion("corpcor")))
writeLines(toJSON(rec, digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "corpcor-")
    names = out["names"]
    truth = Truth()
    lam = out["lambda"][0]
    truth.add(**{"Estimating optimal shrinkage intensity lambda (correlation matrix)": lam})
    for row, values in zip(names, out["pcor"]):
        truth.add(**{f"{row}/{col}": value for col, value in zip(names, values)})
    truth.add(**{"lambda": lam})
    truth.add(**{f"spv/{name}": value for name, value in zip(names, out["spv"])})
    lam_var = out["lambda_var"][0]
    truth.add(**{"Estimating optimal shrinkage intensity lambda.var (variance vector)": lam_var})
    truth.add(**dict(zip(names, out["var"])))
    truth.add(**{"lambda.var": lam_var})
    truth.write(f"corpcor {out['version'][0]}: pcor.shrink's matrix and attributes (lambda, "
                "spv), var.shrink's vector and lambda.var, written to JSON by the same R process",
                rel=2e-4, abs_tol=5e-9)


if __name__ == "__main__":
    main(__file__, {"r-corpcor": run}, root=HELDOUT28)
