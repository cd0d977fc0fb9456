"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Multivariate analysis in R with ade4 (Debian ``r-cran-ade4``): a normed PCA of ``USArrests`` and
a correspondence analysis of the package's ``housetasks`` table, each printed (``Duality
diagramm``, ``class: pca dudi``, ``$call``, ``$nf: 2 axis-components saved``, ``$rank: 4``,
``eigen values: 2.48 0.9898 ...`` on one line, then two tables of the object's components) and
summarised (``Total inertia: 4``, then ``Eigenvalues:``, ``Projected inertia (%):`` and
``Cumulative projected inertia (%):``, each a row of numbers under ``Ax1 Ax2 ...`` or ``Ax1
Ax1:2 ...`` headers).

Truth, written to JSON by the same R process from the dudi objects: ``eigen values`` (the print's
line, a series in axis order), ``Eigenvalues/Ax1`` ..., ``Projected inertia (%)/Ax1`` ...,
``Cumulative projected inertia (%)/Ax1``, ``.../Ax1:2`` ... (``eig`` and its percentages, as
``summary.dudi`` computes them); ``Total inertia`` (``sum(eig)``) a metric; ``$nf`` and ``$rank``
(counts, settings) and the components tables' sizes have no truth. The two analyses share the
names.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(ade4))
suppressMessages(library(jsonlite))
data(housetasks)
fits <- list(dudi.pca(USArrests, scannf = FALSE, nf = 2),
             dudi.coa(housetasks, scannf = FALSE, nf = 2))
for (f in fits) { print(f); summary(f) }
rec <- lapply(fits, function(f) list(eig = f$eig, total = sum(f$eig)))
writeLines(toJSON(list(fits = rec, version = as.character(packageVersion("ade4"))),
                  digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "ade4-")
    truth = Truth()
    for fit in out["fits"]:
        eig = fit["eig"]
        total = fit["total"][0]
        for value in eig:
            truth.add(**{"eigen values": value})
        truth.add(**{"Total inertia": total})
        cumulative = 0.0
        for k, value in enumerate(eig, 1):
            truth.add(**{f"Eigenvalues/Ax{k}": value})
        for k, value in enumerate(eig, 1):
            truth.add(**{f"Projected inertia (%)/Ax{k}": 100 * value / total})
        for k, value in enumerate(eig, 1):
            cumulative += value
            label = "Ax1" if k == 1 else f"Ax1:{k}"
            truth.add(**{f"Cumulative projected inertia (%)/{label}": 100 * cumulative / total})
    truth.write(f"ade4 {out['version'][0]}: each dudi's eig (and the percentages summary.dudi "
                "computes from it), written to JSON by the same R process",
                rel=5e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"r-ade4": run}, root=HELDOUT28)
