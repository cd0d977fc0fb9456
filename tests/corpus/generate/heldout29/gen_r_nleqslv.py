"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Nonlinear equation solving in R with nleqslv (Debian ``r-cran-nleqslv``): a circle-exponential
system in two unknowns by Broyden's method with the double dogleg (the default) and a
three-equation system by Newton's method with a cubic line search, each ``nleqslv(..., control =
list(trace = 1))``: an ``Algorithm parameters`` block (method, strategy, ``Maximum stepsize``,
``ftol = 1e-08 xtol = 1e-08 btol = 0.001 cndtol = 1e-12``), then the ``Iteration report`` (``Iter
Jac Lambda Eta Dlt0 Dltn Fnorm Largest |f|`` for the dogleg; ``Iter Jac Lambda Ftarg Fnorm Largest
|f|`` for the line search; ``N(5.9e-01)``/``B(...)`` Jacobian codes with their condition
estimates), then the result ``x`` and ``fvec`` printed by the script (``print(r[c("x", "fvec",
"message", "iter")])``).

Truth, written to JSON by the same R process: nleqslv keeps only the final state, so the row of
iteration ``k`` comes from the same solve run with ``maxit = k`` (row 0 from the start point):
``Fnorm`` (``sum(fvec^2) / 2``, the report's definition) and ``Largest |f|`` (``max(abs(fvec))``)
at the ``Iter`` of the row (the two reports share the names; the count restarts). The dogleg's
``Lambda``, ``Eta``, ``Dlt0``, ``Dltn``, the line search's ``Lambda`` and ``Ftarg``, and the
Jacobian codes' condition estimates are not kept by any result (printed, no truth). The closing
print's ``$x`` and ``$fvec`` are series in print order (``x``, ``fvec``), ``$iter`` optional (a
count); the parameter block's tolerances are not metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(nleqslv))
suppressMessages(library(jsonlite))
f1 <- function(x) c(x[1]^2 + x[2]^2 - 4, exp(x[1]) + x[2] - 1)
f2 <- function(x) c(x[1] + x[2] + x[3] - 3, x[1]^2 + x[2]^2 - x[3] - 1,
                    x[1] * x[2] * x[3] - 0.8)
runs <- list(list(f = f1, x0 = c(1, -1), method = "Broyden", global = "dbldog"),
             list(f = f2, x0 = c(2, 0.5, 1), method = "Newton", global = "cline"))
rec <- lapply(runs, function(run) {
  r <- nleqslv(run$x0, run$f, method = run$method, global = run$global,
               control = list(trace = 1))
  print(r[c("x", "fvec", "message", "iter")])
  rows <- lapply(0:r$iter, function(k) {
    fv <- if (k == 0) run$f(run$x0) else
      nleqslv(run$x0, run$f, method = run$method, global = run$global,
              control = list(maxit = k))$fvec
    c(sum(fv^2) / 2, max(abs(fv)))
  })
  list(rows = rows, x = r$x, fvec = r$fvec, iter = r$iter)
})
writeLines(toJSON(list(runs = rec, version = as.character(packageVersion("nleqslv"))),
                  digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "nleqslv-")
    truth = Truth()
    for r in out["runs"]:
        for k, (fnorm, largest) in enumerate(r["rows"]):
            truth.add(at=k, **{"Fnorm": fnorm, "Largest |f|": largest})
        for v in r["x"]:
            truth.add(x=v)
        for v in r["fvec"]:
            truth.add(fvec=v)
        truth.allow(iter=r["iter"][0])
    truth.write(f"nleqslv {out['version'][0]}: the final x and fvec of each solve, and fvec of "
                "the same solves stopped by maxit = k for the report's rows "
                "(Fnorm = sum(fvec^2)/2, "
                "Largest |f| = max|fvec|), written to JSON by the same R process",
                rel=5e-6, abs_tol=5e-9)


if __name__ == "__main__":
    main(__file__, {"r-nleqslv": run}, root=HELDOUT29)
