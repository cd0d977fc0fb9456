"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Flexible and mixture discriminant analysis in R with mda (Debian ``r-cran-mda``): ``fda(Species ~
., data = iris, method = mars)``, ``fda(Type ~ ., data = glass)`` (the package's glass data) and,
seeded, ``mda(... , subclasses = 2, trace = TRUE)`` on iris and on glass, each printed. The
mixture fit traces ``kmeans start \t Misclassification Error 0.02`` for each k-means start and
``Iteration 1 \tDeviance(multinomial) 12.62358`` per EM step; each print shows ``Dimension:``,
``Percent Between-Group Variance Explained:`` (a named vector ``v1 v2 ...``), ``Degrees of Freedom
(per dimension):``, ``Training Misclassification Error: 0.02667 ( N = 150 )`` and, for ``mda``,
``Deviance: 12.272``.

Truth, written to JSON by the same R process from the fits: ``percent.explained`` as
``Percent Between-Group Variance Explained/v<k>``; the confusion table's ``error`` attribute as
``Training Misclassification Error``; ``deviance`` as ``Deviance``; the EM trace, which the fit
does not keep, from the same seeded fit stopped by ``iter = k`` (its ``deviance``), under
``Deviance(multinomial)`` at step k (checked: ``iter = 5``, the default, equals the full fit).
The k-means starts' errors are not kept (printed, no truth); the dimension, degrees of freedom
and ``N`` are counts or settings.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(mda); library(jsonlite)})
data(glass)
rec <- list()
f1 <- fda(Species ~ ., data = iris, method = mars); print(f1)
f2 <- fda(Type ~ ., data = glass); print(f2)
set.seed(30)
m <- mda(Species ~ ., data = iris, subclasses = 2, trace = TRUE); print(m)
devs <- sapply(1:5, function(k) {
  set.seed(30); d <- NA
  invisible(capture.output(d <- mda(Species ~ ., data = iris, subclasses = 2, iter = k)$deviance))
  d
})
stopifnot(isTRUE(all.equal(devs[5], m$deviance)))
set.seed(31)
m2 <- mda(Type ~ ., data = glass, subclasses = 2, trace = TRUE); print(m2)
devs2 <- sapply(1:5, function(k) {
  set.seed(31); d <- NA
  invisible(capture.output(d <- mda(Type ~ ., data = glass, subclasses = 2, iter = k)$deviance))
  d
})
stopifnot(isTRUE(all.equal(devs2[5], m2$deviance)))
fit <- function(f) list(pct = unname(f$percent.explained), names = names(f$percent.explained),
                        err = attr(f$confusion, "error"))
rec <- list(fits = list(fit(f1), fit(f2), fit(m), fit(m2)), deviance = c(m$deviance, m2$deviance),
            trace = list(devs, devs2),
            version = as.character(packageVersion("mda")))
writeLines(toJSON(rec, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    rec = r_record(SCRIPT, "mda-")
    truth = Truth()
    for i, fit in enumerate(rec["fits"]):
        if i >= 2:
            for k, value in enumerate(rec["trace"][i - 2], start=1):
                truth.add(at=k, **{"Deviance(multinomial)": value})
        for name, value in zip(fit["names"], fit["pct"]):
            truth.add(**{f"Percent Between-Group Variance Explained/{name}": value})
        truth.add(**{"Training Misclassification Error": fit["err"]})
        if i >= 2:
            truth.add(Deviance=rec["deviance"][i - 2])
    truth.write(f"mda {rec['version']}: the fits' percent.explained, confusion error and "
                "deviance, and the deviance of the same seeded mda fit stopped by iter = k, "
                "written to JSON by the same R process", rel=5e-4)


if __name__ == "__main__":
    main(__file__, {"r-mda": run}, root=HELDOUT30)
