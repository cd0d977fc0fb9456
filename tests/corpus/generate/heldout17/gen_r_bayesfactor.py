"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Bayes factors in R with BayesFactor (Debian's ``r-cran-bayesfactor``), seeded: a two-sample
``ttestBF`` of simulated groups, an ``anovaBF`` of ``ToothGrowth`` (supplement by dose, four
models, its Monte Carlo integration seeded), a ``regressionBF`` of ``mtcars``' ``mpg`` on three
predictors (all seven models) and a ``correlationBF``. Each prints a ``Bayes factor analysis``
block: numbered model lines ``[3] supp + dose             : 2.809549e+14 ±1.12%`` (the model,
its Bayes factor against the denominator, the proportional error of the estimate), then
``Against denominator:`` with the denominator model, then ``Bayes factor type:
BFlinearModel, JZS``.

Truth: ``extractBF`` of each returned ``BFBayesFactor`` object (written to JSON by the same R
process): ``bf`` under the model's name as the object names it and prints it (``supp +
dose``, ``wt + hp``, ``Alt., r=0.707``), unstepped. Optional: the error as
``<model>_std`` in percent (as printed, rounded to two decimals: the spread beside a value).
Judgement: a model line's number (``[3]``) is its position in the list, not a step; the
``r=0.707`` in a model's name is the prior's scale, part of the name; the denominator and the
type are words.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

SCRIPT = r"""
suppressMessages(library(BayesFactor))
suppressMessages(library(jsonlite))
set.seed(2)
a <- rnorm(30, 0.3)
b <- rnorm(30)
tg <- ToothGrowth
tg$dose <- factor(tg$dose)
results <- list(ttestBF(a, b),
                anovaBF(len ~ supp * dose, data = tg, progress = FALSE),
                regressionBF(mpg ~ wt + hp + qsec, data = mtcars, progress = FALSE),
                correlationBF(mtcars$mpg, mtcars$wt))
rows <- list()
for (r in results) {
  print(r)
  e <- extractBF(r)
  for (i in seq_len(nrow(e))) rows[[length(rows) + 1]] <- list(model = rownames(e)[i],
                                                              bf = e$bf[i], error = e$error[i])
}
out <- list(rows = rows, version = as.character(packageVersion("BayesFactor")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("BF_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="bayesfactor-"))
    (work / "bf.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "bf.R")], check=True,
                   env={**os.environ, "BF_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for row in out["rows"]:
        truth.add(**{row["model"]: row["bf"]})
        truth.allow(**{f"{row['model']}_std": 100 * row["error"]})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"BayesFactor {out['version']} under {r_version}: extractBF's bf under the "
                "model's name; the proportional error optional (percent); written to JSON by "
                "the same R process", libraries=(), params=None,
                rel=1e-6, abs_tol=5e-3)  # seven significant digits; errors to 0.01%


if __name__ == "__main__":
    main(__file__, {"r-bayesfactor": run}, root=HELDOUT17)
