"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Community ecology in R with vegan, on its ``dune`` meadow data: a PERMANOVA (``adonis2`` of
the species table on ``Management + A1``, 199 permutations, Bray-Curtis), ``print``ed as its
ANOVA-like table (``Df SumOfSqs R2 F Pr(>F)`` with rows ``Management``, ``A1``, ``Residual``,
``Total``), then a redundancy analysis (``rda(dune ~ Management)``) ``print``ed (an ``Inertia
Proportion Rank`` table of ``Total``, ``Constrained``, ``Unconstrained`` and the eigenvalues of
the constrained ``RDA1..3`` and unconstrained ``PC1..16`` axes) and its permutation test by
terms (``anova(..., by = "terms")``, 199 permutations: ``Df Variance F Pr(>F)``).

Truth: vegan's own objects, written to JSON by the same R process: the ``adonis2`` and
``anova.cca`` frames as ``<row>/<column>`` (``Management/R2``), the ``rda``'s ``tot.chi``,
``CCA$tot.chi``, ``CA$tot.chi`` and their proportions (``Constrained/Inertia``,
``Constrained/Proportion``), the eigenvalue vectors ``CCA$eig`` and ``CA$eig`` named by axis
(``RDA1``, ``PC3``). Optional: the ``Df`` columns, the ``Rank`` column and the permutation
p-values ``Pr(>F)``. Judgement: the tables' rows are different terms, unstepped; ``NA`` cells
state no number; the two ``Residual`` rows (adonis2's and anova's) share names; the number of
permutations in the header is prose.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

SCRIPT = r"""
suppressMessages(library(vegan))
suppressMessages(library(jsonlite))
data(dune); data(dune.env)
frame <- function(t) list(rows = rownames(t), cols = colnames(t),
                          values = lapply(seq_len(ncol(t)), function(j) as.numeric(t[[j]])))
set.seed(1)
a <- adonis2(dune ~ Management + A1, data = dune.env, permutations = 199)
print(a)
r <- rda(dune ~ Management, data = dune.env)
print(r)
set.seed(2)
t <- anova(r, by = "terms", permutations = 199)
print(t)
out <- list(adonis = frame(a), anova = frame(t),
            inertia = list(Total = r$tot.chi, Constrained = r$CCA$tot.chi,
                           Unconstrained = r$CA$tot.chi),
            rank = list(Constrained = r$CCA$rank, Unconstrained = r$CA$rank),
            eig = as.list(c(r$CCA$eig, r$CA$eig)),
            version = as.character(packageVersion("vegan")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("VEGAN_RECORD"))
"""

OPTIONAL = ("Df", "Pr(>F)")


def add_frame(truth: Truth, frame: dict) -> None:
    for col, values in zip(frame["cols"], frame["values"]):
        for row, value in zip(frame["rows"], values):
            if value in (None, "NA"):  # NA
                continue
            if col in OPTIONAL:
                truth.allow(**{f"{row}/{col}": value})
            else:
                truth.add(**{f"{row}/{col}": value})


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="vegan-"))
    (work / "vegan.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "vegan.R")], check=True,
                   env={**os.environ, "VEGAN_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    add_frame(truth, out["adonis"])
    total = out["inertia"]["Total"]
    for row, value in out["inertia"].items():
        truth.add(**{f"{row}/Inertia": value, f"{row}/Proportion": value / total})
    for row, value in out["rank"].items():
        truth.allow(**{f"{row}/Rank": value})
    for axis, value in out["eig"].items():
        truth.add(**{axis: value})
    add_frame(truth, out["anova"])
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"vegan {out['version']} under {r_version}: the adonis2 and anova.cca frames "
                "as <row>/<column>, the rda's inertias and proportions, its eigenvalues by "
                "axis; Df, Rank and Pr(>F) optional; written to JSON by the same R process; "
                "unstepped", libraries=(), params=None, rel=5e-4, abs_tol=5e-4)  # 3-5 digits


if __name__ == "__main__":
    main(__file__, {"r-vegan": run}, root=HELDOUT16)
