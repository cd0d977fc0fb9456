"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Linear mixed-effects models in R with nlme (a recommended package), on its ``Orthodont``
growth data: ``lme(distance ~ age + Sex, random = ~ 1 | Subject)`` fitted by REML and
``summary``ed (``Linear mixed-effects model fit by REML``, an ``AIC BIC logLik`` row, the
random-effects ``StdDev:`` of ``(Intercept)`` and ``Residual``, a ``Value Std.Error DF t-value
p-value`` table of the fixed effects, their correlations, the ``Standardized Within-Group
Residuals`` quantiles ``Min Q1 Med Q3 Max``, ``Number of Observations: 108``, ``Number of
Groups: 27``), then the same model by maximum likelihood with a random slope, ``anova``ed
against the first refitted by ML (``Model df AIC BIC logLik Test L.Ratio p-value``).

Truth: nlme's own objects, written to JSON by the same R process: the summary's ``AIC``,
``BIC``, ``logLik``, the random effects' standard deviations (``VarCorr``, printed as a row
``StdDev:`` under the columns ``(Intercept)`` and ``Residual``: ``StdDev/(Intercept)``,
``StdDev/Residual``, row then column as printed), the ``tTable`` as ``<row>/<column>``
(``age/Value``, ``age/Std.Error``, ``age/t-value``), the quantiles of the standardised
within-group residuals (``Min``, ``Q1``, ``Med``, ``Q3``, ``Max``), and the ``anova.lme`` frame
(``<model>/AIC``, ``/BIC``, ``/logLik``, ``/L.Ratio`` where present; the rows are printed as
``m_int`` and ``m_slope``, the names of the objects compared). Optional: ``DF``, ``p-value``, the
correlations (``<row>/<column>`` of the lower triangle), the counts of observations and
groups, the anova's ``Model`` and ``df``. Judgement: the anova's ``Test`` column (``1 vs 2``)
is prose; the two fits are unstepped.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

SCRIPT = r"""
suppressMessages(library(nlme))
suppressMessages(library(jsonlite))
m_reml <- lme(distance ~ age + Sex, data = Orthodont, random = ~ 1 | Subject)
s <- summary(m_reml)
print(s)
m_int <- update(m_reml, method = "ML")
m_slope <- update(m_int, random = ~ age | Subject)
a <- anova(m_int, m_slope)
print(a)
tt <- s$tTable
vc <- VarCorr(m_reml)
cr <- cov2cor(vcov(m_reml))
q <- quantile(resid(m_reml, type = "pearson")); names(q) <- c("Min", "Q1", "Med", "Q3", "Max")
out <- list(ic = list(AIC = AIC(m_reml), BIC = BIC(m_reml), logLik = as.numeric(logLik(m_reml))),
            sd = list(`(Intercept)` = as.numeric(vc[1, "StdDev"]), Residual = as.numeric(vc[2, "StdDev"])),
            tt = list(rows = rownames(tt), cols = colnames(tt), values = unname(split(tt, col(tt)))),
            corr = list(rows = rownames(cr), values = unname(split(cr, col(cr)))),
            resid = as.list(q), nobs = s$dims$N, ngroups = s$dims$ngrps[[1]],
            anova = list(rows = rownames(a), Model = a$Model, df = a$df, AIC = a$AIC, BIC = a$BIC,
                         logLik = a$logLik, L.Ratio = a$L.Ratio, p = a$`p-value`),
            version = as.character(packageVersion("nlme")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("NLME_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="nlme-"))
    (work / "lme.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "lme.R")], check=True,
                   env={**os.environ, "NLME_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    truth.add(**out["ic"])
    truth.add(**{f"StdDev/{column}": value for column, value in out["sd"].items()})
    tt = out["tt"]
    for col, values in zip(tt["cols"], tt["values"]):
        for row, value in zip(tt["rows"], values):
            if col in ("DF", "p-value"):
                truth.allow(**{f"{row}/{col}": value})
            else:
                truth.add(**{f"{row}/{col}": value})
    rows = out["corr"]["rows"]
    for j, column in enumerate(out["corr"]["values"]):
        for i, value in enumerate(column):
            if i > j:  # the printed lower triangle, without the diagonal
                truth.allow(**{f"{rows[i]}/{rows[j]}": value})
    truth.add(**out["resid"])
    truth.allow(**{"Number of Observations": out["nobs"], "Number of Groups": out["ngroups"]})
    a = out["anova"]
    for k, row in enumerate(a["rows"]):
        truth.allow(**{f"{row}/Model": a["Model"][k], f"{row}/df": a["df"][k]})
        truth.add(**{f"{row}/AIC": a["AIC"][k], f"{row}/BIC": a["BIC"][k],
                     f"{row}/logLik": a["logLik"][k]})
        if a["L.Ratio"][k] not in (None, "NA"):
            truth.add(**{f"{row}/L.Ratio": a["L.Ratio"][k]})
            truth.allow(**{f"{row}/p-value": a["p"][k]})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"nlme {out['version']} under {r_version}: summary.lme's AIC, BIC, logLik, "
                "VarCorr standard deviations, tTable, residual quantiles; anova.lme's frame; "
                "DF, p-values, correlations and counts optional; written to JSON by the same "
                "R process; unstepped", libraries=(), params=None, rel=5e-4, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"r-nlme": run}, root=HELDOUT16)
