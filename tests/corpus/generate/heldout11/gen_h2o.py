"""HELD-OUT fixture (eleventh half, see generate/heldout11/README.md): do not read while tuning
the parser.

H2O-3 from Python (the ``h2o`` package, which starts its bundled Java server on 127.0.0.1), as
its documentation trains and reports: ``h2o.init``, an ``H2OFrame`` of synthetic data (``Parse
progress: |████| (done) 100%``), a gradient boosting machine trained with a validation frame
(``gbm Model Build progress: ...``) and ``print(model)``: ``Model Details``, a ``Model Summary``
table, for the training and then the validation data ``ModelMetricsBinomial: gbm`` / ``**
Reported on train data. **`` with ``MSE: 0.1142...``, ``RMSE``, ``LogLoss``, ``Mean Per-Class
Error``, ``AUC``, ``AUCPR``, ``Gini`` (all digits), a confusion matrix at the max-F1 threshold,
the ``Maximum Metrics`` table, the ``Gains/Lift Table``, then the ``Scoring History`` (a row per
scoring: ``timestamp  duration  number_of_trees  training_rmse  training_logloss ...
validation_classification_error``) and ``Variable Importances``. Then a distributed random
forest regressor and ``print(drf.model_performance(test))`` (``ModelMetricsRegression: drf``,
``** Reported on test data. **``, ``MSE``, ``RMSE``, ``MAE``, ``RMSLE`` (``NaN`` here: some
targets are negative), ``Mean Residual Deviance``). H2O's notice about its version's age
comes first; its ``stty`` calls complain on stderr when stdin is no terminal.

Truth: H2O's own metric objects and tables, as the model holds them: ``model_performance(train=
True)`` / ``(valid=True)`` / ``(test)`` (``mse()``, ``rmse()``, ``logloss()``,
``mean_per_class_error()``, ``auc()``, ``aucpr()``, ``gini()``; ``mae()``, ``rmsle()``,
``mean_residual_deviance()``), named after the section's phase (``** Reported on
train data. **`` gives ``train/MSE``, validation ``val/``, test ``test/``); the scoring history
(``scoring_history()``) as each column's name at the row's ``number_of_trees`` (``timestamp``
and ``duration`` in neither map). Optional: the model summary's cells, the confusion matrices'
cells and thresholds, the ``Maximum Metrics`` and ``Gains/Lift`` tables' cells
(``<row>/<column>``, from H2O's ``H2OTwoDimTable`` objects), the gains table's title rates
(``Avg response rate``, ``avg score``: its last row's cumulative rates, in percent), the
variable importances. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT11, Truth, main

SETTINGS = {"seed": 1, "n_rows": 800, "n_features": 5, "ntrees": 20, "max_depth": 3,
            "score_tree_interval": 5, "drf_ntrees": 30, "nthreads": 1}


def number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def allow_table(truth: Truth, table, prefix: str = "") -> None:
    """Every numeric cell of an ``H2OTwoDimTable`` as ``<row label>/<column>``."""
    header = table.col_header
    for row in table.cell_values:
        label = str(row[0]).strip() if row[0] not in (None, "") else ""
        for name, cell in zip(header[1:], row[1:]):
            value = number(cell)
            if value is not None:
                key = f"{label}/{name}" if label else name
                truth.allow(**{prefix + key: value})
        first = number(row[0])
        if first is not None and header[0]:
            truth.allow(**{prefix + header[0]: first})


def run() -> None:
    import h2o
    import numpy as np
    import pandas as pd
    from h2o.estimators import H2OGradientBoostingEstimator, H2ORandomForestEstimator

    s = SETTINGS
    truth = Truth()
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    h2o.init(nthreads=s["nthreads"], max_mem_size="1G", verbose=False)
    rng = np.random.default_rng(s["seed"])
    n, d = s["n_rows"], s["n_features"]
    X = rng.normal(size=(n, d))
    cols = [f"x{i}" for i in range(d)]
    df = pd.DataFrame(X, columns=cols)
    df["label"] = (X[:, 0] + X[:, 1] ** 2 + rng.normal(size=n) > 1).astype(int)
    df["target"] = 3 * X[:, 0] - 2 * X[:, 2] ** 2 + np.sin(3 * X[:, 3]) + rng.normal(size=n)
    frame = h2o.H2OFrame(df)
    frame["label"] = frame["label"].asfactor()
    train, valid, test = frame.split_frame([0.6, 0.2], seed=s["seed"])

    gbm = H2OGradientBoostingEstimator(ntrees=s["ntrees"], max_depth=s["max_depth"],
                                       seed=s["seed"],
                                       score_tree_interval=s["score_tree_interval"])
    gbm.train(x=cols, y="label", training_frame=train, validation_frame=valid)
    print(gbm, flush=True)
    allow_table(truth, gbm._model_json["output"]["model_summary"])
    for phase, perf in (("train", gbm.model_performance(train=True)),
                        ("val", gbm.model_performance(valid=True))):
        truth.add(**{f"{phase}/MSE": perf.mse(), f"{phase}/RMSE": perf.rmse(),
                     f"{phase}/LogLoss": perf.logloss(),
                     f"{phase}/Mean Per-Class Error": perf.mean_per_class_error()[0][1],
                     f"{phase}/AUC": perf.auc(), f"{phase}/AUCPR": perf.aucpr(),
                     f"{phase}/Gini": perf.gini()})
        binomial_tables(truth, perf)
    history = gbm.scoring_history()
    for _, row in history.iterrows():
        step = row["number_of_trees"]
        truth.add(step, **{name: row[name] for name in history.columns
                           if name not in ("", "timestamp", "duration", "number_of_trees")})
        truth.allow(number_of_trees=step)
    allow_table(truth, gbm._model_json["output"]["variable_importances"])

    drf = H2ORandomForestEstimator(ntrees=s["drf_ntrees"], seed=s["seed"])
    drf.train(x=cols, y="target", training_frame=train)
    perf = drf.model_performance(test)
    print(perf, flush=True)
    truth.add(**{"test/MSE": perf.mse(), "test/RMSE": perf.rmse(), "test/MAE": perf.mae(),
                 "test/RMSLE": perf.rmsle(),
                 "test/Mean Residual Deviance": perf.mean_residual_deviance()})
    sys.stdout.flush()
    h2o.cluster().shutdown()
    truth.write("h2o model_performance(train/valid/test) metric accessors as <phase>/<name>, "
                "scoring_history() columns at number_of_trees; model summary, confusion "
                "matrices, maximum-metrics and gains/lift tables, variable importances "
                "optional (H2OTwoDimTable cells); settings = params",
                libraries=("h2o", "numpy", "pandas"), params=s,
                rel=1e-5, abs_tol=5.1e-5)  # tables: six significant digits, CM four decimals


def binomial_tables(truth: Truth, perf) -> None:
    """The tables a binomial metrics object prints, every cell optional."""
    threshold = perf.find_threshold_by_max_metric("f1")
    truth.allow(**{"threshold": threshold})
    allow_table(truth, perf.confusion_matrix().table)
    allow_table(truth, perf._metric_json["max_criteria_and_metric_scores"])
    gains = perf.gains_lift()
    allow_table(truth, gains)
    last = dict(zip(gains.col_header, gains.cell_values[-1]))  # the whole data's rates
    truth.allow(**{"Avg response rate": 100 * float(last["cumulative_response_rate"]),
                   "avg score": 100 * float(last["cumulative_score"])})


if __name__ == "__main__":
    main(__file__, {"h2o": run}, root=HELDOUT11)
