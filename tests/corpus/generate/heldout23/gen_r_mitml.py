"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Multilevel multiple imputation in R with mitml (CRAN ``mitml``, with pan and lme4, from the
machine's R library), seeded: 200 rows in 20 clusters with 40 values of ``x`` removed;
``panImpute(d, formula = y + x ~ 1 + (1 | g), n.burn = 500, n.iter = 100, m = 5)``, then
``print(summary(imp))`` (the call, the model, ``Performed 500 burn-in iterations``, the
potential scale reduction table ``Min 25% Mean Median 75% Max`` for ``Beta:``, ``Psi:`` and
``Sigma:``, the largest ones' indices, ``MD%`` per variable), and the pooled estimates of
``lmer(y ~ x + (1 | g))`` over the five imputed sets, ``print(testEstimates(fit, extra.pars =
TRUE))`` (``Estimate Std.Error t.value df P(>|t|) RIV FMI`` per term, then the variance
components and the ICC).

Truth, written to JSON by the same R process: the summary's per-parameter ``Rhat`` values
(``summary(imp)$conv``) summarised as the printer does (minimum, quartiles by R's default
``quantile``, mean, median, maximum) as ``<Beta|Psi|Sigma>/<column>``; the missing-data rates as
``MD%/<variable>``; ``testEstimates``' ``estimates`` matrix as ``<term>/<column>`` (``df`` and
``P(>|t|)`` optional) and its ``extra.pars`` as ``<parameter>/Estimate``. The iteration counts
and number of imputations are the script's settings (params).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(mitml))
suppressMessages(library(lme4))
suppressMessages(library(jsonlite))
set.seed(23)
d <- data.frame(g = rep(1:20, each = 10), x = rnorm(200))
d$y <- 1 + 0.5 * d$x + rnorm(20)[d$g] + rnorm(200)
d$x[sample(200, 40)] <- NA
imp <- panImpute(d, formula = y + x ~ 1 + (1 | g), n.burn = 500, n.iter = 100, m = 5,
                 seed = 23, silent = TRUE)
s <- summary(imp)
print(s)
fit <- with(mitmlComplete(imp, "all"), lmer(y ~ x + (1 | g)))
est <- testEstimates(fit, extra.pars = TRUE)
print(est)
six <- function(r) unname(c(min(r), quantile(r, 0.25), mean(r), median(r), quantile(r, 0.75),
                            max(r)))
e <- est$estimates
out <- list(rhat = list(Beta = six(s$conv$beta[, "Rhat"]), Psi = six(s$conv$psi[, "Rhat"]),
                        Sigma = six(s$conv$sigma[, "Rhat"])),
            md = as.list(as.numeric(s$missing.rates)), mdnames = names(s$missing.rates),
            terms = rownames(e), cols = colnames(e),
            est = lapply(seq_len(ncol(e)), function(j) unname(e[, j])),
            extra = as.list(setNames(est$extra.pars[, 1], rownames(est$extra.pars))),
            version = as.character(packageVersion("mitml")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


COLUMNS = ("Min", "25%", "Mean", "Median", "75%", "Max")


def run() -> None:
    out = r_record(SCRIPT, "mitml-", TZ="UTC")
    truth = Truth()
    for block, values in out["rhat"].items():
        for col, value in zip(COLUMNS, values):
            truth.add(**{f"{block}/{col}": value})
    for name, value in zip(out["mdnames"], out["md"]):
        truth.add(**{f"MD%/{name}": value})
    for col, values in zip(out["cols"], out["est"]):
        for term, value in zip(out["terms"], values):
            if col in ("df", "P(>|t|)"):
                truth.allow(**{f"{term}/{col}": value})
            else:
                truth.add(**{f"{term}/{col}": value})
    for name, value in out["extra"].items():
        truth.add(**{f"{name}/Estimate": value})
    truth.write(f"mitml {out['version']}: summary(imp)'s Rhat values summarised as printed, its "
                "missing rates, testEstimates' estimates and extra.pars, written to JSON by the "
                "same R process; df and p-values optional",
                params={"n.burn": 500, "n.iter": 100, "m": 5},
                rel=5e-3, abs_tol=5e-4)  # three decimals


if __name__ == "__main__":
    main(__file__, {"r-mitml": run}, root=HELDOUT23)
