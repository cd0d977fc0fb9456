"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Robust multivariate estimation in R with rrcov (Debian ``r-cran-rrcov``) on the
Hawkins-Bradu-Kass data (``hbk`` from robustbase, the three explanatory columns, 75 rows with 14
outliers): the minimum covariance determinant estimate ``CovMcd`` and the orthogonalised
Gnanadesikan-Kettenring estimate ``CovOgk``, each printed (``Call:``, a ``-> Method:`` line with
its settings, ``Robust Estimate of Location:`` as a named vector, ``Robust Estimate of
Covariance:`` as a 3x3 matrix), then robust PCA ``PcaHubert(x, k = 2)`` printed (``Standard
deviations:``) and its ``summary`` printed (``Importance of components:``, rows ``Standard
deviation``, ``Proportion of Variance``, ``Cumulative Proportion`` by ``PC1``, ``PC2``).

Truth, written to JSON by the same R process from the S4 objects: per estimator (``MCD/``,
``OGK/``, as the method lines name them) ``Robust Estimate of Location/<variable>`` and ``Robust
Estimate of Covariance/<row>/<column>`` (each printed cell, the symmetric ones under both
labels); ``Standard deviations`` (two values, the square roots of the ``eigenvalues`` slot, as
the print computes them); the importance table as ``<row>/<PC>`` from ``summary(p)@importance``
(which holds it rounded to five decimals). The method line's settings (alpha, h, nsamp) are
params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(rrcov); library(jsonlite)})
data(hbk, package = "robustbase")
x <- hbk[, 1:3]
ests <- list(MCD = CovMcd(x), OGK = CovOgk(x))
rec <- lapply(ests, function(m) {
  print(m)
  list(center = unname(m@center), names = names(m@center), cov = unname(split(m@cov, row(m@cov))))
})
p <- PcaHubert(x, k = 2)
print(p)
s <- summary(p)
print(s)
rec$pca <- list(eig = p@eigenvalues, imp = unname(split(s@importance, row(s@importance))),
                rows = rownames(s@importance), cols = colnames(s@importance))
rec$alpha <- ests$MCD@alpha
rec$h <- ests$MCD@quan
rec$version <- as.character(packageVersion("rrcov"))
writeLines(toJSON(rec, digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "rrcov-")
    truth = Truth()
    for est in ("MCD", "OGK"):
        fit = out[est]
        for name, value in zip(fit["names"], fit["center"]):
            truth.add(**{f"{est}/Robust Estimate of Location/{name}": value})
        for row_name, row in zip(fit["names"], fit["cov"]):
            for col_name, value in zip(fit["names"], row):
                truth.add(**{f"{est}/Robust Estimate of Covariance/{row_name}/{col_name}": value})
    pca = out["pca"]
    for value in pca["eig"]:
        truth.add(**{"Standard deviations": value ** 0.5})
    for row_name, row in zip(pca["rows"], pca["imp"]):
        for col_name, value in zip(pca["cols"], row):
            truth.add(**{f"{row_name}/{col_name}": value})
    truth.write(f"rrcov {out['version'][0]}: the CovMcd/CovOgk center and cov slots, PcaHubert "
                "eigenvalues and summary()@importance, written to JSON by the same R process",
                params={"alpha": out["alpha"][0], "h": out["h"][0], "nsamp": 500},
                rel=5e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"r-rrcov": run}, root=HELDOUT27)
