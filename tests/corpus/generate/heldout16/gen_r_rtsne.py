"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

t-SNE embeddings in R with Rtsne (the Barnes-Hut implementation), ``verbose = TRUE``: the
de-duplicated ``iris`` measurements embedded twice, Barnes-Hut (``perplexity = 20``,
``theta = 0.5``, 500 iterations) and exact (``perplexity = 10``, ``theta = 0``, 400
iterations). The C++ code prints ``Performing PCA``, ``Read the 149 x 4 data matrix
successfully!``, ``Using no_dims = 2, perplexity = 20.000000, and theta = 0.500000``, the
similarity step (``Done in 0.00 seconds (sparsity = 0.475474)!``), then every 50 iterations
``Iteration 50: error is 49.925411 (50 iterations in 0.01 seconds)`` and ``Fitting performed in
0.05 seconds.``

Truth: the fitted objects' ``itercosts`` (the KL divergence the C++ code computed at each
reporting iteration, the value it printed), written to JSON by the same R process: ``error``
stepped by the iteration (50, 100, ...). Params: ``no_dims``, ``perplexity``, ``theta`` of the
``Using`` line, from the call. Judgement: the two runs restart their iterations at 50 (two
series of one name); the sparsity of the similarity matrix is printed and kept by no returned
object (printed, no truth); the timings and the matrix size are prose.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

SCRIPT = r"""
suppressMessages(library(Rtsne))
suppressMessages(library(jsonlite))
set.seed(1)
x <- unique(as.matrix(iris[, 1:4]))
runs <- list(list(perplexity = 20, theta = 0.5, max_iter = 500),
             list(perplexity = 10, theta = 0, max_iter = 400))
out <- list(runs = list(), version = as.character(packageVersion("Rtsne")))
for (a in runs) {
  r <- Rtsne(x, dims = 2, perplexity = a$perplexity, theta = a$theta, max_iter = a$max_iter,
             verbose = TRUE)
  out$runs[[length(out$runs) + 1]] <- list(itercosts = r$itercosts, perplexity = a$perplexity,
                                           theta = a$theta, dims = 2)
}
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("RTSNE_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="rtsne-"))
    (work / "tsne.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "tsne.R")], check=True,
                   env={**os.environ, "RTSNE_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for r in out["runs"]:
        costs = r["itercosts"] if isinstance(r["itercosts"], list) else [r["itercosts"]]
        for i, cost in enumerate(costs):
            truth.add(at=50 * (i + 1), error=cost)
    last = out["runs"][0]
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"Rtsne {out['version']} under {r_version}: each run's itercosts (the KL "
                "divergence printed every 50 iterations), named error, stepped by the "
                "iteration; written to JSON by the same R process",
                libraries=(), params={"no_dims": last["dims"], "perplexity": last["perplexity"],
                                      "theta": last["theta"]},
                rel=1e-5, abs_tol=5e-7)  # six decimals


if __name__ == "__main__":
    main(__file__, {"r-rtsne": run}, root=HELDOUT16)
