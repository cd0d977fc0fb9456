"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Cluster analysis in R with cluster (a recommended package), on the standardised
``USArrests``: a gap-statistic choice of the number of clusters (``clusGap`` with ``pam``,
``K.max = 6``, ``B = 20`` reference sets), ``print``ed with ``method = "firstSEmax"`` (its call,
``B=20 simulated reference sets, k = 1..6; spaceH0="scaledPCA"``, ``--> Number of clusters
(method 'firstSEmax', SE.factor=1): 2`` and a ``logW E.logW gap SE.sim`` table, one row per
``k``, labelled ``[1,]`` .. ``[6,]``), then ``pam`` with 4 clusters ``print``ed (a ``Medoids:``
table of the medoid states, ``ID`` and four standardised coordinates, the clustering vector by
state, and ``Objective function:`` ``build swap``).

Truth: cluster's own objects, written to JSON by the same R process: the ``clusGap`` object's
``Tab`` (``logW``, ``E.logW``, ``gap``, ``SE.sim``) stepped by ``k`` (the row: the table's
``[k,]`` label), and the ``pam`` object's ``objective`` (``build``, ``swap``). Optional: the
chosen number of clusters (``maxSE``), the medoid rows (``<state>/<column>``, their ``ID`` and
standardised coordinates: data, not results). Judgement: ``B`` and ``K.max`` printed in the
header are the call's (prose); the clustering vector is data (neither map).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

SCRIPT = r"""
suppressMessages(library(cluster))
suppressMessages(library(jsonlite))
x <- scale(USArrests)
set.seed(3)
g <- clusGap(x, FUNcluster = pam, K.max = 6, B = 20)
print(g, method = "firstSEmax")
k <- maxSE(g$Tab[, "gap"], g$Tab[, "SE.sim"], method = "firstSEmax")
p <- pam(x, 4)
print(p)
tab <- g$Tab
out <- list(gap = lapply(colnames(tab), function(c) list(name = c, values = tab[, c])),
            k = k, objective = as.list(p$objective),
            medoids = lapply(seq_len(nrow(p$medoids)), function(i)
              c(list(name = rownames(p$medoids)[i], ID = p$id.med[i]),
                as.list(p$medoids[i, ]))),
            version = as.character(packageVersion("cluster")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("CLUSTER_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="cluster-"))
    (work / "cluster.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "cluster.R")], check=True,
                   env={**os.environ, "CLUSTER_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    truth.allow(**{"Number of clusters": out["k"]})
    columns = {c["name"]: c["values"] for c in out["gap"]}
    for i in range(len(columns["gap"])):
        truth.add(at=i + 1, **{name: values[i] for name, values in columns.items()})
    for m in out["medoids"]:
        state = m.pop("name")
        truth.allow(**{f"{state}/{col}": value for col, value in m.items()})
    truth.add(**out["objective"])
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"cluster {out['version']} under {r_version}: clusGap's Tab stepped by k, "
                "pam's objective (build, swap); the chosen k and the medoid rows optional; "
                "written to JSON by the same R process", libraries=(), params=None,
                rel=1e-6, abs_tol=5e-7)  # seven significant digits


if __name__ == "__main__":
    main(__file__, {"r-cluster": run}, root=HELDOUT16)
