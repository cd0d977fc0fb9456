"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Volatility modelling in R with fGarch (Rmetrics; Debian's ``r-cran-fgarch``): a GARCH(1,1)
series of 600 seeded returns is simulated with ``garchSim`` and fitted with ``garchFit(~
garch(1, 1), trace = FALSE)``; ``summary(fit)`` prints the model (``Title``, ``Call``, the
equation, ``Conditional Distribution: norm``), ``Coefficient(s):`` (a named vector in
``%.4e``), the ``Error Analysis`` table (``Estimate Std. Error t value Pr(>|t|)`` with
significance stars), ``Log Likelihood:  2457.92    normalized:  4.096533``, a ``Description``
with the date, ``Standardised Residuals Tests`` (``Jarque-Bera Test   R    Chi^2  2.113585
0.3475689``, Shapiro-Wilk, Ljung-Box on the residuals and their squares at lags 10, 15, 20, an
LM ARCH test) and ``Information Criterion Statistics`` (``AIC BIC SIC HQIC``).

Truth, written to JSON by the same R process: the fit's ``fit$coef`` under the coefficient
names, ``fit$matcoef`` as ``<row>/<column>`` (p-values optional), the log likelihood
(``-fit$llh``) as ``Log Likelihood`` and divided by the series length as ``normalized``, and
``fit$ics`` by name. ``summary`` computes the residual tests and keeps none of them: they are
computed here the same way (the summary method's own calls on ``residuals / sigma.t``:
``fBasics::jarqueberaTest``, ``shapiro.test``, ``Box.test`` at the three lags on the residuals and on
their squares, and the LM ARCH statistic from ``lm`` on 12 lags), named ``<test row>/Statistic``
with the row label's runs of spaces as one (``Ljung-Box Test R^2 Q(10)/Statistic``); their
p-values optional. The date and the model's description are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main, r_record

SCRIPT = r"""
suppressMessages(library(fGarch))
suppressMessages(library(jsonlite))
set.seed(9)
spec <- garchSpec(model = list(omega = 1e-6, alpha = 0.1, beta = 0.85))
x <- garchSim(spec, n = 600)
fit <- garchFit(~ garch(1, 1), data = x, trace = FALSE)
summary(fit)
r.s <- fit@residuals / fit@sigma.t
tests <- list()
jb <- fBasics::jarqueberaTest(r.s)@test
tests[["Jarque-Bera Test R Chi^2"]] <- c(jb$statistic, jb$p.value)
sw <- shapiro.test(r.s)
tests[["Shapiro-Wilk Test R W"]] <- c(sw$statistic, sw$p.value)
for (what in c("R", "R^2")) for (lag in c(10, 15, 20)) {
  b <- Box.test(if (what == "R") r.s else r.s^2, lag = lag, type = "Ljung-Box")
  tests[[sprintf("Ljung-Box Test %s Q(%d)", what, lag)]] <- c(b$statistic, b$p.value)
}
lag.n <- 12
x.s <- r.s^2
n <- length(x.s)
lagged <- sapply(1:lag.n, function(k) c(rep(NA, k), x.s[1:(n - k)]))
keep <- !is.na(rowSums(lagged))
y <- x.s[(lag.n + 1):n]
stat <- (n - lag.n) * summary(lm(y ~ lagged[keep, ]))$r.squared
tests[["LM Arch Test R TR^2"]] <- c(stat, 1 - pchisq(stat, lag.n))
mc <- fit@fit$matcoef
out <- list(coef = as.list(fit@fit$coef),
            matcoef = setNames(lapply(seq_len(nrow(mc)), function(i) as.list(mc[i, ])), rownames(mc)),
            llh = fit@fit$llh, n = length(x), ics = as.list(fit@fit$ics),
            tests = lapply(tests, function(v) list(stat = unname(v[1]), p = unname(v[2]))),
            version = as.character(packageVersion("fGarch")))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE), Sys.getenv("R_RECORD"))
"""


def run() -> None:
    out = r_record(SCRIPT, "fgarch-")
    truth = Truth()
    truth.add(**out["coef"])
    for row, cols in out["matcoef"].items():
        for column, value in cols.items():
            column = column.strip()  # matcoef's column names start with a space
            if column.startswith("Pr("):
                truth.allow(**{f"{row}/{column}": value})
            else:
                truth.add(**{f"{row}/{column}": value})
    truth.add(**{"Log Likelihood": -out["llh"], "normalized": -out["llh"] / out["n"]})
    for label, test in out["tests"].items():
        truth.add(**{f"{label}/Statistic": test["stat"]})
        truth.allow(**{f"{label}/p-Value": test["p"]})
    truth.add(**out["ics"])
    truth.write(f"fGarch {out['version']}: the fGARCH object's coef, matcoef (<row>/<column>), "
                "-llh and ics, and the residual tests computed as summary() computes them, "
                "written to JSON by the same R process; p-values optional", libraries=(),
                params={"formula": "~garch(1, 1)", "Conditional Distribution": "norm"},
                rel=1e-3, abs_tol=5e-7)  # four to seven significant digits


if __name__ == "__main__":
    main(__file__, {"r-fgarch": run}, root=HELDOUT20)
