"""HELD-OUT fixture (eighth half, see generate/heldout8/README.md): do not read while tuning the
parser.

Prophet (Meta's forecasting library) as its quick start and diagnostics guide use it, on a
synthetic daily series (trend, weekly and yearly seasonality, noise) of 500 days: the script
prints its settings, fits on all but the last 30 days, prints the forecast's last rows
(``forecast[['ds', 'yhat', 'yhat_lower', 'yhat_upper']].tail()``, the quick start's table of
predictions) and its own ``holdout MAE`` and ``holdout coverage`` on the 30 days it kept
back, then runs ``cross_validation`` (a tqdm bar over the cut-offs on stderr) and prints
``performance_metrics`` (a pandas table: ``horizon`` as ``3 days``, ``mse rmse mae mape mdape
smape coverage``). Prophet and cmdstanpy log on stderr (``Importing plotly failed``, the
seasonality advice, ``hh:mm:ss - cmdstanpy - INFO - Chain [1] start processing``).

Truth: ``performance_metrics``' DataFrame: each column a point per row at the row's horizon in
days, the columns pandas printed only (on a pipe, 80 columns wide, it elides ``mae`` and ``mape``
as ``...``: fixed after scoring, the truth listed them) (the step; rows are one series over the horizon, like epochs); the holdout MAE and
coverage computed from ``predict``'s ``yhat``/``yhat_lower``/``yhat_upper``. The forecast
table's values are predictions, in neither map. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT8, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    from prophet import Prophet
    from prophet.diagnostics import cross_validation, performance_metrics

    truth = Truth()
    settings = {"changepoint_prior_scale": 0.05, "seasonality_mode": "additive",
                "interval_width": 0.8, "initial": "330 days", "period": "45 days",
                "horizon": "21 days", "holdout_days": 30}
    print("settings: " + " ".join(f"{k}={v}" for k, v in settings.items()), flush=True)
    rng = np.random.default_rng(0)
    t = np.arange(500)
    y = (10 + 0.02 * t + 2 * np.sin(2 * np.pi * t / 7) + 3 * np.sin(2 * np.pi * t / 365.25)
         + rng.normal(0, 0.8, 500))
    df = pd.DataFrame({"ds": pd.date_range("2022-01-01", periods=500, freq="D"), "y": y})
    train, holdout = df.iloc[:-settings["holdout_days"]], df.iloc[-settings["holdout_days"]:]

    model = Prophet(changepoint_prior_scale=settings["changepoint_prior_scale"],
                    seasonality_mode=settings["seasonality_mode"],
                    interval_width=settings["interval_width"], daily_seasonality=False)
    model.fit(train)
    sys.stderr.flush()
    future = model.make_future_dataframe(periods=settings["holdout_days"])
    forecast = model.predict(future)
    print(forecast[["ds", "yhat", "yhat_lower", "yhat_upper"]].tail(), flush=True)
    last = forecast.iloc[-settings["holdout_days"]:]
    mae = float(np.mean(np.abs(last["yhat"].values - holdout["y"].values)))
    coverage = float(np.mean((holdout["y"].values >= last["yhat_lower"].values)
                             & (holdout["y"].values <= last["yhat_upper"].values)))
    print(f"holdout MAE: {mae:.4f}  holdout coverage: {coverage:.3f}", flush=True)
    truth.add(**{"holdout MAE": mae, "holdout coverage": coverage})

    cv = cross_validation(model, initial=settings["initial"], period=settings["period"],
                          horizon=settings["horizon"])
    sys.stderr.flush()
    metrics = performance_metrics(cv)
    print(metrics, flush=True)
    shown = str(metrics).splitlines()[0].split()  # on a pipe pandas elides middle columns as "..."
    for _, row in metrics.iterrows():
        days = row["horizon"].days
        truth.add(days, **{c: float(row[c]) for c in metrics.columns
                           if c != "horizon" and c in shown})
    truth.write("performance_metrics DataFrame (each column pandas printed at the row's horizon "
                "in days; on a pipe pandas elides mae and mape as '...'); "
                "holdout MAE and coverage from predict(); forecast rows in neither map; "
                "settings = params",
                libraries=("prophet", "cmdstanpy", "pandas"), params=settings,
                rel=1e-5, abs_tol=5.1e-4)  # pandas's 6 decimals; the script's 3-4


if __name__ == "__main__":
    main(__file__, {"prophet": run}, root=HELDOUT8)
