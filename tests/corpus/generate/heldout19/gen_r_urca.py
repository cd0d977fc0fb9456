"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Unit-root tests in R with urca (Debian's ``r-cran-urca``) on the Danish money-demand data
(``denmark``): two KPSS tests (``summary(ur.kpss(...))``: ``Test is of type: mu with 3
lags.``, ``Value of test-statistic is: 0.7806``, a table of critical values) and an augmented
Dickey-Fuller test with drift (``summary(ur.df(...))``: its test regression printed as R's
``summary.lm`` does, then ``Value of test-statistic is: -1.4891 1.4462`` and the critical
values of ``tau2`` and ``phi1``).

Truth: the test objects, written to JSON by the same R process: ``teststat`` (KPSS: one value,
ADF: ``tau2`` and ``phi1``, printed on one line, listed under one name), the regression's
``summary.lm`` (coefficients ``<row>/<column>``, ``sigma`` as ``Residual standard error``,
``r.squared``, ``adj.r.squared``, the F statistic). Optional: the critical values (constants of
the tests' tables, ``cval``, named ``<row>/<column>``), the residual quantiles, the lag counts,
degrees of freedom and p-values.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(urca))
suppressMessages(library(jsonlite))
data(denmark)
cv <- function(t) list(rows = rownames(t@cval), cols = colnames(t@cval), values = t@cval)
k1 <- ur.kpss(denmark$LRM, type = "mu", lags = "short"); print(summary(k1))
k2 <- ur.kpss(diff(denmark$LRM), type = "tau", lags = "short"); print(summary(k2))
d1 <- ur.df(denmark$LRY, type = "drift", lags = 1); print(summary(d1))
reg <- d1@testreg
out <- list(kpss = list(list(stat = k1@teststat, lag = k1@lag, cval = cv(k1)),
                        list(stat = k2@teststat, lag = k2@lag, cval = cv(k2))),
  adf = list(stat = as.vector(d1@teststat), cval = cv(d1),
    coef = list(rows = rownames(reg$coefficients), m = reg$coefficients),
    resid = as.vector(quantile(reg$residuals)), sigma = reg$sigma, df = reg$df[2],
    r2 = reg$r.squared, adjr2 = reg$adj.r.squared, f = reg$fstatistic),
  version = as.character(packageVersion("urca")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""

def allow_cval(truth: Truth, cval: dict) -> None:
    rows = [cval["rows"]] if isinstance(cval["rows"], str) else cval["rows"]  # unboxed
    for i, row in enumerate(rows):
        for j, col in enumerate(cval["cols"]):
            truth.allow(**{f"{row}/{col}": cval["values"][i][j]})


def run() -> None:
    out = r_record(SCRIPT, "urca-")
    truth = Truth()
    for test in out["kpss"]:
        truth.add(**{"Value of test-statistic is": test["stat"]})
        truth.allow(lags=test["lag"])
        allow_cval(truth, test["cval"])
    adf = out["adf"]
    coef = adf["coef"]
    for i, row in enumerate(coef["rows"]):
        est, se, t, p = coef["m"][i]
        truth.add(**{f"{row}/Estimate": est, f"{row}/Std. Error": se, f"{row}/t value": t})
        truth.allow(**{f"{row}/Pr(>|t|)": p})
    for label, value in zip(("Min", "1Q", "Median", "3Q", "Max"), adf["resid"]):
        truth.allow(**{f"Residuals/{label}": value})
    truth.add(**{"Residual standard error": adf["sigma"], "Multiple R-squared": adf["r2"],
                 "Adjusted R-squared": adf["adjr2"], "F-statistic": adf["f"][0]})
    truth.allow(**{"degrees of freedom": adf["df"], "numdf": adf["f"][1],
                   "DF": adf["f"][2]})
    for value in adf["stat"]:
        truth.add(**{"Value of test-statistic is": value})
    allow_cval(truth, adf["cval"])
    truth.write(f"urca {out['version']}: the ur.kpss and ur.df objects' teststat, and the ADF "
                "test regression's summary.lm, written to JSON by the same R process; critical "
                "values (cval), residual quantiles, lags, degrees of freedom and p-values "
                "optional", libraries=(), params={"type": "mu, tau, drift", "lags": "short, 1"},
                rel=5e-4, abs_tol=5e-5)  # four decimals (the statistics), four digits


if __name__ == "__main__":
    main(__file__, {"r-urca": run}, root=HELDOUT19)
