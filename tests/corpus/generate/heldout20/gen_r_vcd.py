"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Categorical data analysis in R with vcd (Debian's ``r-cran-vcd``): ``print(assocstats(...))`` of
the Arthritis trial's treatment by improvement table (3 columns) and of treatment by marked
improvement (2 by 2): a ``X^2 df P(> X^2)`` table with rows ``Likelihood Ratio`` and
``Pearson``, then ``Phi-Coefficient   : 0.37`` (``NA`` for the larger table), ``Contingency
Coeff.`` and ``Cramer's V``; then Cohen's kappa of two seeded raters of 120 items in three
classes, ``print(Kappa(...))`` (``value ASE z Pr(>|z|)`` for ``Unweighted`` and ``Weighted``)
and ``print(confint(...))`` (``lwr upr``).

Truth: the objects, written to JSON by the same R process: ``chisq_tests`` as ``<row>/X^2``
(``df`` and the p-value optional), ``phi``, ``contingency`` and ``cramer`` under their printed
labels (the ``NA`` phi optional, as nan); the kappa object's ``value`` and ``ASE`` as
``<row>/value`` and ``<row>/ASE`` and the ``z`` the printer computes from them
(``value / ASE``) as ``<row>/z``, the p-value optional; the interval matrix ``confint``
returns as ``<row>/lwr`` and ``<row>/upr``.
"""

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(vcd))
suppressMessages(library(jsonlite))
stats <- function(a) list(tests = lapply(split(a$chisq_tests, row(a$chisq_tests)), as.list),
                          rows = rownames(a$chisq_tests), phi = a$phi,
                          contingency = a$contingency, cramer = a$cramer)
a1 <- assocstats(xtabs(~ Treatment + Improved, data = Arthritis))
print(a1)
a2 <- assocstats(xtabs(~ Treatment + I(Improved == "Marked"), data = Arthritis))
print(a2)
set.seed(4)
truth <- sample(1:3, 120, TRUE)
rater <- ifelse(runif(120) < 0.7, truth, sample(1:3, 120, TRUE))
k <- Kappa(table(truth, rater))
print(k)
ci <- confint(k)
print(ci)
out <- list(assoc = list(stats(a1), stats(a2)),
            kappa = list(Unweighted = as.list(k$Unweighted), Weighted = as.list(k$Weighted)),
            ci = list(Unweighted = as.list(ci["Unweighted", ]), Weighted = as.list(ci["Weighted", ])),
            version = as.character(packageVersion("vcd")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, na = "string"), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "vcd-")
    truth = Truth()
    for assoc in out["assoc"]:
        for row, (chisq, df, p) in zip(assoc["rows"], assoc["tests"].values()):
            truth.add(**{f"{row}/X^2": chisq})
            truth.allow(**{f"{row}/df": df, f"{row}/P(> X^2)": p})
        if assoc["phi"] in ("NA", None):
            truth.allow(**{"Phi-Coefficient": float("nan")})
        else:
            truth.add(**{"Phi-Coefficient": assoc["phi"]})
        truth.add(**{"Contingency Coeff.": assoc["contingency"], "Cramer's V": assoc["cramer"]})
    for row, fit in out["kappa"].items():
        z = fit["value"] / fit["ASE"]
        truth.add(**{f"{row}/value": fit["value"], f"{row}/ASE": fit["ASE"], f"{row}/z": z})
        truth.allow(**{f"{row}/Pr(>|z|)": math.erfc(abs(z) / math.sqrt(2))})  # 2 pnorm(-|z|)
    for row, bounds in out["ci"].items():
        lwr, upr = bounds["lwr"], bounds["upr"]
        truth.add(**{f"{row}/lwr": lwr, f"{row}/upr": upr})
    truth.write(f"vcd {out['version']}: assocstats' chisq_tests, phi, contingency and cramer, "
                "Kappa's value and ASE (z = value/ASE as printed) and confint's bounds, written "
                "to JSON by the same R process; df and p-values optional", libraries=(),
                rel=5e-3, abs_tol=5e-4)  # three to five significant digits


if __name__ == "__main__":
    main(__file__, {"r-vcd": run}, root=HELDOUT20)
