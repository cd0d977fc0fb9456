"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Principal curves in R with princurve (Debian ``r-cran-princurve``), seeded: three fits with
``trace = TRUE`` (a noisy parabola with the default ``smooth_spline`` smoother and with
``lowess``, then a noisy circle with ``periodic_lowess``). princurve prints, per fit, ``Starting
curve---distance^2: 582.2295`` and then ``Iteration 1---distance^2: 0.3727879`` for each
iteration until the change falls under the threshold.

Truth, written to JSON by the same R process: the ``dist`` of the same fit stopped after ``k``
iterations (``principal_curve(..., maxit = k)``, k = 0 for the starting curve; the fit is
deterministic, and each refit's ``dist`` is the value the traced fit prints at iteration k),
under the printed label ``distance^2``, at the iteration the line states (the starting curve's
line states none; the count restarts for each fit). The number of iterations is not printed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main, r_record

SCRIPT = r"""
suppressMessages({library(princurve); library(jsonlite)})
set.seed(27)
x <- runif(80, -1, 1)
parabola <- cbind(x, x^2 + rnorm(80, sd = 0.1))
a <- runif(60, 0, 2 * pi)
circle <- cbind(cos(a), sin(a)) + matrix(rnorm(120, sd = 0.08), ncol = 2)
runs <- list(list(parabola, "smooth_spline"), list(parabola, "lowess"),
             list(circle, "periodic_lowess"))
rec <- lapply(runs, function(r) {
  fit <- principal_curve(r[[1]], smoother = r[[2]], trace = TRUE, maxit = 10)
  n <- fit$num_iterations
  list(dist = sapply(0:n, function(k)
         principal_curve(r[[1]], smoother = r[[2]], maxit = k)$dist),
       final = fit$dist, iterations = n)
})
writeLines(toJSON(list(runs = rec, version = as.character(packageVersion("princurve"))),
                  digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "princurve-")
    truth = Truth()
    for fit in out["runs"]:
        assert abs(fit["dist"][-1] - fit["final"][0]) < 1e-9 * max(1.0, abs(fit["final"][0]))
        for k, value in enumerate(fit["dist"]):
            truth.add(at=k or None, **{"distance^2": value})
    truth.write(f"princurve {out['version'][0]}: principal_curve(maxit = k)$dist for each "
                "iteration k the traced fit printed, written to JSON by the same R process",
                rel=1e-6, abs_tol=5e-8)


if __name__ == "__main__":
    main(__file__, {"r-princurve": run}, root=HELDOUT27)
