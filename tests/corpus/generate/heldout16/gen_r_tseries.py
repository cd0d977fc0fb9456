"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Time-series models in R with tseries, on the DAX closes of R's ``EuStockMarkets``: a
GARCH(1,1) of the first 600 daily log returns (``garch(..., trace = FALSE)``) and its
``summary`` (the call, ``Residuals:`` quantiles ``Min 1Q Median 3Q Max``, the ``Estimate Std.
Error t value Pr(>|t|)`` table of ``a0``, ``a1``, ``b1``, and ``Diagnostic Tests:`` a Jarque
Bera and a Box-Ljung test, each ``X-squared = 18998, df = 2, p-value < 2.2e-16``), then an
ARMA(1,1) of the same returns (``arma``) and its ``summary`` (residual quantiles, a
coefficient table of ``ar1``, ``ma1``, ``intercept``, and the ``Fit:`` line ``sigma^2 estimated as
8.683e-05,  Conditional Sum-of-Squares = 0.05,  AIC = -3895.71``), and an augmented Dickey-Fuller test of the log prices
(``adf.test``, an ``htest``: ``Dickey-Fuller = -2.2, Lag order = 8, p-value = 0.49``).

Truth: tseries' own objects, written to JSON by the same R process: the summaries'
coefficient matrices as ``<row>/<column>`` (``b1/Estimate``), their tests' ``statistic``
(``X-squared``, ``Dickey-Fuller``), the ARMA's ``sigma^2 estimated as`` (its ``var``),
``Conditional Sum-of-Squares`` (``css``, as ``print.summary.arma`` hands it over:
``round(css, digits = 2)``) and ``AIC``, the residual quantiles as computed by ``summary`` (the ``quantile`` of the model's
residuals, named ``Min``, ``1Q``, ``Median``, ``3Q``, ``Max``). Optional: p-values (printed as
bounds too), the tests' ``df`` and the ADF's ``Lag order``. Judgement: the two models'
residual quantiles share names; the models are unstepped.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main

SCRIPT = r"""
suppressMessages(library(tseries))
suppressMessages(library(jsonlite))
prices <- log(EuStockMarkets[1:600, "DAX"])
x <- as.vector(diff(prices))
mat <- function(m) list(rows = rownames(m), cols = colnames(m),
                        values = unname(split(m, col(m))))
quant <- function(r) { q <- quantile(r, na.rm = TRUE); names(q) <- c("Min", "1Q", "Median", "3Q", "Max"); as.list(q) }
g <- garch(x, order = c(1, 1), trace = FALSE)
sg <- summary(g)
print(sg)
a <- arma(x, order = c(1, 1))
sa <- summary(a)
print(sa)
d <- adf.test(prices)
print(d)
htest <- function(t) list(stat = unname(t$statistic), df = unname(t$parameter), p = t$p.value)
out <- list(garch = list(coef = mat(sg$coef), resid = quant(sg$residuals),
                         jb = htest(sg$j.b.test), lb = htest(sg$l.b.test)),
            arma = list(coef = mat(sa$coef), resid = quant(sa$residuals), sigma2 = sa$var,
                        css = sa$css, aic = sa$aic),
            adf = htest(d), version = as.character(packageVersion("tseries")))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA), Sys.getenv("TSERIES_RECORD"))
"""


def add_matrix(truth: Truth, m: dict) -> None:
    for col, values in zip(m["cols"], m["values"]):
        col = col.strip()  # tseries pads its column names: " Estimate"
        for row, value in zip(m["rows"], values):
            if col.startswith("Pr("):
                truth.allow(**{f"{row}/{col}": value})
            else:
                truth.add(**{f"{row}/{col}": value})


def run() -> None:
    import json
    import os
    import subprocess
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="tseries-"))
    (work / "ts.R").write_text(SCRIPT)
    record = work / "record.json"
    subprocess.run(["Rscript", str(work / "ts.R")], check=True,
                   env={**os.environ, "TSERIES_RECORD": str(record)})
    out = json.loads(record.read_text())
    truth = Truth()
    g = out["garch"]
    truth.add(**g["resid"])
    add_matrix(truth, g["coef"])
    for test in (g["jb"], g["lb"]):
        truth.add(**{"X-squared": test["stat"]})
        truth.allow(df=test["df"], **{"p-value": test["p"]})
    a = out["arma"]
    truth.add(**a["resid"])
    add_matrix(truth, a["coef"])
    truth.add(**{"sigma^2 estimated as": a["sigma2"], "Conditional Sum-of-Squares": round(a["css"], 2),
                 "AIC": a["aic"]})
    d = out["adf"]
    truth.add(**{"Dickey-Fuller": d["stat"]})
    truth.allow(**{"Lag order": d["df"], "p-value": d["p"]})
    r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                               text=True).stdout.strip()
    truth.write(f"tseries {out['version']} under {r_version}: summary.garch and summary.arma "
                "coefficient matrices as <row>/<column>, residual quantiles, test statistics, "
                "the ARMA's var, css and aic; p-values, df and lag order "
                "optional; written to JSON by the same R process; unstepped",
                libraries=(), params=None, rel=5e-4, abs_tol=5e-4)  # t values to 3 decimals


if __name__ == "__main__":
    main(__file__, {"r-tseries": run}, root=HELDOUT16)
