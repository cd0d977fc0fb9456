"""XGBoost: the scikit-learn wrapper and the native `xgb.train`, both with verbose evaluation.

Prints ``[i]\\t<set>-<metric>:<value>`` lines on stdout. Truth: `evals_result()` of each model;
the printed name is ``<evaluation set name>-<metric name>`` (the wrapper names its sets
``validation_0``, ``validation_1``; `xgb.train` uses the names given in `evals`), the step is the
0-based boosting round XGBoost prints in brackets. XGBoost prints 5 decimals.
"""

from _capture import main, write_truth


def train() -> None:
    import xgboost as xgb
    from sklearn.datasets import make_classification, make_regression

    X, y = make_classification(n_samples=400, n_features=8, random_state=0)
    clf = xgb.XGBClassifier(n_estimators=6, max_depth=3, eval_metric=["logloss", "error"],
                            random_state=0, n_jobs=1)
    clf.fit(X[:300], y[:300], eval_set=[(X[:300], y[:300]), (X[300:], y[300:])], verbose=True)

    Xr, yr = make_regression(n_samples=300, n_features=6, noise=5.0, random_state=1)
    dtrain = xgb.DMatrix(Xr[:200], label=yr[:200])
    dvalid = xgb.DMatrix(Xr[200:], label=yr[200:])
    native = {}
    xgb.train({"max_depth": 3, "eta": 0.3, "eval_metric": ["rmse", "mae"], "seed": 0,
               "nthread": 1}, dtrain, num_boost_round=6,
              evals=[(dtrain, "train"), (dvalid, "eval")], evals_result=native)

    metrics, steps = {}, {}
    for result in (clf.evals_result(), native):
        for data_name, by_metric in result.items():
            for metric_name, values in by_metric.items():
                name = f"{data_name}-{metric_name}"
                metrics[name] = list(values)
                steps[name] = list(range(len(values)))
    write_truth(metrics, steps=steps, libraries=("xgboost-cpu", "scikit-learn"), abs_tol=5e-6,
                source="XGBClassifier.evals_result() and xgb.train(evals_result=...); "
                       "name = '<set>-<metric>', step = 0-based round")


if __name__ == "__main__":
    main(__file__, {"xgboost": train})
