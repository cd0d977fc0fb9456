"""LightGBM: `lgb.train` with its default verbosity and the `log_evaluation` callback, and the
scikit-learn wrapper with two evaluation sets.

Prints ``[i]\\t<set>'s <metric>: <value>`` lines on stdout, among LightGBM's own ``[LightGBM]
[Info]`` diagnostics. Truth: the `record_evaluation` callback's dict and the wrapper's
`evals_result_`; the printed name is ``<set>'s <metric>`` (``valid_0's l2``; the wrapper's sets are
named ``training`` and ``holdout`` here), the step the 1-based round LightGBM prints in
brackets. LightGBM prints values with ``%g`` (6 significant digits).
"""

from _capture import main, write_truth


def train() -> None:
    import lightgbm as lgb
    from sklearn.datasets import make_classification, make_regression

    Xr, yr = make_regression(n_samples=300, n_features=6, noise=5.0, random_state=1)
    dtrain = lgb.Dataset(Xr[:200], label=yr[:200])
    dvalid = lgb.Dataset(Xr[200:], label=yr[200:], reference=dtrain)
    recorded = {}
    lgb.train({"objective": "regression", "metric": ["l2", "l1"], "num_leaves": 7, "seed": 0,
               "num_threads": 1, "deterministic": True}, dtrain, num_boost_round=6,
              valid_sets=[dvalid],
              callbacks=[lgb.log_evaluation(1), lgb.record_evaluation(recorded)])

    X, y = make_classification(n_samples=400, n_features=8, random_state=0)
    clf = lgb.LGBMClassifier(n_estimators=6, num_leaves=7, random_state=0, n_jobs=1,
                             deterministic=True)
    clf.fit(X[:300], y[:300], eval_X=(X[:300], X[300:]), eval_y=(y[:300], y[300:]),
            eval_names=["training", "holdout"], eval_metric="binary_error",
            callbacks=[lgb.log_evaluation(1)])

    metrics, steps = {}, {}
    for result in (recorded, clf.evals_result_):
        for data_name, by_metric in result.items():
            for metric_name, values in by_metric.items():
                name = f"{data_name}'s {metric_name}"
                metrics[name] = list(values)
                steps[name] = list(range(1, len(values) + 1))
    write_truth(metrics, steps=steps, libraries=("lightgbm", "scikit-learn"), rel=1e-5,
                abs_tol=1e-12,
                source="lgb.record_evaluation() and LGBMClassifier.evals_result_; "
                       "name = \"<set>'s <metric>\", step = 1-based round")


if __name__ == "__main__":
    main(__file__, {"lightgbm": train})
