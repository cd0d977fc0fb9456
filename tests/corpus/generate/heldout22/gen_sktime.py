"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Time-series forecasting evaluation with sktime (PyPI ``sktime``): the airline passengers series
that sktime ships (``sktime.datasets.load_airline``), an expanding-window backtest (first window
96 months, a step of 12, a horizon of 1 to 12 months: four folds) of ``ThetaForecaster(sp=12)``
and of a Holt-Winters ``ExponentialSmoothing(trend="add", seasonal="mul", sp=12)``, each run by
``sktime.forecasting.model_evaluation.evaluate`` scored with ``MeanAbsolutePercentageError`` and
``MeanAbsoluteScaledError``, the returned frame printed under a ``== theta ==`` / ``== holt-winters
==`` header written by the script (columns ``test_MeanAbsolutePercentageError``,
``test_MeanAbsoluteScaledError``, ``fit_time``, ``pred_time``, ``len_train_window``, ``cutoff``;
rows 0 to 3). stderr has sktime's ``FutureWarning`` about ``remember_data`` (once per fit) and
statsmodels' ``ConvergenceWarning``, as a user sees them. On the 160-column terminal all columns
show; on a pipe pandas' default 80 columns hide the middle ones (``...``), so the pipe capture is a
twin of another shape.

Truth: the returned frames, each column under its own name, the folds' values in printed order
(no step: the printed row numbers are the frame's index): the two scores; ``len_train_window``
and the fit and prediction times optional (a table's time columns are no metrics in the corpus:
heldout3 pandas-eda's ``fit_time``, heldout7 autogluon's; corrected after the blind score); ``cutoff`` (a month) in
no truth. Only the columns pandas showed in a capture are in its truth (read from the frame's own
``repr`` under the capture's options; the values are the frame's).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main


def shown(frame) -> set:
    """The columns pandas shows when it prints `frame` here (a terminal's width or a pipe's)."""
    import re

    head = set(re.split(r"\s{2,}", repr(frame).splitlines()[0].strip()))
    return {c for c in frame.columns if c in head}


def run() -> None:
    from sktime.datasets import load_airline
    from sktime.forecasting.exp_smoothing import ExponentialSmoothing
    from sktime.forecasting.model_evaluation import evaluate
    from sktime.forecasting.theta import ThetaForecaster
    from sktime.performance_metrics.forecasting import (MeanAbsolutePercentageError,
                                                        MeanAbsoluteScaledError)
    from sktime.split import ExpandingWindowSplitter

    y = load_airline()
    cv = ExpandingWindowSplitter(initial_window=96, step_length=12, fh=list(range(1, 13)))
    truth = Truth()
    for title, forecaster in (
            ("theta", ThetaForecaster(sp=12)),
            ("holt-winters", ExponentialSmoothing(trend="add", seasonal="mul", sp=12))):
        print(f"== {title} ==", flush=True)
        res = evaluate(forecaster=forecaster, y=y, cv=cv,
                       scoring=[MeanAbsolutePercentageError(), MeanAbsoluteScaledError()])
        print(res, flush=True)
        cols = shown(res)
        for _, row in res.iterrows():
            for col in ("test_MeanAbsolutePercentageError", "test_MeanAbsoluteScaledError"):
                if col in cols:
                    truth.add(**{col: row[col]})
            for col in ("fit_time", "pred_time", "len_train_window"):  # a table's times: optional
                if col in cols:
                    truth.allow(**{col: row[col]})
    truth.write("sktime: the frames evaluate() returns, each shown column under its name, folds "
                "in printed order; len_train_window and the fit and prediction times (a table's "
                "time columns) optional",
                libraries=("sktime", "pandas", "statsmodels"),
                rel=1e-5, abs_tol=5e-7)  # pandas' six significant digits


if __name__ == "__main__":
    main(__file__, {"sktime": run}, root=HELDOUT22)
