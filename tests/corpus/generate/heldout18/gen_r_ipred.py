"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Bagging and resampled error estimates in R with ipred (Debian's ``r-cran-ipred``), seeded:
bagged classification trees on ``iris`` and bagged regression trees on ``mtcars`` with
out-of-bag estimates (``bagging(..., coob = TRUE)``, printed ``Out-of-bag estimate of
misclassification error:  0.06`` / ``... of root mean squared error:  3.2579``), then three
``errorest`` runs of MASS's ``lda`` on ``iris`` (ten-fold cross-validation, the bootstrap with
25 replications, and the .632+ bootstrap), each printed with its call, a tab-indented title and
``Misclassification error:  0.0271`` (the bootstrap also ``Standard deviation: 0.006``).

Truth: the objects, written to JSON by the same R process: the bagging objects' ``err`` and the
``errorest`` objects' ``error`` and ``sd``. Names as printed: ``Out-of-bag estimate of
misclassification error``, ``Out-of-bag estimate of root mean squared error``,
``Misclassification error`` (three values, one per estimator), ``Standard deviation``.
Judgement: the replication counts and fold counts in the titles are params. No step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

SCRIPT = r"""
suppressMessages(library(ipred))
suppressMessages(library(MASS))
suppressMessages(library(jsonlite))
set.seed(3)
bag_class <- bagging(Species ~ ., data = iris, nbagg = 25, coob = TRUE)
print(bag_class)
bag_reg <- bagging(mpg ~ ., data = mtcars, nbagg = 25, coob = TRUE)
print(bag_reg)
classes <- function(object, newdata) predict(object, newdata)$class
cv <- errorest(Species ~ ., data = iris, model = lda, predict = classes)
print(cv)
boot <- errorest(Species ~ ., data = iris, model = lda, predict = classes, estimator = "boot",
                 est.para = control.errorest(nboot = 25))
print(boot)
plus <- errorest(Species ~ ., data = iris, model = lda, predict = classes,
                 estimator = "632plus", est.para = control.errorest(nboot = 25))
print(plus)
out <- list(bag_class = bag_class$err, bag_reg = bag_reg$err,
            errors = c(cv$error, boot$error, plus$error), boot_sd = boot$sd,
            version = as.character(packageVersion("ipred")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("IPRED_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="ipred-"))
    (work / "ipred.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "ipred.R")], check=True,
                   env={**os.environ, "IPRED_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    truth.add(**{"Out-of-bag estimate of misclassification error": out["bag_class"]})
    truth.add(**{"Out-of-bag estimate of root mean squared error": out["bag_reg"]})
    for error in out["errors"]:
        truth.add(**{"Misclassification error": error})
    truth.add(**{"Standard deviation": out["boot_sd"]})
    truth.write(f"ipred {out['version']}: the bagging objects' err and the errorest objects' "
                "error and sd, written to JSON by the same R process", libraries=(),
                params={"nbagg": 25, "nboot": 25, "k": 10},
                rel=5e-4, abs_tol=5e-4)  # four significant digits, the sd three decimals


if __name__ == "__main__":
    main(__file__, {"r-ipred": run}, root=HELDOUT18)
