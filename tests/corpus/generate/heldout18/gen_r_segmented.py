"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Broken-line (segmented) regression in R with segmented (Debian's ``r-cran-segmented``): a
seeded series of 60 points that rises then falls, ``segmented(lm(y ~ x), seg.Z = ~x, psi =
25)``, and a second with two breakpoints on a three-piece series (``psi = c(20, 45)``), each
``summary``: a starred title, the call, ``Estimated Break-Point(s):`` (``psi1.x 28.673
0.641`` under ``Est. St.Err``), ``Meaningful coefficients of the linear terms:`` (R's
coefficient table, ``U1.x``'s p-value ``NA``), ``Residual standard error: 0.9858 on 56 degrees
of freedom``, ``Multiple R-Squared: 0.9384,  Adjusted R-squared: 0.9351``, and the fit's
closing lines (``Boot restarting based on 6 samples. Last fit:``, ``Convergence attained in 2
iterations (rel. change 4.1001e-11)``).

Truth: the ``summary.segmented`` objects and the fits, written to JSON by the same R process:
the ``psi`` matrix's ``Est.`` and ``St.Err`` as ``<psi>/Est.``, ``<psi>/St.Err``; the
coefficient table (``Estimate``, ``Std. Error``, ``t value``) as ``<term>/<column>``;
``sigma`` as ``Residual standard error``; ``r.squared`` and ``adj.r.squared`` as ``Multiple
R-Squared`` and ``Adjusted R-squared``. Optional: the p-values, the degrees of freedom, the
iterations and the relative change (``it`` and ``epsilon`` of the fit), the boot samples.
Judgement: the two fits share the names ``(Intercept)``, ``x``, ``U1.x``, ``psi1.x``; the
initial ``psi`` is a param. No step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

SCRIPT = r"""
suppressMessages(library(segmented))
suppressMessages(library(jsonlite))
keep <- function(o) {
  s <- summary(o)
  co <- s$coefficients
  co <- co[!startsWith(rownames(co), "psi"), , drop = FALSE]  # printed apart, as psi
  list(psi = setNames(lapply(seq_len(nrow(o$psi)), function(i) as.list(o$psi[i, ])),
                      rownames(o$psi)),
       coef = setNames(lapply(seq_len(nrow(co)), function(i) as.list(co[i, ])), rownames(co)),
       sigma = s$sigma, r2 = s$r.squared, adj_r2 = s$adj.r.squared, df = s$df[2],
       it = o$it, epsilon = o$epsilon)
}
set.seed(7)
x <- 1:60
y <- ifelse(x < 30, 2 + 0.5 * x, 17 - 0.3 * (x - 30)) + rnorm(60, 0, 1)
a <- segmented(lm(y ~ x), seg.Z = ~x, psi = 25)
summary(a)
set.seed(9)
x <- 1:70
y <- ifelse(x < 25, 1 + 0.4 * x, ifelse(x < 50, 11 - 0.2 * (x - 25), 6 + 0.6 * (x - 50))) +
  rnorm(70, 0, 0.8)
b <- segmented(lm(y ~ x), seg.Z = ~x, psi = c(20, 45))
summary(b)
out <- list(fits = list(keep(a), keep(b)), version = as.character(packageVersion("segmented")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("SEG_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="segmented-"))
    (work / "seg.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "seg.R")], check=True,
                   env={**os.environ, "SEG_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for fit in out["fits"]:
        for name, row in fit["psi"].items():
            truth.add(**{f"{name}/Est.": row["Est."], f"{name}/St.Err": row["St.Err"]})
        for term, row in fit["coef"].items():
            truth.add(**{f"{term}/{col}": row[col]
                         for col in ("Estimate", "Std. Error", "t value")})
            if not term.startswith("U"):  # the printer shows NA for the slope differences
                truth.allow(**{f"{term}/Pr(>|t|)": row["Pr(>|t|)"]})
        truth.add(**{"Residual standard error": fit["sigma"],
                     "Multiple R-Squared": fit["r2"], "Adjusted R-squared": fit["adj_r2"]})
        truth.allow(**{"degrees of freedom": fit["df"], "iterations": fit["it"],
                       "rel. change": fit["epsilon"]})
    truth.write(f"segmented {out['version']}: summary.segmented's psi, coefficients, sigma, "
                "r.squared, adj.r.squared, written to JSON by the same R process; p-values, "
                "df, iterations and relative change optional", libraries=(),
                params={"psi": "25; 20, 45"},
                rel=5e-4, abs_tol=5e-4)  # five significant digits, three decimals for psi


if __name__ == "__main__":
    main(__file__, {"r-segmented": run}, root=HELDOUT18)
