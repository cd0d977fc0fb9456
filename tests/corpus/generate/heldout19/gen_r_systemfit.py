"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Seemingly unrelated regressions in R with systemfit (Debian's ``r-cran-systemfit``): Kmenta's
demand and supply equations fitted by SUR, ``print(summary(fit, residCov = FALSE, equations =
FALSE))``: a system row (``N DF SSR detRCov OLS-R2 McElroy-R2``), one row per equation (``N DF
SSR MSE RMSE R2 Adj R2``) and the coefficient table (``demand_price -0.2754857 0.0885091
-3.11251 0.00633240 **``).

Truth: the ``summary.systemfit`` object, written to JSON by the same R process: the system row
from ``ssr``, ``detResidCov``, ``ols.r.squared``, ``mcelroy.r.squared``; each equation's row
from its ``ssr``, ``sigma^2`` (MSE), ``sigma`` (RMSE), ``r.squared``, ``adj.r.squared``; the
coefficients' first three columns. Names are ``<row>/<column>`` as printed. Optional: the counts
(``N``, ``DF``) and the p-values.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main

SCRIPT = r"""
suppressMessages(library(systemfit))
suppressMessages(library(jsonlite))
data(Kmenta)
eqD <- consump ~ price + income
eqS <- consump ~ price + farmPrice + trend
fit <- systemfit(list(demand = eqD, supply = eqS), "SUR", data = Kmenta)
s <- summary(fit, residCov = FALSE, equations = FALSE)
print(s)
eqs <- lapply(s$eq, function(e) list(label = e$eqnLabel, n = length(e$residuals),
  df = e$df[2], ssr = e$ssr, mse = e$sigma^2, rmse = e$sigma, r2 = e$r.squared,
  adjr2 = e$adj.r.squared))
co <- s$coefficients
out <- list(n = length(residuals(fit)[[1]]) * 2, df = s$df[2], ssr = sum(sapply(s$eq, function(e) e$ssr)),
  det = s$detResidCov, olsr2 = s$ols.r.squared, mcr2 = s$mcelroy.r.squared, eqs = eqs,
  coef = list(names = rownames(co), est = co[, 1], se = co[, 2], t = co[, 3], p = co[, 4]),
  version = as.character(packageVersion("systemfit")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="systemfit-"))
    (work / "run.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "run.R")], check=True,
                   env={**os.environ, "R_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    truth.add(**{"system/SSR": out["ssr"], "system/detRCov": out["det"],
                 "system/OLS-R2": out["olsr2"], "system/McElroy-R2": out["mcr2"]})
    truth.allow(**{"system/N": out["n"], "system/DF": out["df"]})
    for eq in out["eqs"]:
        row = eq["label"]
        truth.add(**{f"{row}/SSR": eq["ssr"], f"{row}/MSE": eq["mse"], f"{row}/RMSE": eq["rmse"],
                     f"{row}/R2": eq["r2"], f"{row}/Adj R2": eq["adjr2"]})
        truth.allow(**{f"{row}/N": eq["n"], f"{row}/DF": eq["df"]})
    co = out["coef"]
    for i, name in enumerate(co["names"]):
        truth.add(**{f"{name}/Estimate": co["est"][i], f"{name}/Std. Error": co["se"][i],
                     f"{name}/t value": co["t"][i]})
        truth.allow(**{f"{name}/Pr(>|t|)": co["p"][i]})
    truth.write(f"systemfit {out['version']}: the summary.systemfit object (ssr, detResidCov, "
                "R-squared, each equation's ssr/sigma/r.squared, the coefficient matrix), written "
                "to JSON by the same R process, named <row>/<column> as printed; counts and "
                "p-values optional", libraries=(), params={"method": "SUR"},
                rel=1e-4, abs_tol=5e-6)  # six significant digits


if __name__ == "__main__":
    main(__file__, {"r-systemfit": run}, root=HELDOUT19)
