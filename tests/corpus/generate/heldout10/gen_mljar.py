"""HELD-OUT fixture (tenth half, see generate/heldout10/README.md): do not read while tuning the
parser.

Tabular AutoML with MLJAR's ``mljar-supervised``, as its README's quick start writes it: an
``AutoML`` in ``Explain`` mode restricted to four algorithms (Baseline, Linear, Decision Tree,
LightGBM) with 3-fold stratified cross-validation, fitted on a seeded ``make_classification``
frame (600 rows, 8 features; no download). It prints its set-up (``AutoML directory``, ``The
task is binary_classification with evaluation metric logloss``, the algorithms and steps), a
line per model (``3_Linear logloss 0.290633 trained in 8.34 seconds``) under ``* Step ...
will try to check up to 3 models`` headers, the ensemble's line, ``AutoML fit time`` and
``AutoML best model``. The script then prints ``automl.get_leaderboard()`` (a pandas frame:
``name model_type metric_type metric_value train_time``) and the fitted model's accuracy on
the training rows.

Truth: the AutoML's own record, ``get_leaderboard()``: each model's ``metric_value``, under the
model's name and the metric the line names (``3_Linear/logloss``: the lines are rows of
different models) and, for the printed frame, ``<name>/metric_value`` (the ``name`` column
labels the rows; its index column in neither map); ``train_time``, ``trained in`` and ``fit
time`` (timings) in neither map. ``automl.score`` for the script's ``accuracy`` line. The
``* Step`` headers' model counts optional; the AutoML settings the script prints are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT10, Truth, main

SETTINGS = {"mode": "Explain", "k_folds": 3, "total_time_limit": 120, "random_state": 1,
            "n_samples": 600, "n_features": 8}
ALGORITHMS = ["Baseline", "Linear", "Decision Tree", "LightGBM"]


def run() -> None:
    import shutil
    import tempfile

    import pandas as pd
    from sklearn.datasets import make_classification
    from supervised.automl import AutoML

    s = SETTINGS
    truth = Truth()
    X, y = make_classification(n_samples=s["n_samples"], n_features=s["n_features"],
                               n_informative=5, random_state=0)
    X = pd.DataFrame(X, columns=[f"f{i}" for i in range(s["n_features"])])
    results = Path(tempfile.gettempdir()) / "mljar-automl-run"  # a fixed name, as a user's
    shutil.rmtree(results, ignore_errors=True)
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    automl = AutoML(results_path=str(results), mode=s["mode"], algorithms=ALGORITHMS,
                    explain_level=0, total_time_limit=s["total_time_limit"],
                    random_state=s["random_state"], n_jobs=1,
                    validation_strategy={"validation_type": "kfold", "k_folds": s["k_folds"],
                                         "shuffle": True, "stratify": True})
    automl.fit(X, y)
    sys.stdout.flush()
    board = automl.get_leaderboard()
    for _, row in board.iterrows():
        truth.add(**{f"{row['name']}/{row['metric_type']}": row["metric_value"]})
    truth.allow(**{"will try to check up to": 3})
    truth.allow(**{"will try to check up to": 1})
    truth.allow(**{"will try to check up to": 1})
    print(board, flush=True)
    for _, row in board.iterrows():
        truth.add(**{f"{row['name']}/metric_value": row["metric_value"]})
    accuracy = automl.score(X, y)
    print(f"accuracy on the training rows: {accuracy:.4f}", flush=True)
    truth.add(**{"accuracy on the training rows": accuracy})  # the name as printed
    truth.write("mljar-supervised AutoML.get_leaderboard() metric_value per model (the lines "
                "as <model>/<metric>, the printed frame as <name>/metric_value; timings "
                "left out); automl.score for the accuracy; settings = params",
                libraries=("mljar-supervised", "scikit-learn", "pandas", "lightgbm"),
                params={**s, "algorithms": str(ALGORITHMS)},
                rel=1e-9, abs_tol=5.1e-5)  # six decimals; the accuracy's four


if __name__ == "__main__":
    main(__file__, {"mljar": run}, root=HELDOUT10)
