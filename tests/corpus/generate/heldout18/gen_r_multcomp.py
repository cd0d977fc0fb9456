"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Simultaneous inference in R with multcomp (Debian's ``r-cran-multcomp``): Tukey's all-pair
comparisons of wool tension levels after a one-way ANOVA of ``warpbreaks``, and Dunnett's
many-to-one comparisons of diets in ``ChickWeight`` at day 21, each by ``glht``, printed with
``summary`` (``Simultaneous Tests for General Linear Hypotheses``, ``Linear Hypotheses:``, rows
``M - L == 0  -10.000  3.960  -2.525  0.03852 *`` under ``Estimate Std. Error t value
Pr(>|t|)``, the adjusted p-values) and with ``confint`` (``Quantile = 2.4131``, rows under
``Estimate lwr upr``). Seeded (the adjusted p-values and the quantile come from a randomised
integration).

Truth: the ``summary.glht`` objects' ``test`` (``coefficients``, ``sigma``, ``tstat``,
``pvalues``) and the ``confint.glht`` objects' ``confint`` matrix and ``calpha``, written to
JSON by the same R process. Names: ``<hypothesis>/<column>`` as printed (``M - L == 0/t
value``, ``H - L == 0/lwr``), ``Quantile``. Optional: the p-values. Judgement: ``summary`` and
``confint`` both print each hypothesis's estimate, so ``<hypothesis>/Estimate`` has two
values; the confidence level (95%) is a param. No step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

SCRIPT = r"""
suppressMessages(library(multcomp))
suppressMessages(library(jsonlite))
keep <- function(g) {
  s <- summary(g)
  ci <- confint(g)
  print(s)
  print(ci)
  names <- paste(rownames(ci$confint), "==", ci$rhs)  # as printed: "M - L == 0"
  list(names = I(names), estimate = I(unname(s$test$coefficients)),
       se = I(unname(s$test$sigma)), t = I(unname(s$test$tstat)), p = I(unname(s$test$pvalues)),
       lwr = I(unname(ci$confint[, "lwr"])), upr = I(unname(ci$confint[, "upr"])),
       ci_estimate = I(unname(ci$confint[, "Estimate"])), quantile = attr(ci$confint, "calpha"))
}
set.seed(11)
tension <- aov(breaks ~ tension, data = warpbreaks)
a <- keep(glht(tension, linfct = mcp(tension = "Tukey")))
set.seed(12)
day21 <- subset(ChickWeight, Time == 21)
diet <- aov(weight ~ Diet, data = day21)
b <- keep(glht(diet, linfct = mcp(Diet = "Dunnett")))
out <- list(fits = list(a, b), version = as.character(packageVersion("multcomp")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("MULTCOMP_RECORD"))
"""


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="multcomp-"))
    (work / "multcomp.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "multcomp.R")], check=True,
                   env={**os.environ, "MULTCOMP_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    for fit in out["fits"]:
        for k, name in enumerate(fit["names"]):
            truth.add(**{f"{name}/Estimate": fit["estimate"][k],
                         f"{name}/Std. Error": fit["se"][k], f"{name}/t value": fit["t"][k]})
            truth.allow(**{f"{name}/Pr(>|t|)": fit["p"][k]})
        truth.add(Quantile=fit["quantile"])
        for k, name in enumerate(fit["names"]):
            truth.add(**{f"{name}/Estimate": fit["ci_estimate"][k], f"{name}/lwr": fit["lwr"][k],
                         f"{name}/upr": fit["upr"][k]})
    truth.write(f"multcomp {out['version']}: summary.glht's test (coefficients, sigma, tstat, "
                "pvalues) and confint.glht's confint and calpha, written to JSON by the same R "
                "process, as <hypothesis>/<column> and Quantile; p-values optional",
                libraries=(), params={"level": 0.95},
                rel=5e-4, abs_tol=5e-4)  # three decimals, the quantile four


if __name__ == "__main__":
    main(__file__, {"r-multcomp": run}, root=HELDOUT18)
