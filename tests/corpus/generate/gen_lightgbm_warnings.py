"""Development fixture (held out in the first measurement of issue 11, seen since).

LightGBM at its default verbosity, on small data and with settings that make it talk:

* `lgb.train` with two validation sets, ``min_data_in_leaf`` large for the data (so
  ``[LightGBM] [Warning] No further splits with positive gain, best gain: -inf`` lines), an
  alias clash (``[LightGBM] [Warning] feature_fraction is set=0.9, colsample_bytree=0.8 will be
  ignored. Current value: feature_fraction=0.9``), `log_evaluation(1)` and `early_stopping(3)`:
  ``Training until validation scores don't improve for 3 rounds`` ... ``Early stopping, best
  iteration is:`` (or ``Did not meet early stopping. Best iteration is:``) and the best round's
  line printed again;
* `lgb.cv` (3 folds) with `log_evaluation(1)`: ``[2]\\tvalid's auc: 0.91 + 0.0213`` (mean + stdv;
  LightGBM 4.7 prints the validation set's own name, not ``cv_agg's valid auc``).

Truth: `record_evaluation`'s dict (``<set>'s <metric>``, step = the 1-based round) plus the
best round's values once more (the repeated line, `booster.best_score`, at `best_iteration`);
`lgb.cv`'s ``valid auc-mean`` as ``valid's auc`` (the name printed) at its round (its ``-stdv``
optional as ``valid's auc_std``). The [Info]/[Warning] numbers (counts, bins, gains, settings) are
no metrics. LightGBM prints ``%g`` (6 significant digits).
"""

from _capture import main, write_truth


def train() -> None:
    import lightgbm as lgb
    from sklearn.datasets import make_classification

    X, y = make_classification(n_samples=240, n_features=8, n_informative=3, flip_y=0.1,
                               random_state=3)
    params = {"objective": "binary", "metric": ["auc", "binary_logloss"], "num_leaves": 15,
              "min_data_in_leaf": 30, "learning_rate": 0.2, "feature_fraction": 0.9,
              "colsample_bytree": 0.8, "seed": 0, "num_threads": 1, "deterministic": True}
    dtrain = lgb.Dataset(X[:160], label=y[:160])
    dvalid = lgb.Dataset(X[160:], label=y[160:], reference=dtrain)
    recorded: dict = {}
    booster = lgb.train(params, dtrain, num_boost_round=20, valid_sets=[dtrain, dvalid],
                        valid_names=["train", "valid"],
                        callbacks=[lgb.log_evaluation(1), lgb.early_stopping(3),
                                   lgb.record_evaluation(recorded)])
    cv = lgb.cv({**params, "metric": "auc"}, lgb.Dataset(X, label=y), num_boost_round=5,
                nfold=3, stratified=True, seed=0, callbacks=[lgb.log_evaluation(1)])

    metrics: dict[str, list[float]] = {}
    steps: dict[str, list[float]] = {}
    for data_name, by_metric in recorded.items():
        for metric_name, values in by_metric.items():
            name = f"{data_name}'s {metric_name}"
            metrics[name] = [float(v) for v in values]
            steps[name] = [float(i) for i in range(1, len(values) + 1)]
    for data_name, by_metric in booster.best_score.items():  # the best round, printed again
        for metric_name, value in by_metric.items():
            name = f"{data_name}'s {metric_name}"
            metrics[name].append(float(value))
            steps[name].append(float(booster.best_iteration))
    name = "valid's auc"  # what lgb.cv prints for its mean: the same name as train's valid set
    metrics[name] += [float(v) for v in cv["valid auc-mean"]]
    steps[name] += [float(i) for i in range(1, len(cv["valid auc-mean"]) + 1)]
    write_truth(metrics, steps=steps,
                optional={"valid's auc_std": [float(v) for v in cv["valid auc-stdv"]]},
                libraries=("lightgbm", "scikit-learn"), rel=5e-6,
                source="record_evaluation and booster.best_score (printed again at "
                       "best_iteration); lgb.cv's 'valid auc-mean'; name = '<set>'s <metric>'; "
                       "step = the 1-based round")


if __name__ == "__main__":
    main(__file__, {"lightgbm-warnings": train})
