"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Model comparison for mixed models in R with pbkrtest (CRAN ``pbkrtest``, on lme4, from the
machine's R library), seeded: a random-intercept model of 96 rows in 12 groups against the same
model without one predictor. ``KRmodcomp`` (REML fits; ``F-test with Kenward-Roger
approximation``, a row ``Ftest`` with ``stat ndf ddf F.scaling p.value``), ``SATmodcomp`` (a
row with ``statistic ndf ddf p.value``) and ``PBmodcomp`` (ML fits, 200 parametric bootstrap
samples; ``Bootstrap test; time: 12.60 sec; samples: 200; extremes: 15;`` then rows ``LRT`` and
``PBtest``), printed, and ``summary`` of the bootstrap comparison (rows ``LRT``, ``PBtest``,
``Gamma``, ``Bartlett``, ``F``).

Truth, written to JSON by the same R process from the returned objects: the test statistics as
``<row>/stat`` (``KRmodcomp``'s ``Ftest/stat`` and ``Ftest/F.scaling``, ``PBmodcomp``'s
``test`` rows, its summary's ``test`` rows); the Satterthwaite test's ``statistic`` (its row is
printed as ``[1,]``) as ``statistic``. Optional: degrees of freedom, p-values, the bootstrap
time, sample and extreme counts.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(pbkrtest))
suppressMessages(library(lme4))
suppressMessages(library(jsonlite))
set.seed(23)
d <- data.frame(g = factor(rep(1:12, each = 8)), x = rnorm(96), w = rnorm(96))
d$y <- 2 + 0.6 * d$x + 0.25 * d$w + rnorm(12)[d$g] + rnorm(96)
big <- lmer(y ~ x + w + (1 | g), data = d, REML = TRUE)
small <- update(big, . ~ . - w)
kr <- KRmodcomp(big, small)
print(kr)
sat <- SATmodcomp(big, small)
print(sat)
bigml <- update(big, REML = FALSE)
smallml <- update(small, REML = FALSE)
pb <- PBmodcomp(bigml, smallml, nsim = 200, seed = 23)
print(pb)
spb <- summary(pb)
print(spb)
tab <- function(t) list(rows = rownames(t), cols = names(t),
                        values = lapply(names(t), function(n) unname(t[[n]])))
out <- list(kr = kr$stats, sat = as.list(sat$test), pb = tab(pb$test), spb = tab(spb$test),
            ctime = unname(pb$ctime), nsim = pb$samples[["nsim"]], extremes = pb$n.extreme,
            version = as.character(packageVersion("pbkrtest")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, na = "null"), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "pbkrtest-", TZ="UTC")
    truth = Truth()
    kr = out["kr"]
    truth.add(**{"Ftest/stat": kr["Fstat"], "Ftest/F.scaling": kr["F.scaling"]})
    truth.allow(**{"Ftest/ndf": kr["ndf"], "Ftest/ddf": kr["ddf"], "Ftest/p.value": kr["p.value"]})
    sat = out["sat"]
    truth.add(statistic=sat["statistic"])
    truth.allow(ndf=sat["ndf"], ddf=sat["ddf"], **{"p.value": sat["p.value"]})
    for tab in (out["pb"], out["spb"]):
        rows = tab["rows"] if isinstance(tab["rows"], list) else [tab["rows"]]
        for col, values in zip(tab["cols"], tab["values"]):
            values = values if isinstance(values, list) else [values]
            for row, value in zip(rows, values):
                if value is None:
                    continue  # printed blank
                if col == "stat":
                    truth.add(**{f"{row}/stat": value})
                else:
                    truth.allow(**{f"{row}/{col}": value})
    truth.allow(time=out["ctime"], samples=out["nsim"], extremes=out["extremes"])
    truth.write(f"pbkrtest {out['version']}: KRmodcomp's stats, SATmodcomp's test, PBmodcomp's "
                "and its summary's test tables, written to JSON by the same R process; degrees "
                "of freedom, p-values, time and counts optional",
                rel=5e-4, abs_tol=5e-5)  # four or five significant digits


if __name__ == "__main__":
    main(__file__, {"r-pbkrtest": run}, root=HELDOUT23)
