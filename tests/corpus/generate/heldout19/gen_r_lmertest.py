"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Tests for linear mixed models in R with lmerTest (Debian's ``r-cran-lmertest``, on lme4): the
sleep-deprivation study (``sleepstudy``, random slopes by subject) and a split-plot-like model
on ``ChickWeight`` (diet by time, random intercepts by chick), each ``print(anova(fit))``
(``Type III Analysis of Variance Table with Satterthwaite's method``, columns ``Sum Sq Mean Sq
NumDF DenDF F value Pr(>F)``) and ``print(ranova(fit))`` (``ANOVA-like table for random-effects:
Single term deletions``, columns ``npar logLik AIC LRT Df Pr(>Chisq)``, a ``<none>`` row first).

Truth: the tables ``anova`` and ``ranova`` return (data frames), written to JSON by the same R
process, named ``<row>/<column>`` as printed; the ``<none>`` row has no ``LRT``. Optional: the
degrees of freedom (``NumDF``, ``DenDF``, ``Df``), ``npar`` and the p-values.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(lmerTest))
suppressMessages(library(jsonlite))
cw <- as.data.frame(ChickWeight)
cw$Chick <- factor(as.character(cw$Chick))
fits <- list(lmer(Reaction ~ Days + (Days | Subject), sleepstudy),
             lmer(weight ~ Diet * Time + (1 | Chick), cw))
tab <- function(d) list(rows = rownames(d), cols = colnames(d),
                        values = lapply(seq_len(ncol(d)), function(j) d[[j]]))
out <- list()
for (f in fits) {
  a <- anova(f)
  print(a)
  r <- ranova(f)
  print(r)
  out[[length(out) + 1]] <- list(anova = tab(as.data.frame(a)), ranova = tab(as.data.frame(r)))
}
writeLines(toJSON(list(fits = out, version = as.character(packageVersion("lmerTest"))),
                  digits = NA, auto_unbox = FALSE, na = "string"), Sys.getenv("R_RECORD"))
"""

OPTIONAL = ("NumDF", "DenDF", "Df", "npar", "Pr(>F)", "Pr(>Chisq)")


def run() -> None:
    out = r_record(SCRIPT, "lmertest-")
    truth = Truth()
    for fit in out["fits"]:
        for table in (fit["anova"], fit["ranova"]):
            for i, row in enumerate(table["rows"]):
                for col, values in zip(table["cols"], table["values"]):
                    value = values[i]
                    if value in ("NA", None):
                        continue  # printed blank
                    if col in OPTIONAL:
                        truth.allow(**{f"{row}/{col}": value})
                    else:
                        truth.add(**{f"{row}/{col}": value})
    truth.write(f"lmerTest {out['version'][0]}: the tables anova() and ranova() return, written "
                "to JSON by the same R process, named <row>/<column> as printed; degrees of "
                "freedom, npar and p-values optional", libraries=(),
                params={"ddf": "Satterthwaite", "type": 3},
                rel=2e-3, abs_tol=0.05)  # whole numbers (376 for 375.54), logLik to two decimals


if __name__ == "__main__":
    main(__file__, {"r-lmertest": run}, root=HELDOUT19)
