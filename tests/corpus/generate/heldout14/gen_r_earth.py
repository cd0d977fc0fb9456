"""HELD-OUT fixture (fourteenth half, see generate/heldout14/README.md): do not read while tuning
the parser.

Multivariate adaptive regression splines in R with earth (``earth()``): a degree-2 model of
``Volume`` on the ``trees`` data, shown with ``summary()`` (its call, the coefficient of each
selected hinge term, the selection and termination lines, then ``GCV ... RSS ... GRSq ... RSq
...``), and a degree-2 model of ``O3`` on earth's ``ozone1`` data with 5-fold cross-validation
repeated twice, shown with ``print()`` (the same summary line ending in ``CVRSq``).

Truth: the fitted ``earth`` objects' own fields, written to JSON by the same R process:
``gcv``, ``rss``, ``grsq``, ``rsq`` (``GCV``, ``RSS``, ``GRSq``, ``RSq``), the ``mean`` row and column of
``cv.rsq.tab`` (``CVRSq``, second model: the mean over the ten folds' R²), and ``coef()`` of the first model as ``<term>/coefficients`` (the
table's row is the printed term, its one column ``coefficients``). Judgement: the two models
are different fits, their summary lines unstepped and sharing names; the counts of terms and
predictors (``Selected 4 of 7 terms``), the degree counts and the importance order are prose
(neither map). Settings are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT14, Truth, main

SETTINGS = {"seed": 14, "degree": 2, "nfold": 5, "ncross": 2}

SCRIPT = r"""
suppressMessages(library(earth))
suppressMessages(library(jsonlite))
set.seed(14)
e1 <- earth(Volume ~ ., data = trees, degree = 2)
print(summary(e1))
cat("\n")
e2 <- earth(O3 ~ ., data = ozone1, degree = 2, nfold = 5, ncross = 2)
print(e2)
fields <- function(e) list(gcv = e$gcv, rss = e$rss, grsq = e$grsq, rsq = e$rsq,
                           cv_rsq = if (is.null(e$cv.rsq.tab)) NA else e$cv.rsq.tab["mean", "mean"])
co <- coef(e1)
out <- list(models = list(fields(e1), fields(e2)),
            coef = lapply(seq_along(co), function(i) list(term = names(co)[i], value = co[[i]])),
            version = as.character(packageVersion("earth")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("EARTH_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="earth-"))
    (work / "fit.R").write_text(SCRIPT)
    record = work / "record.json"
    print("settings: " + ", ".join(f"{k}={v}" for k, v in SETTINGS.items()), flush=True)
    subprocess.run(["Rscript", str(work / "fit.R")], check=True,
                   env={**os.environ, "EARTH_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    first, second = out["models"]
    truth.add(**{f"{c['term']}/coefficients": c["value"] for c in out["coef"]})
    for m in (first, second):
        values = {"GCV": m["gcv"], "RSS": m["rss"], "GRSq": m["grsq"], "RSq": m["rsq"]}
        if m.get("cv_rsq") is not None:  # NA (null) but in the cross-validated model
            values["CVRSq"] = m["cv_rsq"]
        truth.add(**values)
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"earth {out['version']} under {r_version}: the fitted earth objects' gcv, rss, "
                "grsq, rsq, cv.rsq and coef() of the first (as <term>/coefficients), written to "
                "JSON by the same R process; unstepped",
                libraries=(), params=SETTINGS, rel=1e-6, abs_tol=1e-6)  # 7 significant digits


if __name__ == "__main__":
    main(__file__, {"r-earth": run}, root=HELDOUT14)
