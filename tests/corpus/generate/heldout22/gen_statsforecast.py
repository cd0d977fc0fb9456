"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Forecast backtesting with Nixtla's statsforecast (PyPI ``statsforecast``, with its
``utilsforecast``): three seeded monthly series of ten years (``store_1`` to ``store_3``, trend,
yearly season, noise), ``StatsForecast(models=[AutoETS(season_length=12),
AutoARIMA(season_length=12), SeasonalNaive(12)], freq="MS", n_jobs=1).cross_validation(h=6,
n_windows=2, step_size=6)``, scored with ``utilsforecast.evaluation.evaluate(..., metrics=[mae,
rmse, smape])``, the returned long frame printed (``unique_id metric AutoETS AutoARIMA
SeasonalNaive``, one row per series and metric) and then its mean over the series
(``evaluation.groupby("metric").mean(numeric_only=True)``, indexed by ``metric``), as
Nixtla's tutorials show them, under ``== per series ==`` / ``== mean over series ==`` headers
written by the script.

Truth: the evaluation frame itself (the library's returned object) as
``<unique_id>/<metric>/<model>``, and the means as ``<metric>/<model>``. The printed row numbers
are in no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    from statsforecast import StatsForecast
    from statsforecast.models import AutoARIMA, AutoETS, SeasonalNaive
    from utilsforecast.evaluation import evaluate
    from utilsforecast.losses import mae, rmse, smape

    rng = np.random.default_rng(22)
    frames = []
    for uid in ("store_1", "store_2", "store_3"):
        t = np.arange(120)
        y = (50 + 0.2 * t + 8 * np.sin(2 * np.pi * t / 12) + rng.normal(0, 2, 120)
             + (10 if uid == "store_2" else 0))
        frames.append(pd.DataFrame({"unique_id": uid, "y": y,
                                    "ds": pd.date_range("2015-01-01", periods=120, freq="MS")}))
    df = pd.concat(frames)
    sf = StatsForecast(models=[AutoETS(season_length=12), AutoARIMA(season_length=12),
                               SeasonalNaive(12)], freq="MS", n_jobs=1)
    cv = sf.cross_validation(df=df, h=6, n_windows=2, step_size=6)
    evaluation = evaluate(cv.drop(columns="cutoff"), metrics=[mae, rmse, smape])
    models = [c for c in evaluation.columns if c not in ("unique_id", "metric")]
    truth = Truth()
    print("== per series ==")
    print(evaluation)
    for _, row in evaluation.iterrows():
        for model in models:
            truth.add(**{f"{row['unique_id']}/{row['metric']}/{model}": row[model]})
    means = evaluation.groupby("metric").mean(numeric_only=True)
    print("== mean over series ==")
    print(means)
    for metric, row in means.iterrows():
        for model in models:
            truth.add(**{f"{metric}/{model}": row[model]})
    truth.write("statsforecast: utilsforecast's evaluate() frame of the cross-validation as "
                "<unique_id>/<metric>/<model>, its mean per metric as <metric>/<model>",
                libraries=("statsforecast", "utilsforecast", "pandas"),
                rel=1e-5, abs_tol=5e-7)  # pandas' six decimals


if __name__ == "__main__":
    main(__file__, {"statsforecast": run}, root=HELDOUT22)
