"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Non-linear least squares in R with ``nls`` (the stats package): a Michaelis-Menten fit of
``Puromycin`` (treated) by the Gauss-Newton algorithm and a self-starting logistic growth
curve of the ``DNase`` assay's first run (``SSlogis``), each ``summary``ed (the formula, a
``Estimate Std. Error t value Pr(>|t|)`` table, ``Residual standard error: 10.93 on 10 degrees
of freedom``, ``Number of iterations to convergence: 6``, ``Achieved convergence tolerance:
6.093e-06``), followed by ``confint.default`` of each (a ``2.5 % 97.5 %`` table, Wald
intervals).

Truth: the ``summary.nls`` objects' ``coefficients`` as ``<row>/<column>`` (``Vm/Estimate``),
their ``sigma`` (``Residual standard error``) and the ``confint.default`` matrices
(``Vm/2.5 %``, ``Vm/97.5 %``), written to JSON by the same R process. Optional: the p-values,
the residual degrees of freedom, ``convInfo``'s ``finIter`` (``Number of iterations to
convergence``) and ``finTol`` (``Achieved convergence tolerance``). Judgement: the two models are unstepped.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

SCRIPT = r"""
suppressMessages(library(jsonlite))
mat <- function(m) list(rows = rownames(m), cols = colnames(m),
                        values = unname(split(m, col(m))))
pur <- subset(Puromycin, state == "treated")
fits <- list(nls(rate ~ Vm * conc / (K + conc), data = pur, start = list(Vm = 200, K = 0.1)),
             nls(density ~ SSlogis(log(conc), Asym, xmid, scal), data = subset(DNase, Run == 1)))
out <- list(fits = list())
for (f in fits) {
  s <- summary(f)
  print(s)
  ci <- confint.default(f)
  print(ci)
  out$fits[[length(out$fits) + 1]] <- list(coef = mat(s$coefficients), sigma = s$sigma,
    df = s$df[2], iter = f$convInfo$finIter, tol = f$convInfo$finTol, ci = mat(ci))
}
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("NLS_RECORD"))
"""


def add_matrix(truth: Truth, m: dict) -> None:
    for col, values in zip(m["cols"], m["values"]):
        for row, value in zip(m["rows"], values):
            if col.startswith("Pr("):
                truth.allow(**{f"{row}/{col}": value})
            else:
                truth.add(**{f"{row}/{col}": value})


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="nls-"))
    (work / "nls.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "nls.R")], check=True,
                   env={**os.environ, "NLS_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for f in out["fits"]:
        add_matrix(truth, f["coef"])
        truth.add(**{"Residual standard error": f["sigma"]})
        truth.allow(**{"degrees of freedom": f["df"],
                       "Number of iterations to convergence": f["iter"],
                       "Achieved convergence tolerance": f["tol"]})
        add_matrix(truth, f["ci"])
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"nls under {r_version}: summary.nls coefficients as <row>/<column>, sigma, "
                "confint.default; p-values, df, iterations and tolerance optional; written to "
                "JSON by the same R process; unstepped", libraries=(), params=None,
                rel=5e-4, abs_tol=5e-5)  # four significant digits


if __name__ == "__main__":
    main(__file__, {"r-nls": run}, root=HELDOUT16)
