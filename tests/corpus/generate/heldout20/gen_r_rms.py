"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Regression modelling in R with rms (Frank Harrell's; Debian's ``r-cran-rms``) on a seeded sample
of 300 (age, sex, a binary outcome and a blood pressure): ``print(lrm(y ~ age + sex))`` and
``print(ols(bp ~ age + sex))``. Each prints a header block in three or four side-by-side columns
(``Model Likelihood Ratio Test``, ``Discrimination Indexes``, ``Rank Discrim. Indexes``: ``Obs
300    LR chi2      52.07    R2       0.213    C       0.723``, with labels glued to their
values where the column is narrow, ``R2(2,300)0.154``, ``sigma8.7367``), then the coefficient
table (``Coef S.E. Wald Z Pr(>|Z|)``, or ``t`` and ``Pr(>|t|)``); ``ols`` also prints the
residuals' quantiles.

Truth: the fitted objects, written to JSON by the same R process: the ``stats`` vector under the
printed labels (``Model L.R.`` is printed ``LR chi2``, ``R2(2,300)`` and ``R2(2,224)`` as they are,
``Tau-a`` ``tau-a``, ``Gamma`` ``gamma``, ``Sigma`` ``sigma``); ``R2 adj``, which ``ols``'s
printer computes from ``R2``, ``n`` and the residual degrees of freedom, computed the same way;
the coefficients, their standard errors (square roots of ``var``'s diagonal) and their ratio as
``<row>/Coef``, ``<row>/S.E.``, ``<row>/Wald Z`` (``<row>/t``). The p-values (normal for
``lrm``, t with the residual degrees of freedom for ``ols``) are computed in R. Optional: the counts (``Obs``,
the outcome's frequencies ``0`` and ``1``, ``d.f.``), ``max |deriv|``, the p-values, and the
residuals' quantiles (``Min 1Q Median 3Q Max``, from ``quantile(residuals)``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(rms))
suppressMessages(library(jsonlite))
set.seed(1)
d <- data.frame(age = rnorm(300, 50, 10), sex = factor(sample(c("f", "m"), 300, TRUE)))
d$y <- rbinom(300, 1, plogis(-5 + 0.09 * d$age + 0.6 * (d$sex == "m")))
d$bp <- 90 + 0.6 * d$age + 4 * (d$sex == "m") + rnorm(300, 0, 8)
dd <- datadist(d)
options(datadist = "dd")
f <- lrm(y ~ age + sex, data = d)
print(f)
o <- ols(bp ~ age + sex, data = d)
print(o)
coefs <- function(m, df = NULL) {
  z <- coef(m) / sqrt(diag(vcov(m)))
  p <- if (is.null(df)) 2 * pnorm(-abs(z)) else 2 * pt(-abs(z), df)
  list(names = names(coef(m)), coef = unname(coef(m)), se = unname(sqrt(diag(vcov(m)))),
       p = unname(p))
}
out <- list(lrm = c(as.list(f$stats), list(freq = as.list(unclass(f$freq)))), lrm_coef = coefs(f),
            ols = c(as.list(o$stats), list(df_resid = o$df.residual,
                    r2_adj = 1 - (1 - o$stats[["R2"]]) * (o$stats[["n"]] - 1) / o$df.residual,
                    quant = unname(quantile(o$residuals)))), ols_coef = coefs(o, o$df.residual),
            version = as.character(packageVersion("rms")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""

LRM = {"Model L.R.": "LR chi2", "R2": "R2", "R2(2,300)": "R2(2,300)", "R2(2,224)": "R2(2,224)",
       "Brier": "Brier", "C": "C", "Dxy": "Dxy", "Gamma": "gamma", "Tau-a": "tau-a"}
OLS = {"Model L.R.": "LR chi2", "R2": "R2", "r2_adj": "R2 adj", "g": "g", "Sigma": "sigma"}


def coefficients(truth: Truth, fit: dict, statistic: str, p_title: str) -> None:
    for row, coef, se, p in zip(fit["names"], fit["coef"], fit["se"], fit["p"]):
        truth.add(**{f"{row}/Coef": coef, f"{row}/S.E.": se, f"{row}/{statistic}": coef / se})
        truth.allow(**{f"{row}/{p_title}": p})


def run() -> None:
    out = r_record(SCRIPT, "rms-")
    truth = Truth()
    lrm = out["lrm"]
    for key, label in LRM.items():
        truth.add(**{label: lrm[key]})
    truth.allow(Obs=lrm["Obs"], **{"d.f.": lrm["d.f."], "max |deriv|": lrm["Max Deriv"],
                                   "Pr(> chi2)": lrm["P"]})
    truth.allow(**{level: count for level, count in lrm["freq"].items()})
    coefficients(truth, out["lrm_coef"], "Wald Z", "Pr(>|Z|)")
    ols = out["ols"]
    for key, label in OLS.items():
        truth.add(**{label: ols[key]})
    truth.allow(Obs=ols["n"], **{"d.f.": ols["d.f."]})
    truth.allow(**{"d.f.": ols["df_resid"]})
    for label, value in zip(("Min", "1Q", "Median", "3Q", "Max"), ols["quant"]):
        truth.allow(**{label: value})
    coefficients(truth, out["ols_coef"], "t", "Pr(>|t|)")
    truth.write(f"rms {out['version']}: the lrm and ols fits' stats vectors under the printed "
                "labels (R2 adj computed as the printer does), and coef, sqrt(diag(vcov)) and "
                "their ratio as <row>/<column>, written to JSON by the same R process; counts, "
                "max |deriv|, p-values and residual quantiles optional", libraries=(),
                rel=5e-3, abs_tol=5e-4)  # two to four decimals


if __name__ == "__main__":
    main(__file__, {"r-rms": run}, root=HELDOUT20)
