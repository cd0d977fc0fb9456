"""HELD-OUT fixture (fourteenth half, see generate/heldout14/README.md): do not read while tuning
the parser.

Meta-analysis in R with metafor (``rma``), as its documentation's BCG vaccine example runs it:
log risk ratios of the 13 trials of ``dat.bcg`` (``escalc(measure = "RR")``), fitted as a
random-effects model (REML), as a mixed-effects meta-regression on absolute latitude
(``mods = ~ ablat``) and as a fixed-effects model, each ``print``ed: the model and ``k``, the
heterogeneity lines (``tau^2 (...): 0.3132 (SE = 0.1664)``, ``tau``, ``I^2`` and ``R^2`` in
percent, ``H^2``), the heterogeneity test (``Q(df = 12) = 152.2330, p-val < .0001``; ``QE``
for the meta-regression, which adds the moderator test ``QM``), then the ``Model Results``
table (``estimate se zval pval ci.lb ci.ub`` with stars; its one row unlabelled for a model
without moderators, ``intrcpt`` and ``ablat`` rows for the meta-regression).

Truth: the fitted ``rma.uni`` objects' own fields, written to JSON by the same R process:
``tau2`` and ``se.tau2`` (``tau^2`` and its ``SE``), ``sqrt(tau2)`` (``tau``), ``I2``, ``H2``,
``R2`` (``I^2``, ``H^2``, ``R^2``, in percent as printed), ``QE`` (``Q`` for the models
without moderators, ``QE`` with them), ``QM``; the coefficients' ``b``, ``se``, ``zval``,
``ci.lb``, ``ci.ub`` (``estimate``, ``se``, ``zval``, ``ci.lb``, ``ci.ub`` for the unlabelled
row, ``<coefficient>/<column>`` for the labelled ones). Optional: ``k`` and the tests' ``df``
(counts), ``pval`` and the tests' ``p-val`` (printed as bounds, ``<.0001``). Judgement: the
three models share their names, unstepped, in print order; the label of a heterogeneity line
is its leading symbol (``tau^2``), not the parenthesis after it; the fixed-effects model has
no ``tau``. ``digits = 4`` rounding gives the tolerance.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT14, Truth, main

SETTINGS = {"measure": "RR", "method": "REML, REML, FE", "mods": "~ ablat"}

SCRIPT = r"""
suppressMessages(library(metafor))
suppressMessages(library(jsonlite))
dat <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
fits <- list(rma(yi, vi, data = dat), rma(yi, vi, mods = ~ ablat, data = dat),
             rma(yi, vi, data = dat, method = "FE"))
out <- lapply(fits, function(f) {
  print(f)
  list(method = f$method, k = f$k, tau2 = f$tau2, se_tau2 = f$se.tau2, I2 = f$I2, H2 = f$H2,
       R2 = if (is.null(f$R2)) NA else f$R2, QE = f$QE, QEdf = f$k - f$p, QEp = f$QEp,
       QM = f$QM, QMdf = f$m, QMp = f$QMp, moderators = f$p > 1,
       coef = lapply(seq_along(f$beta), function(i) list(
         name = rownames(f$beta)[i], estimate = f$beta[i, 1], se = f$se[i], zval = f$zval[i],
         pval = f$pval[i], ci.lb = f$ci.lb[i], ci.ub = f$ci.ub[i])))
})
writeLines(toJSON(list(fits = out, version = as.character(packageVersion("metafor"))),
                  auto_unbox = TRUE, digits = NA), Sys.getenv("METAFOR_RECORD"))
"""


def run() -> None:
    import json
    import math
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="metafor-"))
    (work / "fit.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "fit.R")], check=True,
                   env={**os.environ, "METAFOR_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for f in out["fits"]:
        truth.allow(k=f["k"])
        het = {"tau^2": f["tau2"], "SE": f["se_tau2"], "tau": math.sqrt(f["tau2"]),
               "I^2": f["I2"], "H^2": f["H2"], "R^2": f["R2"]}
        if f["method"] == "FE":  # a fixed-effects model prints I^2 and H^2 only
            het = {"I^2": f["I2"], "H^2": f["H2"]}
        truth.add(**{k: v for k, v in het.items() if v is not None})
        truth.add(**{"QE" if f["moderators"] else "Q": f["QE"]})
        truth.allow(df=f["QEdf"], **{"p-val": f["QEp"]})
        if f["moderators"]:
            truth.add(QM=f["QM"])
            truth.allow(df=f["QMdf"], **{"p-val": f["QMp"]})
        for c in f["coef"]:
            prefix = f"{c['name']}/" if f["moderators"] else ""
            truth.add(**{f"{prefix}{col}": c[col]
                         for col in ("estimate", "se", "zval", "ci.lb", "ci.ub")})
            truth.allow(**{f"{prefix}pval": c["pval"]})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"metafor {out['version']} under {r_version}: the rma.uni objects' tau2, "
                "se.tau2, sqrt(tau2), I2, H2, R2, QE, QM and the coefficients' beta, se, zval, "
                "ci.lb, ci.ub (<coefficient>/<column> where rows are labelled); k, df, p-values "
                "optional; written to JSON by the same R process; unstepped",
                libraries=(), params=SETTINGS, rel=2e-3, abs_tol=5e-5)  # digits = 4


if __name__ == "__main__":
    main(__file__, {"r-metafor": run}, root=HELDOUT14)
