"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Automatic time-series forecasting with PyAF (PyPI ``pyaf``, on pandas 2 and NumPy 1.x), seeded:
120 daily points of a linear trend plus a weekly cycle plus noise, a forecast engine restricted
to a few components (no transformation, linear or constant trend, cycles, no autoregression)
trained for a horizon of 3 (``train(df, 'Date', 'Signal', 3)``), then ``getModelInfo()``.
PyAF logs through Python's ``logging`` at INFO to stderr, every line framed ``INFO:pyaf.std:``:
``TRAINING_ENGINE_START {...}``, ``TRAINING_ENGINE_END 2.1``, ``TIME_DETAIL ...``,
``SIGNAL_DETAIL_ORIG SignalVariable='Signal' Length=120  Min=8.08 Max=17.5  Mean=13.0
StdDev=2.29``, the chosen decomposition, ``MODEL_PERFS Fit STEP=1 {'MAPE': 0.0358, 'RMSE':
0.5516, 'MAE': 0.4177, 'MASE': 0.3275}`` (and ``Forecast``, ``Test``; steps 1 and 3), the
complexity, trend and cycle details (``LINEAR_RIDGE_TREND LinearTrend (0.21, array([0.46]))``,
``BEST_CYCLE_LENGTH_VALUES ... {0: -0.0037, 1: 0.155, ...}``) and the competition's short
list (``COMPETITION_DETAIL_SHORT_LIST 'Signal' 0 {... 'Voting': 222.86, ...,
'Forecast_MASE_1': 0.34, ...}``).

Truth: the dicts PyAF logs, taken from the same objects its ``perf_info`` and
``get_competition_details`` print from: the best model's ``mFitPerfs``, ``mForecastPerfs`` and
``mTestPerfs`` for ``Signal_Forecast_<h>``, ``to_dict_summary(criterion)``, as ``Fit/MAPE``,
``Forecast/RMSE``, ``Test/MASE``, ... at the ``STEP`` the line states; the short list frame
(``mModelShortListBySignal['Signal']``) per row as ``<row>/Voting`` and
``<row>/Forecast_MASE_<h>``. Optional: ``SIGNAL_DETAIL_ORIG``'s ``Length``, ``Min``, ``Max``,
``Mean``, ``StdDev`` (the data's description). No truth (kept in no object in the printed
form, or internals): the training time, the transformed signal's description, the trend's and
cycle's fitted internals, the time detail.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main

HORIZON = 3


def run() -> None:
    import warnings

    import numpy as np
    import pandas as pd
    import pyaf.ForecastEngine as autof

    warnings.simplefilter("ignore")
    rng = np.random.default_rng(26)
    n = 120
    df = pd.DataFrame({"Date": pd.date_range("2020-01-01", periods=n, freq="D")})
    df["Signal"] = (10 + 0.05 * np.arange(n) + 2 * np.sin(2 * np.pi * np.arange(n) / 7)
                    + rng.normal(0, 0.5, n))
    engine = autof.cForecastEngine()
    engine.mOptions.set_active_transformations(["None"])
    engine.mOptions.set_active_trends(["ConstantTrend", "LinearTrend"])
    engine.mOptions.set_active_periodics(["NoCycle", "BestCycle", "Seasonal_DayOfWeek"])
    engine.mOptions.set_active_autoregressions(["NoAR"])
    engine.train(df, "Date", "Signal", HORIZON)
    engine.getModelInfo()
    sys.stderr.flush()
    decomposition = engine.mSignalDecomposition
    model = decomposition.mBestModels["Signal"]
    criterion = model.mTimeInfo.mOptions.mModelSelection_Criterion
    truth = Truth()
    for h in (1, HORIZON):
        key = f"Signal_Forecast_{h}"
        for label, perfs in (("Fit", model.mFitPerfs), ("Forecast", model.mForecastPerfs),
                             ("Test", model.mTestPerfs)):
            summary = perfs[key].to_dict_summary(criterion)
            truth.add(at=h, **{f"{label}/{k}": v for k, v in summary.items()})
    signal = df["Signal"]
    truth.allow(Length=len(signal), Min=signal.min(), Max=signal.max(), Mean=signal.mean(),
                StdDev=signal.std(ddof=0))
    short = decomposition.mModelShortListBySignal["Signal"].to_dict(orient="index")
    for row in sorted(short):
        values = short[row]
        truth.add(**{f"{row}/{k}": v for k, v in values.items()
                     if k == "Voting" or k.startswith("Forecast_")})
    truth.write("PyAF: the best model's mFitPerfs/mForecastPerfs/mTestPerfs "
                "to_dict_summary(criterion) and the short-list frame, the objects PyAF logs from",
                libraries=("pyaf", "pandas", "numpy"), rel=1e-6, abs_tol=1e-6)


if __name__ == "__main__":
    main(__file__, {"pyaf": run}, root=HELDOUT26)
