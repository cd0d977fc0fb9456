"""HELD-OUT fixture (seventh half, see generate/heldout7/README.md): do not read while tuning the
parser.

AutoGluon's ``TabularPredictor.fit`` at its default verbosity (2) on the breast-cancer set,
with four scikit-learn-backed model types (the ones ``autogluon.tabular`` fits without extras),
then the usual ``leaderboard`` and ``evaluate``. AutoGluon logs to stderr:

* ``Verbosity: 2 (Standard Logging)``, a ``System Info`` block (``CPU Count: 2``, ``Memory
  Avail: 21.52 GB / 23.54 GB (91.4%)``), the presets advice, ``Train Data Rows: 455``, the
  feature generators' stages, ``Automatically generating train/validation split with
  holdout_frac=0.2, Train Rows: 364, Val Rows: 91``;
* ``User-specified model hyperparameters to be fit:`` and the dict, one key a line
  (``'RF': [{'n_estimators': 60, 'criterion': 'gini'}],``);
* per model, a section under ``Fitting model: RandomForest ...``: ``\\t0.967\\t = Validation
  score   (accuracy)``, ``\\t0.32s\\t = Training   runtime``, ``\\t0.02s\\t = Validation
  runtime`` (the value first, then its name), ``Ensemble Weights: {'RandomForest': 0.5, ...}``;
* ``AutoGluon training complete, total runtime = 1.18s ... Best model: WeightedEnsemble_L2 |
  Estimated inference throughput: 2208.4 rows/s (91 batch size)``.

On stdout, the script prints a leaderboard subset (pandas, every column shown: ``model  score_test  score_val
pred_time_val  fit_time  stack_level``, a row per model) and the ``evaluate`` dict
(``{'accuracy': 0.9649, 'balanced_accuracy': np.float64(0.9630), 'mcc': ..., 'roc_auc': ...}``).

Truth: ``leaderboard(test)``: each model's ``score_val`` as ``Validation score`` (the fit log's
sections are models, one point each, no step) and again in the table, its cells named by the
row's model and the column (``ExtraTrees/score_val``, ``ExtraTrees/score_test``: ENTITY_NAMES); ``evaluate``'s dict under its keys. Times, rates, counts,
memory, the stack level and the ensemble weights are in neither map. The printed
hyperparameter dict (``RF.n_estimators``...), ``holdout_frac``, the eval metric and the
verbosity are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT7, Truth, main


def run() -> None:
    import tempfile

    import pandas as pd
    from autogluon.tabular import TabularPredictor
    from sklearn.datasets import load_breast_cancer

    truth = Truth()
    pd.set_option("display.max_columns", None)  # as notebooks and scripts often do: no `...`
    pd.set_option("display.width", 120)
    data = load_breast_cancer(as_frame=True).frame
    train = data.sample(frac=0.8, random_state=0)
    test = data.drop(train.index)
    hyperparameters = {"RF": {"n_estimators": 60, "criterion": "gini"},
                       "XT": {"n_estimators": 60}, "KNN": {"weights": "distance"}, "LR": {}}
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "AutogluonModels")
        predictor = TabularPredictor(label="target", path=path, eval_metric="accuracy",
                                     verbosity=2)
        predictor.fit(train, hyperparameters=hyperparameters, holdout_frac=0.2)
        sys.stderr.flush()
        board = predictor.leaderboard(test, silent=True)
        print(board[["model", "score_test", "score_val", "pred_time_val", "fit_time",
                     "stack_level"]])
        scores = predictor.evaluate(test, silent=True)
        print(scores, flush=True)
    for _, row in board.iterrows():
        model = row["model"]
        truth.add(**{"Validation score": row["score_val"], f"{model}/score_val": row["score_val"],
                     f"{model}/score_test": row["score_test"]})
    truth.add(**{k: float(v) for k, v in scores.items()})
    params = {f"{model}.{key}": value for model, hp in hyperparameters.items()
              for key, value in hp.items()}
    params.update({"holdout_frac": 0.2, "eval_metric": "accuracy", "Verbosity": 2})
    truth.write("leaderboard(test): score_val as each model section's Validation score and as "
                "the table's <model>/score_val, <model>/score_test; evaluate()'s dict; times, counts, weights "
                "in neither map; the printed hyperparameters, holdout_frac = params",
                libraries=("autogluon.tabular", "scikit-learn", "pandas"), params=params,
                rel=1e-6, abs_tol=5.1e-5)  # four decimals in the log, six in pandas


if __name__ == "__main__":
    main(__file__, {"autogluon": run}, root=HELDOUT7)
