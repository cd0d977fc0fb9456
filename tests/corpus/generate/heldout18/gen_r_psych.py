"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Inter-rater reliability and sampling adequacy in R with psych (Debian's ``r-cran-psych``):
seeded ratings of 20 subjects by four raters (a subject effect, a rater bias and noise), then
``print(ICC(r))`` (the Shrout-Fleiss table: rows ``Single_raters_absolute`` ... by ``type``,
``ICC``, ``F``, ``df1``, ``df2``, ``p``, ``lower bound``, ``upper bound``, two significant
digits, then ``Number of subjects = 20     Number of Judges =  4``) and ``print(KMO(r))``
(``Overall MSA =  0.76`` and a row of ``MSA for each item``, by rater).

Truth: the ``ICC`` object's ``results`` frame and the ``KMO`` object's ``MSA`` and ``MSAi``,
written to JSON by the same R process. Names: ``<row>/<column>`` for the ICC table (the row's
name, not its ``type``), ``Overall MSA``, ``MSA for each item/<rater>``. Optional: the
p-values, the degrees of freedom (counts) and the numbers of subjects and judges. No step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

SCRIPT = r"""
suppressMessages(library(psych))
suppressMessages(library(jsonlite))
set.seed(5)
subject <- rnorm(20, 5, 1.2)
r <- sapply(1:4, function(j) subject + rnorm(20, j * 0.2, 0.7))
colnames(r) <- paste0("rater", 1:4)
icc <- ICC(r)
print(icc)
kmo <- KMO(r)
print(kmo)
out <- list(rows = rownames(icc$results), results = as.list(icc$results),
            n_subjects = icc$n.obs, n_judges = icc$n.judge,
            msa = kmo$MSA, msai = as.list(kmo$MSAi),
            version = as.character(packageVersion("psych")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("PSYCH_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="psych-"))
    (work / "psych.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "psych.R")], check=True,
                   env={**os.environ, "PSYCH_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    results = out["results"]
    for k, row in enumerate(out["rows"]):
        truth.add(**{f"{row}/{column}": results[column][k]
                     for column in ("ICC", "F", "lower bound", "upper bound")})
        truth.allow(**{f"{row}/{column}": results[column][k] for column in ("df1", "df2", "p")})
    truth.allow(**{"Number of subjects": out["n_subjects"], "Number of Judges": out["n_judges"]})
    truth.add(**{"Overall MSA": out["msa"]})
    truth.add(**{f"MSA for each item/{rater}": value for rater, value in out["msai"].items()})
    truth.write(f"psych {out['version']}: the ICC object's results frame as <row>/<column> and "
                "the KMO object's MSA and MSAi, written to JSON by the same R process; p-values, "
                "degrees of freedom and counts optional", libraries=(), params=None,
                rel=5e-2, abs_tol=5e-3)  # two significant digits


if __name__ == "__main__":
    main(__file__, {"r-psych": run}, root=HELDOUT18)
