"""HELD-OUT fixture (see tests/corpus/README.md): do not read while tuning the parser.

scikit-learn's hyperparameter searches at ``verbose=3``:

* `GridSearchCV(SVC(), {"C": [...], "gamma": [...]}, cv=3)`: ``Fitting 3 folds for each of 6
  candidates, totalling 18 fits``, then per fit
  ``[CV 2/3] END .................C=0.1, gamma=0.01;, score=0.950 total time=   0.0s``; then the
  script prints ``Best parameters: {'C': 1.0, 'gamma': 0.1}``, ``Best cross-validation score:
  0.960`` and a pandas table of `cv_results_` (``param_C  param_gamma  mean_test_score
  std_test_score  rank_test_score``), and ``Test set score: 0.933``;
* `RandomizedSearchCV(RandomForestClassifier(...), scoring=["accuracy", "roc_auc"],
  return_train_score=True)`: ``[CV 1/3] END max_depth=6, min_samples_leaf=4; accuracy:
  (train=0.970, test=0.930) roc_auc: (train=0.999, test=0.984) total time=   0.0s``.

Truth: `cv_results_`. The grid's fold scores as ``score``; the randomized search's as
``train/accuracy``, ``test/accuracy``, ``train/roc_auc``, ``test/roc_auc`` (the line separates
the phases, the phase leads the name); no step judged (``[CV 2/3]`` is the fold). ``Best
cross-validation score`` is `best_score_`, ``Test set score`` the refit model's `score`. The
table's ``mean_test_score`` and ``std_test_score`` are metrics (no step judged: a row is a
candidate); ``rank_test_score`` is optional. Params: the searched hyperparameters, printed on
every fit line, in ``Best parameters`` and the table's ``param_*`` columns. Times (``total
time``), counts (folds, candidates, fits) are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import Truth, main  # noqa: E402


def train() -> None:
    import pandas as pd
    from scipy.stats import randint
    from sklearn.datasets import make_classification
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.model_selection import GridSearchCV, RandomizedSearchCV, train_test_split
    from sklearn.svm import SVC

    truth = Truth()
    X, y = make_classification(400, 10, random_state=0)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
    grid = {"C": [0.1, 1.0, 10.0], "gamma": [0.01, 0.1]}
    gs = GridSearchCV(SVC(), grid, cv=3, verbose=3)
    gs.fit(X_train, y_train)
    res = gs.cv_results_
    for i in range(len(res["params"])):
        for k in range(3):
            truth.add(score=res[f"split{k}_test_score"][i])
    print("Best parameters:", gs.best_params_)
    print(f"Best cross-validation score: {gs.best_score_:.3f}")
    truth.add(**{"Best cross-validation score": gs.best_score_})
    table = pd.DataFrame(res)[["param_C", "param_gamma", "mean_test_score", "std_test_score",
                               "rank_test_score"]]
    print(table)
    for i in range(len(table)):
        truth.add(mean_test_score=res["mean_test_score"][i],
                  std_test_score=res["std_test_score"][i])
        truth.allow(rank_test_score=res["rank_test_score"][i])
    test_score = gs.score(X_test, y_test)
    print(f"Test set score: {test_score:.3f}")
    truth.add(**{"Test set score": test_score})

    space = {"max_depth": randint(2, 8), "min_samples_leaf": randint(1, 5)}
    rs = RandomizedSearchCV(RandomForestClassifier(n_estimators=10, random_state=0), space,
                            n_iter=4, cv=3, verbose=3, return_train_score=True,
                            scoring=["accuracy", "roc_auc"], refit="roc_auc", random_state=0)
    rs.fit(X_train, y_train)
    res_r = rs.cv_results_
    for i in range(len(res_r["params"])):
        for k in range(3):
            for metric in ("accuracy", "roc_auc"):
                truth.add(**{f"train/{metric}": res_r[f"split{k}_train_{metric}"][i],
                             f"test/{metric}": res_r[f"split{k}_test_{metric}"][i]})
    params = {**{k: str(v) for k, v in grid.items()},
              **{f"param_{k}": str(v) for k, v in grid.items()},
              "max_depth": str([int(v) for v in res_r["param_max_depth"]]),
              "min_samples_leaf": str([int(v) for v in res_r["param_min_samples_leaf"]])}
    truth.write("cv_results_ of both searches: fold scores as score (grid) and "
                "<train|test>/<scorer> (randomized, multi-metric with train scores); "
                "best_score_, the table's mean/std_test_score (rank optional), the refit "
                "model's test score; params = the searched hyperparameters",
                libraries=("scikit-learn", "pandas"), params=params, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"sklearn-search": train}, heldout=True)
