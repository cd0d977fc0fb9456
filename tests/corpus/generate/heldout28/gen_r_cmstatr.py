"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Composite-material allowables in R with cmstatr (Debian ``r-cran-cmstatr``), on the package's
``carbon.fabric`` strengths of two test conditions (``WT``, ``FT``): for each, the B-basis value
by ``basis_normal``, ``basis_lognormal``, ``basis_weibull`` and ``basis_nonpara_large_sample``
(each printed: ``Call:``, ``Distribution:  Normal 	( n = 54 )``, ``B-Basis:   ( p = 0.9 , conf =
0.95 )`` and the value on the next line, after notes on diagnostics that were not run), the
maximum normed residual (``MNR = 2.314396  ( critical value = 3.158794 )``) and an
Anderson-Darling normality test (``Test statistic:  A = 0.4557731``, ``OSL (p-value):
0.2349149  (assuming unknown parameters)``); then ``equiv_mean_extremum`` of the first 18 WT
values against the FT sample (``k1``, ``k2``, a ``Min Individual  Sample Mean`` table of
thresholds).

Truth, written to JSON by the same R process from the returned objects: ``B-Basis`` (``basis``),
a series in print order (eight values); ``MNR``, ``critical value``, ``A`` and ``OSL (p-value)``
optional (test statistics, critical values, p-values); the equivalency thresholds
``Thresholds/Min Individual`` and ``Thresholds/Sample Mean`` metrics, ``k1`` and ``k2``
(tabulated factors) optional; the sample sizes ``n`` optional (counts, once a print that shows
them); ``p``, ``conf`` and ``alpha`` are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(cmstatr))
suppressMessages(library(jsonlite))
conds <- lapply(c("WT", "FT"), function(cond) {
  x <- carbon.fabric$strength[carbon.fabric$test == cond]
  fits <- list(basis_normal(x = x), basis_lognormal(x = x), basis_weibull(x = x),
               basis_nonpara_large_sample(x = x))
  for (f in fits) print(f)
  mnr <- maximum_normed_residual(x = x); print(mnr)
  ad <- anderson_darling_normal(x = x); print(ad); cat("\n")
  list(basis = sapply(fits, function(f) f$basis), mnr = mnr$mnr, crit = mnr$crit,
       A = ad$A, osl = ad$osl, n = length(x))
})
wt <- carbon.fabric$strength[carbon.fabric$test == "WT"]
ft <- carbon.fabric$strength[carbon.fabric$test == "FT"]
eq <- equiv_mean_extremum(alpha = 0.05, data_qual = ft, n_sample = 5)
print(eq)
rec <- list(conds = conds, eq = list(k1 = eq$k1, k2 = eq$k2, min = eq$threshold_min_indiv,
                                     mean = eq$threshold_mean),
            version = as.character(packageVersion("cmstatr")))
writeLines(toJSON(rec, digits = NA), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "cmstatr-")
    truth = Truth()
    for cond in out["conds"]:
        for value in cond["basis"]:
            truth.add(**{"B-Basis": value})
        truth.allow(**{"MNR": cond["mnr"][0], "critical value": cond["crit"][0],
                       "A": cond["A"][0], "OSL (p-value)": cond["osl"][0]})
        for _ in range(5):
            truth.allow(n=cond["n"][0])
    eq = out["eq"]
    truth.allow(k1=eq["k1"][0], k2=eq["k2"][0])
    truth.add(**{"Thresholds/Min Individual": eq["min"][0],
                 "Thresholds/Sample Mean": eq["mean"][0]})
    truth.write(f"cmstatr {out['version'][0]}: the basis, mnr, crit, A, osl and equivalency "
                "thresholds of the returned objects, written to JSON by the same R process",
                params={"p": 0.9, "conf": 0.95, "alpha": 0.05}, rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"r-cmstatr": run}, root=HELDOUT28)
