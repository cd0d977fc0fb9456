"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Count regression in R with pscl, on its ``bioChemists`` data (articles by PhD biochemists):
a negative-binomial hurdle model (``hurdle(art ~ fem + kid5 + ment, dist = "negbin")``)
``summary``ed: ``Pearson residuals:`` quantiles, ``Count model coefficients (truncated negbin
with log link):`` and ``Zero hurdle model coefficients (binomial with logit link):`` tables
``Estimate Std. Error z value Pr(>|z|)``, ``Theta: count = 1.8124``, ``Number of iterations
in BFGS optimization: 13``, ``Log-likelihood: -1555 on 9 Df``. (A zero-inflated Poisson fit was
left out to keep this tool's share of the half's points near the others'.)

Truth: the ``summary.hurdle`` object and the fit, written to JSON by the same R process: their coefficient matrices (``count`` and ``zero``) as ``<row>/<column>``
(``ment/Estimate``: the count and zero tables share row names), the quantiles of the Pearson
residuals (``Min``, ``1Q``, ``Median``, ``3Q``, ``Max``, as ``summary`` prints them), the
``loglik`` (``Log-likelihood``, printed to four significant digits), ``theta``
(``Theta: count``). Optional: the
p-values, the optimiser's iteration count and the model's degrees of freedom (``Df``).
Judgement: the count model's ``Log(theta)`` row is part of its table (a coefficient); the two
tables share row names and are unstepped.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

SCRIPT = r"""
suppressMessages(library(pscl))
suppressMessages(library(jsonlite))
data("bioChemists", package = "pscl")
mat <- function(m) list(rows = rownames(m), cols = colnames(m), values = unname(split(m, col(m))))
fits <- list(hurdle(art ~ fem + kid5 + ment, data = bioChemists, dist = "negbin"))
out <- list(fits = list(), version = as.character(packageVersion("pscl")))
for (f in fits) {
  s <- summary(f)
  print(s)
  q <- quantile(residuals(f, type = "pearson")); names(q) <- c("Min", "1Q", "Median", "3Q", "Max")
  out$fits[[length(out$fits) + 1]] <- list(
    count = mat(s$coefficients$count), zero = mat(s$coefficients$zero), resid = as.list(q),
    loglik = as.numeric(f$loglik), df = f$n - f$df.residual, iter = s$iterations,
    theta = if (is.null(f$theta)) NULL else unname(f$theta["count"]))
}
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("PSCL_RECORD"))
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

    work = Path(tempfile.mkdtemp(prefix="pscl-"))
    (work / "counts.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "counts.R")], check=True,
                   env={**os.environ, "PSCL_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for f in out["fits"]:
        truth.add(**f["resid"])
        add_matrix(truth, f["count"])
        add_matrix(truth, f["zero"])
        if isinstance(f.get("theta"), (int, float)):  # NULL (no theta) comes as {}
            truth.add(**{"Theta: count": f["theta"]})
        truth.allow(**{"Number of iterations in BFGS optimization": f["iter"], "Df": f["df"]})
        truth.add(**{"Log-likelihood": f["loglik"]})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"pscl {out['version']} under {r_version}: summary.hurdle's "
                "coefficient matrices (count, zero) as <row>/<column>, Pearson residual "
                "quantiles, loglik, theta; p-values, iterations and Df optional; written to "
                "JSON by the same R process; unstepped",
                libraries=(), params=None, rel=5e-4, abs_tol=5e-5)  # 4-5 significant digits


if __name__ == "__main__":
    main(__file__, {"r-pscl": run}, root=HELDOUT16)
