"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Extreme-value fits in R with evd (Debian's ``r-cran-evd``), seeded: a generalised extreme value
fit of 300 block maxima (``fgev(x)``) and a peaks-over-threshold generalised Pareto fit of 500
exceedance-like draws above 1 (``fpot(y, threshold = 1)``), each printed (``print(fit)``): the
call, ``Deviance: 1325.148``, for the threshold fit ``Threshold: 1``, ``Number Above: 291`` and
``Proportion Above: 0.582``, then ``Estimates`` and ``Standard Errors`` as named vectors (a line
of names, ``loc   scale   shape``, over a line of values) and ``Optimization Information``
(``Convergence: successful``, ``Function Evaluations: 23``, ``Gradient Evaluations: 8``).

Truth, written to JSON by the same R process from the fitted objects: ``estimate`` by
its parameter's name (as R's ``Coefficients:`` and ``sample estimates:`` vectors are named
elsewhere in the corpus) and ``std.err`` as ``Standard Errors/<name>`` (the errors of the
parameters, not them), ``deviance`` as ``Deviance``, ``pat`` as
``Proportion Above``; optional: ``nhigh`` (``Number Above``) and the function and gradient
evaluation counts (``counts``). The threshold is the script's own setting (a params entry).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(evd))
suppressMessages(library(jsonlite))
set.seed(22)
x <- rgev(300, loc = 10, scale = 2, shape = 0.1)
y <- rgpd(500, loc = 0, scale = 1.5, shape = 0.15)
rec <- function(fit) {
  print(fit)
  f <- unclass(fit)
  list(est = as.list(f$estimate), se = as.list(f$std.err), deviance = f$deviance,
       counts = as.list(f$counts), pat = f$pat, nhigh = f$nhigh)
}
out <- list(gev = rec(fgev(x)), pot = rec(fpot(y, threshold = 1)))
out$version <- as.character(packageVersion("evd"))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, null = "null"), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "evd-", TZ="UTC")
    truth = Truth()
    for fit in (out["gev"], out["pot"]):
        truth.add(Deviance=fit["deviance"])
        if fit.get("pat") is not None:
            truth.allow(**{"Number Above": fit["nhigh"]})
            truth.add(**{"Proportion Above": fit["pat"]})
        for name, value in fit["est"].items():
            truth.add(**{name: value})
        for name, value in fit["se"].items():
            truth.add(**{f"Standard Errors/{name}": value})
        counts = fit["counts"]
        truth.allow(**{"Function Evaluations": counts["function"],
                       "Gradient Evaluations": counts["gradient"]})
    truth.write(f"evd {out['version']}: the fgev and fpot objects' estimate, std.err, deviance "
                "and pat, written to JSON by the same R process; counts optional",
                params={"Threshold": 1}, rel=5e-4, abs_tol=5e-6)  # R's print: 4 significant


if __name__ == "__main__":
    main(__file__, {"r-evd": run}, root=HELDOUT22)
