"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Time series forecasting with skforecast (PyPI ``skforecast``) on a seeded daily series of 150
values (a weekly cycle and noise): a recursive forecaster with a ridge regression and 7 lags is
fitted on the first 100 days and printed (``print(forecaster)``: a block of its settings,
``Lags: [1 2 3 4 5 6 7]``, ``Window size: 7``, the estimator's parameters as a dict, the
training range and the creation and fit dates); then ``backtesting_forecaster`` over the last
50 days in folds of 10 (``refit=False``) with two metrics, its metric frame printed
(``mean_absolute_error  mean_squared_error`` in one row); then ``grid_search_forecaster`` over
``alpha`` in (0.01, 1, 100) and lags 3 and 7, its results frame printed as pandas prints it
(columns ``lags lags_label params mean_absolute_error alpha``, the middle ones elided with
``...`` on a narrow pipe), and a backtest of the refitted best forecaster.

Truth: the frames the two functions return: the backtest's metrics by column name (one row),
the grid's ``mean_absolute_error`` under the column's name too, a value per candidate: the
frame's rows are the search's candidates numbered 0, 1, ... as a series' steps, as in the
other halves' truths of a search's results frame (heldout's sklearn-search: ``mean_test_score``
a value per ``cv_results_`` row); its ``alpha`` column is each candidate's setting (a param,
as sklearn-search's ``param_C``). The forecaster's printed settings are ``params`` (``lags``,
``window_size``, the ridge's ``alpha``, ``tol`` and ``max_iter``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    from skforecast.model_selection import (TimeSeriesFold, backtesting_forecaster,
                                            grid_search_forecaster)
    from skforecast.recursive import ForecasterRecursive
    from sklearn.linear_model import Ridge

    rng = np.random.default_rng(0)
    index = pd.date_range("2020-01-01", periods=150, freq="D")
    y = pd.Series(10 + 3 * np.sin(np.arange(150) * 2 * np.pi / 7) + rng.normal(0, 0.5, 150),
                  index=index, name="y")
    forecaster = ForecasterRecursive(estimator=Ridge(alpha=1.0), lags=7)
    forecaster.fit(y=y[:100])
    print(forecaster)
    cv = TimeSeriesFold(steps=10, initial_train_size=100, refit=False)
    truth = Truth()
    metrics, _ = backtesting_forecaster(forecaster=forecaster, y=y, cv=cv,
                                        metric=["mean_absolute_error", "mean_squared_error"],
                                        show_progress=False)
    print(metrics)
    truth.add(**metrics.iloc[0].to_dict())
    results = grid_search_forecaster(forecaster=forecaster, y=y, cv=cv,
                                     param_grid={"alpha": [0.01, 1, 100]}, lags_grid=[3, 7],
                                     metric="mean_absolute_error", return_best=True,
                                     show_progress=False)
    print(results)
    for _, values in results.iterrows():  # a candidate a row, numbered as steps
        truth.add(mean_absolute_error=values["mean_absolute_error"])
    metrics, _ = backtesting_forecaster(forecaster=forecaster, y=y, cv=cv,
                                        metric=["mean_absolute_error", "mean_squared_error"],
                                        show_progress=False)
    print(metrics)
    truth.add(**metrics.iloc[0].to_dict())
    truth.write("skforecast: the metric frames backtesting_forecaster returns (by column) and the "
                "results frame of grid_search_forecaster (mean_absolute_error, a value per "
                "candidate row; alpha a setting); the forecaster's settings as params",
                libraries=("skforecast", "scikit-learn", "pandas"),
                params={"lags": "[1 2 3 4 5 6 7]", "window_size": 7, "alpha": 1.0,
                        "tol": 0.0001, "max_iter": None},
                rel=1e-5, abs_tol=5e-7)  # pandas' six decimals


if __name__ == "__main__":
    main(__file__, {"skforecast": run}, root=HELDOUT20)
