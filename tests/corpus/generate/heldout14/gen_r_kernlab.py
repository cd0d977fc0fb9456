"""HELD-OUT fixture (fourteenth half, see generate/heldout14/README.md): do not read while tuning
the parser.

Kernel support-vector machines in R with kernlab (``ksvm``), as a small tuning script runs them:
a C-classification of 600 rows of ``spam`` with a Gaussian kernel at three costs (``C`` = 0.1,
1, 10), each with 5-fold cross-validation, then an eps-regression of ``mtcars`` with 4-fold
cross-validation; each fitted model is ``print``ed (its type and cost, the kernel's ``sigma``
chosen by ``sigest``, the number of support vectors, the objective function value, the training
error and the cross-validation error).

Truth: the fitted ``ksvm`` objects' own slots, read with kernlab's accessors in the same R
process and written to JSON: ``obj()`` (``Objective Function Value``), ``error()``
(``Training error``), ``cross()`` (``Cross validation error``); optional ``nSV()``
(``Number of Support Vectors``, a count) and ``kpar()$sigma`` (``sigma``, the kernel width
kernlab estimated from the data: a fitted setting, neither config nor result). Judgement: the
four models are candidates, not a series: their points are unstepped, listed in print order,
sharing their names. The costs and epsilon are the script's settings (params).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT14, Truth, main

SETTINGS = {"seed": 14, "rows": 600, "cost C": "0.1, 1, 10 (classification), 4 (regression)",
            "epsilon": 0.1, "cross": "5 (classification), 4 (regression)"}

SCRIPT = r"""
suppressMessages(library(kernlab))
suppressMessages(library(jsonlite))
set.seed(14)
data(spam)
idx <- sample(nrow(spam), 600)
out <- list()
record <- function(m) {
  out[[length(out) + 1]] <<- list(obj = obj(m), error = error(m), cross = cross(m),
                                   nSV = nSV(m), sigma = kpar(kernelf(m))$sigma)
}
for (C in c(0.1, 1, 10)) {
  m <- ksvm(type ~ ., data = spam[idx, ], kernel = "rbfdot", C = C, cross = 5)
  print(m)
  record(m)
}
r <- ksvm(mpg ~ ., data = mtcars, type = "eps-svr", C = 4, cross = 4)
print(r)
record(r)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("KSVM_RECORD"))
cat("kernlab", as.character(packageVersion("kernlab")), "\n", file = Sys.getenv("KSVM_VERSION"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="kernlab-"))
    (work / "fit.R").write_text(SCRIPT)
    record, version = work / "record.json", work / "version.txt"
    print("settings: " + ", ".join(f"{k}={v}" for k, v in SETTINGS.items()), flush=True)
    subprocess.run(["Rscript", str(work / "fit.R")], check=True,
                   env={**os.environ, "KSVM_RECORD": str(record), "KSVM_VERSION": str(version)})
    truth = Truth()
    for m in json.loads(record.read_text()):
        truth.add(**{"Objective Function Value": m["obj"], "Training error": m["error"],
                     "Cross validation error": m["cross"]})
        truth.allow(**{"Number of Support Vectors": m["nSV"], "sigma": m["sigma"]})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"{version.read_text().strip()} under {r_version}: obj(), error(), cross() of "
                "each fitted ksvm as printed (unstepped, print order); nSV() and the kernel's "
                "sigma optional; written to JSON by the same R process",
                libraries=(), params=SETTINGS, rel=1e-4, abs_tol=1e-6)  # 6 significant digits


if __name__ == "__main__":
    main(__file__, {"r-kernlab": run}, root=HELDOUT14)
