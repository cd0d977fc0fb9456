"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Cluster-robust inference in R with clubSandwich (CRAN ``clubSandwich``, from the machine's R
library): a linear model of 240 rows in 24 clusters and a logistic model on the same data,
seeded; for each, ``coef_test(..., vcov = "CR2")`` (a table: ``Coef. Estimate SE t-stat d.f.
(Satt) p-val (Satt) Sig.``), for the linear model also ``Wald_test`` of both slopes (rows
``Naive-F`` and ``HTZ``: ``Fstat df_num df_denom p_val sig``) and ``conf_int`` (``Estimate SE
d.f. Lower 95% CI Upper 95% CI``), each printed with ``print``.

Truth, written to JSON by the same R process from the returned data frames: ``beta``, ``SE`` and
``tstat`` as ``<coefficient>/Estimate``, ``<coefficient>/SE``, ``<coefficient>/t-stat`` (the
conf_int table repeats the estimate and its SE: listed again); ``Fstat`` as ``<test>/Fstat``.
Optional: degrees of freedom, p-values, interval bounds (spreads), under the printed column
names.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(clubSandwich))
suppressMessages(library(jsonlite))
set.seed(23)
n <- 240; g <- rep(1:24, each = 10)
x1 <- rnorm(n); x2 <- rnorm(n); u <- rnorm(24)[g]
y <- 1 + 0.5 * x1 - 0.3 * x2 + u + rnorm(n)
z <- rbinom(n, 1, plogis(-0.2 + 0.8 * x1 + 0.5 * u))
fit <- lm(y ~ x1 + x2)
cat("== linear model ==\n")
ct <- coef_test(fit, vcov = "CR2", cluster = g, test = "Satterthwaite")
print(ct)
wt <- Wald_test(fit, constraints = constrain_zero(2:3), vcov = "CR2", cluster = g,
                test = c("HTZ", "Naive-F"))
print(wt)
ci <- conf_int(fit, vcov = "CR2", cluster = g)
print(ci)
cat("== logistic model ==\n")
fit2 <- glm(z ~ x1 + x2, family = binomial)
ct2 <- coef_test(fit2, vcov = "CR2", cluster = g, test = "Satterthwaite")
print(ct2)
tab <- function(x) lapply(as.list(unclass(x)), function(v) if (is.factor(v)) as.character(v) else v)
out <- list(lm = tab(ct), wald = tab(wt), ci = tab(ci), glm = tab(ct2),
            version = as.character(packageVersion("clubSandwich")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "clubsandwich-", TZ="UTC")
    truth = Truth()

    def coefs(tab: dict) -> None:
        for i, name in enumerate(tab["Coef"]):
            truth.add(**{f"{name}/Estimate": tab["beta"][i], f"{name}/SE": tab["SE"][i],
                         f"{name}/t-stat": tab["tstat"][i]})
            truth.allow(**{f"{name}/d.f. (Satt)": tab["df_Satt"][i],
                           f"{name}/p-val (Satt)": tab["p_Satt"][i]})

    coefs(out["lm"])
    wald = out["wald"]
    for i, test in enumerate(wald["test"]):
        truth.add(**{f"{test}/Fstat": wald["Fstat"][i]})
        truth.allow(**{f"{test}/df_num": wald["df_num"][i],
                       f"{test}/df_denom": wald["df_denom"][i],
                       f"{test}/p_val": wald["p_val"][i]})
    ci = out["ci"]
    for i, name in enumerate(ci["Coef"]):
        truth.add(**{f"{name}/Estimate": ci["beta"][i], f"{name}/SE": ci["SE"][i]})
        truth.allow(**{f"{name}/d.f.": ci["df"][i], f"{name}/Lower 95% CI": ci["CI_L"][i],
                       f"{name}/Upper 95% CI": ci["CI_U"][i]})
    coefs(out["glm"])
    truth.write(f"clubSandwich {out['version']}: coef_test, Wald_test and conf_int data frames "
                "written to JSON by the same R process, as <row>/<printed column>; d.f., "
                "p-values and bounds optional",
                rel=5e-3, abs_tol=5e-5)  # three significant digits


if __name__ == "__main__":
    main(__file__, {"r-clubsandwich": run}, root=HELDOUT23)
