"""CatBoost: a classifier and a regressor with an evaluation set, default verbose output.

Prints ``i:\\tlearn: v\\ttest: v\\tbest: v (i)\\ttotal: 46ms\\tremaining: 9ms`` lines on stdout and
then ``bestTest = v`` and ``bestIteration = i``. Truth from `get_evals_result()`: ``learn`` is the
``learn`` set's loss and ``test`` the ``validation`` set's; ``best`` is the best ``test`` value so
far (the running minimum of the loss, as CatBoost prints it); ``bestTest`` and ``bestIteration``
are `get_best_score()` and `get_best_iteration()`. The step is the 0-based iteration CatBoost
prints before the colon. CatBoost prints 7 decimals (10 for ``bestTest``).
"""

from _capture import main, write_truth


def train() -> None:
    from catboost import CatBoostClassifier, CatBoostRegressor
    from sklearn.datasets import make_classification, make_regression

    X, y = make_classification(n_samples=400, n_features=8, random_state=0)
    Xr, yr = make_regression(n_samples=300, n_features=6, noise=5.0, random_state=1)
    models = [
        (CatBoostClassifier(iterations=6, depth=3, random_seed=0, thread_count=1,
                            allow_writing_files=False), X[:300], y[:300], X[300:], y[300:]),
        (CatBoostRegressor(iterations=6, depth=3, random_seed=0, thread_count=1,
                           allow_writing_files=False), Xr[:200], yr[:200], Xr[200:], yr[200:]),
    ]
    metrics = {"learn": [], "test": [], "best": [], "bestTest": [], "bestIteration": []}
    steps = {"learn": [], "test": [], "best": []}
    for model, X_train, y_train, X_valid, y_valid in models:
        model.fit(X_train, y_train, eval_set=(X_valid, y_valid))
        loss = model.get_params().get("loss_function") or model.get_all_params()["loss_function"]
        evals = model.get_evals_result()
        learn, test = evals["learn"][loss], evals["validation"][loss]
        metrics["learn"] += learn
        metrics["test"] += test
        metrics["best"] += [min(test[: i + 1]) for i in range(len(test))]
        metrics["bestTest"].append(model.get_best_score()["validation"][loss])
        metrics["bestIteration"].append(model.get_best_iteration())
        for name in steps:
            steps[name] += range(len(test))
    write_truth(metrics, steps=steps, libraries=("catboost", "scikit-learn"), abs_tol=5e-8,
                source="get_evals_result() ('learn' set -> learn, 'validation' set -> test, "
                       "its running minimum -> best), get_best_score(), get_best_iteration(); "
                       "step = 0-based iteration")


if __name__ == "__main__":
    main(__file__, {"catboost": train})
