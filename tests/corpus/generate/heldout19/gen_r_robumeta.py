"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Robust variance estimation meta-regression in R with robumeta (Debian's ``r-cran-robumeta``):
a correlated-effects model on the package's ``corrdat`` and a hierarchical-effects model on its
``hierdat``, each ``print(robu(...))``: the model type, ``Number of studies = 39``, ``Number of
outcomes = 172 (min = 1 , mean = 4.41 , median = 4 , max = 18 )``, ``Rho = 0.8``, ``I.sq =
75.13144``, ``Tau.sq = 0.1539916`` (the hierarchical model prints ``Number of
clusters`` and ``Omega.sq`` instead of the studies and ``I.sq``) and a table
(``2        males -0.00519 0.00316   -1.64 15.7  0.1202  -0.0119  0.00151``).

Truth: the ``robu`` objects, written to JSON by the same R process: ``mod_info``'s ``I.2``,
``tau.sq`` and ``omega.sq``, and ``reg_table`` (``b.r``, ``SE``, ``t``, ``dfs``, ``CI.L``,
``CI.U``), named ``<row>/<column>`` by the printed row label and column title. Optional: the
p-values, the study and outcome counts and the outcome-count summary (min, mean, median, max).
Judgement: ``Rho`` is the user's assumed correlation (a param, ``rho = 0.8``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(robumeta))
suppressMessages(library(jsonlite))
data(corrdat)
data(hierdat)
fits <- list(
  robu(effectsize ~ males + college, data = corrdat, modelweights = "CORR", studynum = studyid,
       var.eff.size = var, rho = 0.8, small = TRUE),
  robu(effectsize ~ binge + followup, data = hierdat, modelweights = "HIER", studynum = studyid,
       var.eff.size = var, small = TRUE))
out <- list()
for (f in fits) {
  print(f)
  k <- table(f$study_orig_id)
  rt <- f$reg_table
  out[[length(out) + 1]] <- list(hier = f$modelweights == "HIER",
    isq = if (is.null(f$mod_info$I.2)) NA else as.numeric(f$mod_info$I.2),
    tausq = as.numeric(f$mod_info$tau.sq),
    omegasq = if (is.null(f$mod_info$omega.sq)) NA else as.numeric(f$mod_info$omega.sq),
    studies = length(k), outcomes = sum(k), kmin = min(k), kmean = mean(k), kmed = median(k),
    kmax = max(k), rows = as.character(rt$labels), b = rt$b.r, se = rt$SE, t = rt$t,
    dfs = rt$dfs, p = rt$prob, cil = rt$CI.L, ciu = rt$CI.U)
}
writeLines(toJSON(list(fits = out, version = as.character(packageVersion("robumeta"))),
                  digits = NA, auto_unbox = FALSE), Sys.getenv("R_RECORD"))
"""

def run() -> None:
    out = r_record(SCRIPT, "robumeta-")
    truth = Truth()
    for fit in out["fits"]:
        clusters = "Number of clusters" if fit["hier"][0] else "Number of studies"
        truth.allow(**{clusters: fit["studies"][0],
                       "Number of outcomes": fit["outcomes"][0], "min": fit["kmin"][0],
                       "mean": fit["kmean"][0], "median": fit["kmed"][0],
                       "max": fit["kmax"][0]})
        for name, key in (("I.sq", "isq"), ("Omega.sq", "omegasq"), ("Tau.sq", "tausq")):
            if fit[key][0] not in (None, "NA"):  # I.sq for CORR, Omega.sq for HIER
                truth.add(**{name: fit[key][0]})
        for i, row in enumerate(fit["rows"]):
            truth.add(**{f"{row}/Estimate": fit["b"][i], f"{row}/StdErr": fit["se"][i],
                         f"{row}/t-value": fit["t"][i], f"{row}/dfs": fit["dfs"][i],
                         f"{row}/95% CI.L": fit["cil"][i], f"{row}/95% CI.U": fit["ciu"][i]})
            truth.allow(**{f"{row}/P(|t|>)": fit["p"][i]})
    truth.write(f"robumeta {out['version'][0]}: the robu objects' mod_info (I.2, tau.sq, "
                "omega.sq) and reg_table, written to JSON by the same R process, named "
                "<row>/<column> as printed; p-values and counts optional", libraries=(),
                params={"Rho": 0.8, "rho": 0.8, "modelweights": "CORR, HIER"},
                rel=5e-3, abs_tol=5e-5)  # three significant digits in the table


if __name__ == "__main__":
    main(__file__, {"r-robumeta": run}, root=HELDOUT19)
