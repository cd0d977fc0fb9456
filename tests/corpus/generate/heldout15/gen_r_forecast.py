"""OPEN fixture (fifteenth half, see generate/heldout15/README.md): development material.

Time-series forecasting in R with forecast (Debian's ``r-cran-forecast`` 8.20, R 4.2.2), run as
``Rscript`` on ``AirPassengers`` (R's datasets), trained to 1958 and tested on 1959-1960:

* ``summary(ets(train))``: ``ETS(M,Ad,M)``, ``Smoothing parameters:`` (``alpha = 0.7459``,
  ``beta  = 0.0189``, ``gamma = 3e-04``, ``phi   = 0.9793``), ``Initial states:`` (``l =
  120.667``, ``b = 1.7375``, ``s = 0.8978 0.7964 ...`` over two lines), ``sigma:  0.0381``, an
  ``AIC AICc BIC`` row, and ``Training set error measures:`` (``ME RMSE MAE MPE MAPE MASE ACF1``
  over a ``Training set`` row);
* ``accuracy(forecast(fit, h = 24), test)``: ``Training set`` and ``Test set`` rows under ``ME
  RMSE MAE MPE MAPE MASE`` and, wrapped below, ``ACF1 Theil's U`` (``NA`` for training);
* the same for ``auto.arima(train)``: its ``summary`` (``ARIMA(1,1,0)(0,1,0)[12]``, a
  coefficient ``ar1`` with its ``s.e.`` row, ``sigma^2 = 103.6:  log likelihood = -399.64``,
  ``AIC=803.28   AICc=803.4   BIC=808.63``, the training error measures) and its ``accuracy``.

Truth: the model objects and ``accuracy()``'s matrices, written to CSV by the same R process:
``fit$par`` (``alpha``, ``beta``, ``gamma``, ``phi``, ``l``, ``b``, and the seasonal states as
``s``, printed in that order), ``sqrt(fit$sigma2)`` (``sigma``), ``aic``/``aicc``/``bic``
(``AIC``, ``AICc``, ``BIC``); the ARIMA's ``coef`` (``ar1``) and the square root of its
``var.coef`` diagonal (``s.e.``), ``sigma2`` (``sigma^2``), ``loglik`` (``log likelihood``),
``aic``/``aicc``/``bic``; every ``accuracy`` matrix as ``<row>/<column>`` (``Training set/RMSE``,
``Test set/Theil's U``; an ``NA`` cell gives no point), the training matrix that ``summary``
prints included (so ``Training set/...`` appears twice per model). Judgement: the initial
states are fitted values like coefficients, so metrics; the model names (``ETS(M,Ad,M)``) and
orders are in neither map; the two models share names (``AIC``, ``Training set/ME``); the
forecast horizon in the script's heading lines (``ETS forecast accuracy (h = 24):``) is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT15, Truth, main

R_SCRIPT = r"""
out <- commandArgs(trailingOnly = TRUE)[1]
suppressMessages(library(forecast))
w <- function(df, name) write.csv(df, file.path(out, name), row.names = FALSE)
acc <- function(a, name) w(data.frame(row = rownames(a), a, check.names = FALSE), name)
train <- window(AirPassengers, end = c(1958, 12))
test <- window(AirPassengers, start = c(1959, 1))
fit <- ets(train)
summary(fit)
acc(accuracy(fit), "ets_train.csv")
w(data.frame(name = names(fit$par), value = unname(fit$par)), "ets_par.csv")
w(data.frame(sigma = sqrt(fit$sigma2), AIC = fit$aic, AICc = fit$aicc, BIC = fit$bic),
  "ets_ic.csv")
cat("\nETS forecast accuracy (h = 24):\n")
a <- accuracy(forecast(fit, h = 24), test)
print(a)
acc(a, "ets_acc.csv")
cat("\n")
fit2 <- auto.arima(train)
summary(fit2)
acc(accuracy(fit2), "arima_train.csv")
w(data.frame(name = names(coef(fit2)), value = unname(coef(fit2)),
             se = sqrt(diag(fit2$var.coef))), "arima_coef.csv")
w(data.frame(sigma2 = fit2$sigma2, loglik = fit2$loglik, AIC = fit2$aic, AICc = fit2$aicc,
             BIC = fit2$bic), "arima_ic.csv")
cat("\nARIMA forecast accuracy (h = 24):\n")
a2 <- accuracy(forecast(fit2, h = 24), test)
print(a2)
acc(a2, "arima_acc.csv")
"""


def read_csv(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open() as f:
        return list(csv.DictReader(f))


def add_accuracy(truth: Truth, path: Path) -> None:
    for row in read_csv(path):
        label = row.pop("row")
        for column, value in row.items():
            if value not in ("NA", ""):
                truth.add(**{f"{label}/{column}": float(value)})


def run() -> None:
    import subprocess
    import tempfile

    truth = Truth()
    work = Path(tempfile.mkdtemp(prefix="r-forecast-"))
    (work / "fc.R").write_text(R_SCRIPT)
    subprocess.run(["Rscript", str(work / "fc.R"), str(work)], check=True)
    for row in read_csv(work / "ets_par.csv"):
        name = "s" if row["name"].startswith("s") and row["name"][1:].isdigit() else row["name"]
        truth.add(**{name: float(row["value"])})
    for name, value in read_csv(work / "ets_ic.csv")[0].items():
        truth.add(**{name: float(value)})
    add_accuracy(truth, work / "ets_train.csv")
    add_accuracy(truth, work / "ets_acc.csv")
    for row in read_csv(work / "arima_coef.csv"):
        truth.add(**{row["name"]: float(row["value"]), "s.e.": float(row["se"])})
    ic = read_csv(work / "arima_ic.csv")[0]
    truth.add(**{"sigma^2": float(ic["sigma2"]), "log likelihood": float(ic["loglik"]),
                 "AIC": float(ic["AIC"]), "AICc": float(ic["AICc"]), "BIC": float(ic["BIC"])})
    add_accuracy(truth, work / "arima_train.csv")
    add_accuracy(truth, work / "arima_acc.csv")
    version = subprocess.run(["Rscript", "-e", 'cat(R.version.string, "; forecast",'
                              ' format(packageVersion("forecast")))'],
                             capture_output=True, text=True).stdout.strip()
    truth.write("R forecast objects written to CSV by the same R process: ets $par, "
                "sqrt(sigma2), aic/aicc/bic; Arima coef, sqrt(diag(var.coef)), sigma2, loglik, "
                "aic/aicc/bic; accuracy() matrices as <row>/<column> (NA cells left out); "
                f"{version}",
                libraries=(), params={"h": 24}, rel=1e-3, abs_tol=5e-5)  # round(x, 4)


if __name__ == "__main__":
    main(__file__, {"r-forecast": run}, root=HELDOUT15)
