"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Linear discriminant analysis in R with MASS (R's recommended package, ``lda``): two fits,
``Species ~ .`` on ``iris`` and a two-class ``am ~ mpg + wt + hp`` on ``mtcars``, each printed:
the call, ``Prior probabilities of groups:`` (a row of names over a row of values), ``Group
means:`` (groups by variables), ``Coefficients of linear discriminants:`` (variables by ``LD1``,
``LD2``, ...) and, with more than one discriminant, ``Proportion of trace:`` (a row of names
over a row of values). Deterministic.

Truth: the ``lda`` objects, written to JSON by the same R process: ``prior`` as
``Prior probabilities of groups/<group>``, ``means`` as ``<group>/<variable>``, ``scaling`` as
``<variable>/<LDk>``, and the proportion of trace computed as ``print.lda`` computes it
(``svd^2 / sum(svd^2)``) as ``Proportion of trace/<LDk>``. Judgement: the two fits share no
names; a group of the second fit is named by its printed level (``0``, ``1``); rows are named
before columns, as printed. No step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

SCRIPT = r"""
suppressMessages(library(MASS))
suppressMessages(library(jsonlite))
keep <- function(fit) {
  list(prior = as.list(fit$prior),
       means = lapply(seq_len(nrow(fit$means)), function(i) setNames(as.list(fit$means[i, ]), colnames(fit$means))),
       groups = rownames(fit$means),
       scaling = lapply(seq_len(nrow(fit$scaling)), function(i) setNames(as.list(fit$scaling[i, ]), colnames(fit$scaling))),
       variables = rownames(fit$scaling),
       trace = as.list(setNames(fit$svd^2 / sum(fit$svd^2), colnames(fit$scaling))))
}
a <- lda(Species ~ ., data = iris)
print(a)
b <- lda(am ~ mpg + wt + hp, data = mtcars)
print(b)
out <- list(fits = list(keep(a), keep(b)), version = as.character(packageVersion("MASS")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("LDA_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="mass-lda-"))
    (work / "lda.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "lda.R")], check=True,
                   env={**os.environ, "LDA_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for fit in out["fits"]:
        truth.add(**{f"Prior probabilities of groups/{g}": v for g, v in fit["prior"].items()})
        for group, row in zip(fit["groups"], fit["means"]):
            truth.add(**{f"{group}/{var}": v for var, v in row.items()})
        for var, row in zip(fit["variables"], fit["scaling"]):
            truth.add(**{f"{var}/{ld}": v for ld, v in row.items()})
        if len(fit["trace"]) > 1:
            truth.add(**{f"Proportion of trace/{ld}": v for ld, v in fit["trace"].items()})
    truth.write(f"MASS {out['version']}: the lda objects' prior, means, scaling, and the "
                "proportion of trace as print.lda computes it, written to JSON by the same R "
                "process", libraries=(), params=None,
                rel=5e-4, abs_tol=5e-5)  # seven significant digits, the trace four decimals


if __name__ == "__main__":
    main(__file__, {"r-mass-lda": run}, root=HELDOUT18)
