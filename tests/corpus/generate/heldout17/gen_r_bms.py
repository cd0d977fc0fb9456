"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Bayesian model averaging in R with BMS (Debian's ``r-cran-bms``): growth regressions of the
``datafls`` data BMS ships (growth on 8 candidate regressors, 72 countries), sampled by a
birth-death MCMC over the model space (``bms(..., burn = 1000, iter = 4000, mcmc = "bd",
mprior = "uniform", g = "UIP")``, seeded), then ``print(m)``: a coefficient table (``PIP
Post Mean  Post SD Cond.Pos.Sign Idx``, one row per regressor, by decreasing inclusion
probability) and the sampler's summary, which BMS returns as a named character vector and R
prints as rows of quoted values under rows of names (``Mean no. regressors  Draws  Burnins
Time`` over ``"4.0650"  "4000"  "1000"  "0.4466212 secs"``, then ``No. models visited``,
``Modelspace 2^K``, ``% visited``, ``% Topmodels``, ``Corr PMP``, ``No. Obs.``, ``Model
Prior`` (``"uniform / 4"``), ``g-Prior``, ``Shrinkage-Stats`` (``"Av=0.9863"``)).

Truth: the ``bma`` object, written to JSON by the same R process: ``coef(m)`` (``PIP``, ``Post
Mean``, ``Post SD``, ``Cond.Pos.Sign``) as ``<regressor>/<column>``; from ``m$info`` the mean
model size (``msize / cumsumweights``) as ``Mean no. regressors`` and ``corr.pmp`` as ``Corr
PMP``. Optional: ``Idx`` (the regressor's column), ``Draws`` (``iter``), ``Burnins``
(``burn``), ``No. models visited``, ``Modelspace 2^K`` (``2^K``), ``% visited`` (visited over
the model space, in percent, rounded as the printer rounds it), ``% Topmodels`` and the
average shrinkage (``Av``, under ``Shrinkage-Stats``; both read from the summary vector
``summary(m)`` returns, BMS's own object, as numbers), ``No. Obs.`` (``N``). Judgement: the
summary's values are printed quoted under their names (a layout of its own: names on one
line, values on the next); ``Time`` is a timing; ``uniform / 4`` (the prior's expected model
size) and ``UIP`` are the configuration's words. The sampler's draws differ from run to run
despite ``set.seed`` (the terminal and pipe captures held different numbers, each with its own
truth); the pipe capture differed only so and was removed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main

SCRIPT = r"""
suppressMessages(library(BMS))
suppressMessages(library(jsonlite))
data(datafls)
set.seed(1)
m <- bms(datafls[, 1:9], burn = 1000, iter = 4000, mcmc = "bd", nmodel = 200,
         mprior = "uniform", g = "UIP", user.int = FALSE)
print(m)
cf <- coef(m)
s <- summary(m)
info <- m$info
out <- list(coef = lapply(rownames(cf), function(r) list(row = r, values = as.list(cf[r, ]))),
            msize = info$msize / info$cumsumweights, corr = info$corr.pmp,
            iter = info$iter, burn = info$burn, visited = info$models.visited, K = info$K,
            N = info$N, top = as.numeric(s[["% Topmodels"]]),
            shrinkage = as.numeric(sub("Av=", "", s[["Shrinkage-Stats"]])),
            version = as.character(packageVersion("BMS")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("BMS_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="bms-"))
    (work / "bms.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "bms.R")], check=True, cwd=work,
                   env={**os.environ, "BMS_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for row in out["coef"]:
        values = dict(row["values"])
        truth.allow(**{f"{row['row']}/Idx": values.pop("Idx")})
        truth.add(**{f"{row['row']}/{col}": v for col, v in values.items()})
    truth.add(**{"Mean no. regressors": out["msize"], "Corr PMP": out["corr"]})
    truth.allow(**{"Draws": out["iter"], "Burnins": out["burn"],
                   "No. models visited": out["visited"], "Modelspace 2^K": 2 ** out["K"],
                   "% visited": round(100 * out["visited"] / 2 ** out["K"]),
                   "% Topmodels": out["top"], "Shrinkage-Stats": out["shrinkage"],
                   "Av": out["shrinkage"], "No. Obs.": out["N"]})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"BMS {out['version']} under {r_version}: coef(m) as <regressor>/<column>, the "
                "mean model size and corr.pmp from m$info; counts, shares and shrinkage "
                "optional; written to JSON by the same R process", libraries=(), params=None,
                rel=1e-4, abs_tol=1e-9)  # five significant digits at least


if __name__ == "__main__":
    main(__file__, {"r-bms": run}, root=HELDOUT17)
