"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Stacking with vecstack (PyPI ``vecstack``, functional API, on scikit-learn), seeded: a regression
stack (Ridge, LinearRegression, a depth-3 DecisionTreeRegressor; 3 shuffled folds, metric
``mean_absolute_error``) and a classification stack (LogisticRegression, GaussianNB, a depth-2
DecisionTreeClassifier; 4 folds, ``accuracy_score``), each ``stacking(..., verbose=2)``: a header
(``task:         [regression]``, ``metric:       [mean_absolute_error]``, ``mode:
[oof_pred_bag]``, ``n_models:     [3]``), then per model ``model  0:     [Ridge]``, one line a fold
(``    fold  0:  [4.39091349]``), ``----``, ``MEAN:     [4.42487342] + [0.03044171]`` and ``FULL:
[4.42487342]``.

Truth: from the out-of-fold predictions ``stacking`` returns (``S_train``, one column a model):
each fold's score is the run's metric on that fold's rows, the folds being the ``KFold`` (or, for
classification, ``StratifiedKFold``) vecstack draws with the same ``n_folds``, ``shuffle`` and
``random_state``; ``MEAN`` is their mean (the number after ``+``, their standard deviation, has
no label: no truth); ``FULL`` the metric on all of ``S_train``'s column. Names: the model's
printed class name before the line's label (``Ridge/fold 0``, ``Ridge/MEAN``, ``Ridge/FULL``).
The header's ``n_models`` is a param; task, metric and mode are words.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import make_classification, make_regression
    from sklearn.linear_model import LinearRegression, LogisticRegression, Ridge
    from sklearn.metrics import accuracy_score, mean_absolute_error
    from sklearn.model_selection import KFold, StratifiedKFold
    from sklearn.naive_bayes import GaussianNB
    from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor
    from vecstack import stacking

    truth = Truth()

    def stack(models, X, y, X_test, regression, metric, n_folds):
        S_train, _ = stacking(models, X, y, X_test, regression=regression, metric=metric,
                              n_folds=n_folds, shuffle=True, random_state=29, verbose=2,
                              stratified=not regression)
        splitter = (KFold if regression else StratifiedKFold)(n_folds, shuffle=True,
                                                              random_state=29)
        for m, model in enumerate(models):
            name = type(model).__name__
            scores = [metric(y[te], S_train[te, m]) for _, te in splitter.split(X, y)]
            for f, score in enumerate(scores):
                truth.add(**{f"{name}/fold {f}": score})
            truth.add(**{f"{name}/MEAN": np.mean(scores), f"{name}/FULL": metric(y, S_train[:, m])})

    X, y = make_regression(120, 5, noise=5, random_state=29)
    stack([Ridge(), LinearRegression(), DecisionTreeRegressor(max_depth=3, random_state=0)],
          X[:90], y[:90], X[90:], True, mean_absolute_error, 3)
    X, y = make_classification(160, 6, n_informative=3, random_state=29)
    stack([LogisticRegression(), GaussianNB(), DecisionTreeClassifier(max_depth=2, random_state=0)],
          X[:120], y[:120], X[120:], False, accuracy_score, 4)
    truth.write("vecstack: the metric on the out-of-fold predictions stacking returns, by the "
                "folds its KFold/StratifiedKFold draws (mean over folds; all rows for FULL)",
                libraries=("vecstack", "scikit-learn", "numpy"), params={"n_models": 3},
                rel=1e-7, abs_tol=5e-9)


if __name__ == "__main__":
    main(__file__, {"vecstack": run}, root=HELDOUT29)
