"""HELD-OUT fixture (fourteenth half, see generate/heldout14/README.md): do not read while tuning
the parser.

Gaussian mixture model selection in R with mclust (``Mclust``), as a clustering script runs it:
the ``faithful`` data with 1 to 6 components and the four ``iris`` measurements with 1 to 5,
every covariance model mclust knows. For each fit the script prints ``summary(fit$BIC)`` (the
three best BIC values, columns ``<model>,<G>``, rows ``BIC`` and ``BIC diff``) and
``summary(fit)`` (the chosen model, then ``log-likelihood n df BIC ICL`` over one row of
values, and the clustering table of cluster sizes).

Truth: mclust's own objects, written to JSON by the same R process: ``pickBIC(fit$BIC, 3)``
(the three best BIC values, what ``summary.mclustBIC`` prints) as ``BIC/<model>,<G>`` and,
minus the best, ``BIC diff/<model>,<G>``; the fitted model's ``loglik``, ``bic``, ``icl``
(``log-likelihood``, ``BIC``, ``ICL``); optional ``n``, ``df`` (counts) and the cluster sizes
(``table(fit$classification)``, named by their cluster number). Judgement: each cell of the
best-BIC table is named by its row, then its column (``BIC/EEE,3``: ENTITY_NAMES, as pycm's
statistic rows over class columns are, ``ACC/bird``); the two data
sets' fits share their names, unstepped, in print order. The ranges of components are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT14, Truth, main

SETTINGS = {"faithful G": "1:6", "iris G": "1:5"}

SCRIPT = r"""
suppressMessages(library(mclust))
suppressMessages(library(jsonlite))
out <- list()
for (d in list(list(x = faithful, G = 1:6), list(x = iris[, 1:4], G = 1:5))) {
  fit <- Mclust(d$x, G = d$G, verbose = FALSE)
  print(summary(fit$BIC))
  print(summary(fit, parameters = FALSE))
  cat("\n")
  best <- pickBIC(fit$BIC, 3)
  sizes <- table(fit$classification)
  out[[length(out) + 1]] <- list(
    best = lapply(seq_along(best), function(i) list(model = names(best)[i], bic = best[[i]],
                                                    diff = best[[i]] - best[[1]])),
    loglik = fit$loglik, n = fit$n, df = fit$df, bic = fit$bic, icl = fit$icl,
    sizes = lapply(seq_along(sizes), function(i) list(cluster = names(sizes)[i],
                                                      n = as.numeric(sizes[[i]]))))
}
writeLines(toJSON(list(fits = out, version = as.character(packageVersion("mclust"))),
                  auto_unbox = TRUE, digits = NA), Sys.getenv("MCLUST_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="mclust-"))
    (work / "fit.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "fit.R")], check=True,
                   env={**os.environ, "MCLUST_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for fit in out["fits"]:
        for b in fit["best"]:
            truth.add(**{f"BIC/{b['model']}": b["bic"]})
        for b in fit["best"]:
            truth.add(**{f"BIC diff/{b['model']}": b["diff"]})
        truth.add(**{"log-likelihood": fit["loglik"], "BIC": fit["bic"], "ICL": fit["icl"]})
        truth.allow(n=fit["n"], df=fit["df"])
        truth.allow(**{s["cluster"]: s["n"] for s in fit["sizes"]})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"mclust {out['version']} under {r_version}: pickBIC(fit$BIC, 3) as "
                "BIC/<model>,<G> and BIC diff/<model>,<G>, the fit's loglik, bic, icl; n, df and the "
                "cluster sizes optional; written to JSON by the same R process; unstepped",
                libraries=(), params=SETTINGS, rel=1e-6, abs_tol=1e-6)  # 7 significant digits


if __name__ == "__main__":
    main(__file__, {"r-mclust": run}, root=HELDOUT14)
