"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Quantile regression in R with quantreg, on its ``engel`` data (household food expenditure on
income): ``rq(foodexp ~ income, tau = c(0.25, 0.5, 0.75))`` summarised with ``se = "nid"``
(one block per quantile: the call, ``tau: [1] 0.25`` and a ``Value Std. Error t value
Pr(>|t|)`` table of ``(Intercept)`` and ``income``), then an ``anova`` of the three slopes
(``Quantile Regression Analysis of Deviance Table``: ``Df Resid Df F value Pr(>F)``) and
``rq`` fits with ``method = "fn"`` at ``tau = 0.1`` and ``0.9`` ``print``ed (``Coefficients:``
and ``Degrees of freedom: 235 total; 233 residual``).

Truth: quantreg's own objects, written to JSON by the same R process: each summary's
``coefficients`` matrix as ``<row>/<column>`` (``income/Value``, ``income/Std. Error``,
``income/t value``), the anova table's ``F value``, the printed fits' ``coef()`` as ``<row>``.
Optional: ``Pr(>|t|)`` and the anova's ``Pr(>F)`` (p-values), its ``Df`` and ``Resid Df``, the
``tau`` of each block and the degrees of freedom. Judgement: the quantiles are different
models, not a series: unstepped, sharing names, in print order.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

SCRIPT = r"""
suppressMessages(library(quantreg))
suppressMessages(library(jsonlite))
data(engel)
fit <- rq(foodexp ~ income, tau = c(0.25, 0.5, 0.75), data = engel)
s <- summary(fit, se = "nid")
print(s)
blocks <- lapply(s, function(b) list(tau = b$tau, rows = rownames(b$coefficients),
                                     cols = colnames(b$coefficients),
                                     values = unname(split(b$coefficients,
                                                           col(b$coefficients)))))
fits <- lapply(c(0.25, 0.5, 0.75), function(t) rq(foodexp ~ income, tau = t, data = engel))
a <- anova(fits[[1]], fits[[2]], fits[[3]])
print(a)
tab <- a$table
printed <- list()
for (t in c(0.1, 0.9)) {
  f <- rq(foodexp ~ income, tau = t, data = engel, method = "fn")
  print(f)
  printed[[length(printed) + 1]] <- list(tau = t, coef = as.list(coef(f)),
                                         n = nrow(engel), rdf = nrow(engel) - length(coef(f)))
}
out <- list(blocks = blocks, anova = list(F = tab$Tn, df = tab$ndf, rdf = tab$ddf,
                                          p = tab$pvalue),
            printed = printed, version = as.character(packageVersion("quantreg")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("QUANTREG_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="quantreg-"))
    (work / "rq.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "rq.R")], check=True,
                   env={**os.environ, "QUANTREG_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for b in out["blocks"]:
        truth.allow(tau=b["tau"])
        for col, values in zip(b["cols"], b["values"]):
            for row, value in zip(b["rows"], values):
                if col.startswith("Pr("):
                    truth.allow(**{f"{row}/{col}": value})
                else:
                    truth.add(**{f"{row}/{col}": value})
    a = out["anova"]
    truth.add(**{"F value": a["F"]})
    truth.allow(**{"Df": a["df"], "Resid Df": a["rdf"], "Pr(>F)": a["p"]})
    for f in out["printed"]:
        truth.allow(total=f["n"], residual=f["rdf"])
        for row, value in f["coef"].items():
            truth.add(**{row: value})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"quantreg {out['version']} under {r_version}: summary.rqs coefficient "
                "matrices as <row>/<column>, anova.rq's F value, printed fits' coef(); "
                "p-values, degrees of freedom and tau optional; written to JSON by the same "
                "R process; unstepped", libraries=(), params=None, rel=5e-4, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"r-quantreg": run}, root=HELDOUT16)
