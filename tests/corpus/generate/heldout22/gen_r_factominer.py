"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Principal component analysis in R with FactoMineR (Debian's ``r-cran-factominer``): the
``decathlon`` data that FactoMineR ships, its first six events, ``PCA(decathlon[, 1:6], graph =
FALSE)``, then ``summary(res, nbelements = 2, ncp = 2)`` as a user prints it: the call,
``Eigenvalues`` (rows ``Variance``, ``% of var.``, ``Cumulative % of var.``; columns ``Dim.1`` to
``Dim.6``), ``Individuals (the 2 first)`` (``Dist`` then, per dimension, the coordinate under
``Dim.k`` followed by ``ctr`` and ``cos2``, cells separated by ``|``) and ``Variables (the 2
first)`` (the same without ``Dist``).

Truth, written to JSON by the same R process from the result object: ``res$eig`` as
``<row>/<Dim.k>`` (its columns named as the summary's rows); for the first two individuals and
variables, ``Dist`` (``res$ind$dist``) as ``<name>/Dist``, the coordinates as ``<name>/Dim.k``,
the contributions and squared cosines as ``<name>/ctr`` and ``<name>/cos2`` (each name once per
dimension, in printed order: the header repeats the two labels under each dimension).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(FactoMineR))
suppressMessages(library(jsonlite))
data(decathlon)
res <- PCA(decathlon[, 1:6], graph = FALSE)
summary(res, nbelements = 2, ncp = 2)
cols <- function(m, k) unname(as.list(as.data.frame(m[1:k, 1:2])))
part <- function(p, k) list(names = rownames(p$coord)[1:k], coord = cols(p$coord, k),
                            contrib = cols(p$contrib, k), cos2 = cols(p$cos2, k))
out <- list(eig = unname(as.list(as.data.frame(res$eig))), ind = part(res$ind, 2),
            dist = unname(res$ind$dist[1:2]), var = part(res$var, 2),
            version = as.character(packageVersion("FactoMineR")))
writeLines(toJSON(out, digits = NA), Sys.getenv("R_RECORD"))
"""

EIG_ROWS = ("Variance", "% of var.", "Cumulative % of var.")


def run() -> None:
    out = r_record(SCRIPT, "factominer-", TZ="UTC")
    truth = Truth()
    for row, values in zip(EIG_ROWS, out["eig"]):
        for k, value in enumerate(values, 1):
            truth.add(**{f"{row}/Dim.{k}": value})
    for section, dist in (("ind", out["dist"]), ("var", None)):
        part = out[section]
        for i, name in enumerate(part["names"]):
            if dist is not None:
                truth.add(**{f"{name}/Dist": dist[i]})
            for k in range(2):
                truth.add(**{f"{name}/Dim.{k + 1}": part["coord"][k][i],
                             f"{name}/ctr": part["contrib"][k][i],
                             f"{name}/cos2": part["cos2"][k][i]})
    truth.write(f"FactoMineR {out['version'][0]}: res$eig, and the first two individuals' and "
                "variables' dist, coord, contrib and cos2 over two dimensions, written to JSON "
                "by the same R process", rel=1e-6)  # three decimals: the judge's rounding rule


if __name__ == "__main__":
    main(__file__, {"r-factominer": run}, root=HELDOUT22)
