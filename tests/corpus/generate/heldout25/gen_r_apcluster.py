"""HELD-OUT fixture (twenty-fifth half, see generate/heldout25/README.md): do not read while
tuning the parser.

Affinity propagation clustering in R with apcluster (Debian ``r-cran-apcluster``), seeded: 60
points in three Gaussian blobs, clustered three times (``apcluster(negDistMat(r = 2), x, q =
...)`` at the quantiles q = 0.5, 0.1 and 0.02 of the similarities as preference), each result
printed (``APResult object`` / ``Number of samples = 60`` / ``Number of iterations = 129`` /
``Input preference = -4.16`` / ``Sum of similarities = -6.35`` / ``Sum of preferences =
-8.33`` / ``Net similarity = -14.68`` / ``Number of clusters = 3``, then the exemplars and
the clusters' members).

Truth, written to JSON by the same R process from the result objects' slots: ``Sum of
similarities`` (``dpsim``), ``Sum of preferences`` (``expref``) and ``Net similarity``
(``netsim``), one value per result, in order; ``Number of samples``, ``Number of iterations``
and ``Number of clusters`` optional (counts); ``Input preference`` (``p``, the preference the
call chose from q, a setting that differs from call to call) optional. Exemplar and member
indices are no numbers to keep.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT25, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(apcluster))
suppressMessages(library(jsonlite))
set.seed(25)
x <- rbind(matrix(rnorm(40, 0, .35), 20), matrix(rnorm(40, 2, .35), 20),
           cbind(rnorm(20, 0, .35), rnorm(20, 2.5, .35)))
res <- lapply(c(0.5, 0.1, 0.02), function(q) {
  ap <- apcluster(negDistMat(r = 2), x, q = q)
  print(ap)
  list(dpsim = ap@dpsim, expref = ap@expref, netsim = ap@netsim, p = ap@p[1],
       it = ap@it, n = length(ap@idx), k = length(ap@exemplars))
})
writeLines(toJSON(list(res = res, version = as.character(packageVersion("apcluster"))),
                  digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "apcluster-")
    truth = Truth()
    for r in out["res"]:
        truth.add(**{"Sum of similarities": r["dpsim"], "Sum of preferences": r["expref"],
                     "Net similarity": r["netsim"]})
        truth.allow(**{"Number of samples": r["n"], "Number of iterations": r["it"],
                       "Number of clusters": r["k"], "Input preference": r["p"]})
    truth.write(f"apcluster {out['version']}: the APResult slots dpsim, expref, netsim, it, "
                "exemplars, written to JSON by the same R process",
                rel=1e-6, abs_tol=1e-6)


if __name__ == "__main__":
    main(__file__, {"r-apcluster": run}, root=HELDOUT25)
