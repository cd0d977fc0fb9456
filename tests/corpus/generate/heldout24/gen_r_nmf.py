"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Non-negative matrix factorisation in R with NMF (CRAN ``NMF``, from the machine's R library),
seeded: a 40 x 12 matrix of exponential draws factorised three ways, each with ``seed = 24``: rank
3 with Brunet's algorithm and ``.options = "v1"`` (verbose: the algorithm and the seeding method on
stderr, an iteration counter redrawn in place with backspaces on stdout, ``DONE (converged at
660/2000 iterations)``), then rank 2 with Lee's algorithm and rank 3 with ``nsNMF``. The first fit
is printed (``print(fit)``: the model, ``distance metric``, ``residuals: 110.5151``, ``Iterations:
660`` and a ``Timing`` table); each fit's ``summary(fit, target = V)`` is printed, a named numeric
vector that R wraps in rows of names and values (``rank sparseness.basis sparseness.coef rss`` /
``3.0000000 0.2706036 0.6445412 287.8698880``, then ``evar silhouette.coef silhouette.basis
residuals`` and ``niter cpu cpu.all nrun``).

Truth, written to JSON by the same R process: the summary vector's entries under their names for
``sparseness.basis``, ``sparseness.coef``, ``silhouette.coef``, ``silhouette.basis``,
``residuals``, ``rss`` and ``evar`` (explained variance); ``rank``, ``niter``, ``nrun``, ``cpu``
and ``cpu.all`` optional (the rank asked for, counts, timings). From the first fit's print:
``residuals`` (``residuals(fit)``), before its summary's; ``Iterations`` (``niter``), the model's
sizes (``features``, ``basis/rank``, ``samples``) and the timing table (``user``, ``system``,
``elapsed``) optional. The RNG line's numbers and hash, and the verbose counter, are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(NMF))
suppressMessages(library(jsonlite))
set.seed(24)
V <- matrix(rexp(40 * 12), 40, 12)
f1 <- nmf(V, 3, method = "brunet", seed = 24, .options = "v1")
print(f1)
rt <- runtime(f1)
rec <- function(fit) { s <- summary(fit, target = V); print(s); as.list(s) }
out <- list(first = list(res = residuals(f1), niter = niter(f1), features = nrow(V),
                         rank = nbasis(f1), samples = ncol(V),
                         timing = as.list(unname(rt[c("user.self", "sys.self", "elapsed")]))),
            sums = list(rec(f1), rec(nmf(V, 2, method = "lee", seed = 24)),
                        rec(nmf(V, 3, method = "nsNMF", seed = 24))),
            version = as.character(packageVersion("NMF")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""

METRICS = ("sparseness.basis", "sparseness.coef", "silhouette.coef", "silhouette.basis",
           "residuals", "rss", "evar")


def run() -> None:
    out = r_record(SCRIPT, "nmf-", TZ="UTC")
    truth = Truth()
    first = out["first"]
    truth.allow(features=first["features"], **{"basis/rank": first["rank"]},
                samples=first["samples"])
    truth.add(residuals=first["res"])
    truth.allow(Iterations=first["niter"])
    truth.allow(**dict(zip(("user", "system", "elapsed"), first["timing"])))
    for summary in out["sums"]:
        for name, value in summary.items():
            (truth.add if name in METRICS else truth.allow)(**{name: value})
    truth.write(f"NMF {out['version']}: summary(fit, target = V) of each fit and the first fit's "
                "residuals, niter and runtime, written to JSON by the same R process",
                rel=5e-6, abs_tol=5e-7)  # seven significant digits


if __name__ == "__main__":
    main(__file__, {"r-nmf": run}, root=HELDOUT24)
