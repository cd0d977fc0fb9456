"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Epidemiological 2 x 2 tables in R with epiR (``epi.2by2``): a cohort study with counts (43 of
100 exposed and 21 of 100 unexposed fell ill, ``method = "cohort.count"``, ``units = 100``) and a
case-control study (38/62 and 17/83, ``method = "case.control"``), each printed with ``print``
under a ``== cohort ==`` / ``== case-control ==`` header written by the script: the table of
counts with a last column of incidence risk per 100 (or odds) and its confidence interval
(``43.00 (33.14 to 53.29)``), ``Point estimates and 95% CIs:`` between dashed rules (``Inc risk
ratio   2.05 (1.32, 3.19)``, ``Attrib fraction in the exposed (%)  51.16 (24.01, 68.61)``), the
uncorrected chi-square test (``chi2(1) = 11.121 Pr>chi2 = <0.001``) and Fisher's exact test's
p-value.

Truth, written to JSON by the same R process from the returned object: the point estimates from
``massoc.detail`` (the Wald estimates the printer shows: ``RR.strata.wald``, ``OR.strata.wald``,
``ARisk.strata.wald``, ``AFRisk.strata.wald``/``AFest.strata.wald`` times 100,
``PARisk.strata.wald``, ``PAFRisk.strata.wald``/``PAFest.strata.wald`` times 100) under their
printed labels, their confidence limits optional under the same label (spreads); ``chi2(1)`` from
``chi2.strata.uncor``'s statistic; Fisher's p-value optional as ``Pr>chi2``. The table's last
column: the estimate computed from the counts as the printer does (cases / total x 100 for the
risk, cases / non-cases for the odds) as ``<row>/Inc risk *`` or ``<row>/Odds``; its interval
optional, read from the object's own ``tab`` (which holds that column as text: the one place the
object keeps it). The counts are optional (``<row>/Outcome +`` ...). The two analyses share the
names of the rows they share (values in printed order).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(epiR))
suppressMessages(library(jsonlite))
one <- function(tab, method) {
  r <- epi.2by2(dat = as.table(tab), method = method, conf.level = 0.95, units = 100,
                outcome = "as.columns")
  print(r)
  d <- r$massoc.detail
  keep <- if (method == "cohort.count")
    c("RR.strata.wald", "OR.strata.wald", "ARisk.strata.wald", "AFRisk.strata.wald",
      "PARisk.strata.wald", "PAFRisk.strata.wald") else
    c("OR.strata.wald", "AFest.strata.wald", "PAFest.strata.wald")
  list(counts = tab, est = lapply(d[keep], as.list), chi2 = d$chi2.strata.uncor$test.statistic,
       fisher = d$chi2.strata.fisher$p.value.2s, tab = as.list(unclass(r$tab)[[4]]))
}
cat("== cohort ==\n")
out <- list(cohort = one(matrix(c(43, 57, 21, 79), nrow = 2, byrow = TRUE), "cohort.count"))
cat("\n== case-control ==\n")
out$cc <- one(matrix(c(38, 62, 17, 83), nrow = 2, byrow = TRUE), "case.control")
out$version <- as.character(packageVersion("epiR"))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""

LABELS = {
    "RR.strata.wald": ("Inc risk ratio", 1), "OR.strata.wald": ("Odds ratio", 1),
    "ARisk.strata.wald": ("Attrib risk in the exposed *", 1),
    "AFRisk.strata.wald": ("Attrib fraction in the exposed (%)", 100),
    "PARisk.strata.wald": ("Attrib risk in the population *", 1),
    "PAFRisk.strata.wald": ("Attrib fraction in the population (%)", 100),
    "AFest.strata.wald": ("Attrib fraction (est) in the exposed (%)", 100),
    "PAFest.strata.wald": ("Attrib fraction (est) in the population (%)", 100),
}


def first(value):
    """A length-one R vector, unboxed or not by jsonlite."""
    return value[0] if isinstance(value, list) else value


def analysis(truth: Truth, a: dict, column: str) -> None:
    import re

    counts = a["counts"]  # row-major from R's JSON: [[a, b], [c, d]]
    rows = [("Exposed +", counts[0]), ("Exposed -", counts[1]),
            ("Total", [counts[0][0] + counts[1][0], counts[0][1] + counts[1][1]])]
    for (row, (pos, neg)), text in zip(rows, a["tab"]):
        truth.allow(**{f"{row}/Outcome +": pos, f"{row}/Outcome -": neg,
                       f"{row}/Total": pos + neg})
        value = pos / (pos + neg) * 100 if column == "Inc risk *" else pos / neg
        truth.add(**{f"{row}/{column}": value})
        low, high = (float(x) for x in re.findall(r"\(([\d.]+) to ([\d.]+)\)", text)[0])
        truth.allow(**{f"{row}/{column}": low})
        truth.allow(**{f"{row}/{column}": high})
    for key, est in a["est"].items():
        label, scale = LABELS[key]
        truth.add(**{label: first(est["est"]) * scale})
        truth.allow(**{label: first(est["lower"]) * scale})
        truth.allow(**{label: first(est["upper"]) * scale})
    truth.add(**{"chi2(1)": first(a["chi2"])})
    truth.allow(**{"Pr>chi2": first(a["fisher"])})


def run() -> None:
    out = r_record(SCRIPT, "epir-", TZ="UTC")
    truth = Truth()
    analysis(truth, out["cohort"], "Inc risk *")
    analysis(truth, out["cc"], "Odds")
    truth.write(f"epiR {out['version']}: epi.2by2's massoc.detail (Wald estimates, x100 for the "
                "attributable fractions) under the printed labels, chi2 statistic; the table's "
                "risk or odds from the counts; limits, counts and p-values optional; written "
                "to JSON by the same R process", rel=5e-3, abs_tol=5e-3)  # 2 or 3 decimals


if __name__ == "__main__":
    main(__file__, {"r-epir": run}, root=HELDOUT22)
