"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written K-fold loop printing as umpot/porto ``src/blja.py`` (a Kaggle Porto Seguro
kernel's cross-validation, ``OPTIMIZE_ROUNDS`` on): per fold ``\\nFold  0`` (print's separator
after ``"\\nFold "``), ``  Best N trees =  57``, ``  Best gini =  0.61...``, ``  Gini =
0.60...`` (NumPy floats at full precision), and at the end ``\\nGini for full training set:``
(the script only evaluates the full-set Gini as a bare expression, printing nothing). Here:
scikit-learn's gradient boosting on a synthetic imbalanced classification set, 5 folds; the
"best" round is the validation-best of the staged predictions (XGBoost's early stopping
stands in).

Truth: ``Best gini`` and ``Gini`` at the fold of the ``Fold`` header above them (0-based as
printed). ``Best N trees`` is a count: optional.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import make_classification
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import KFold

    def eval_gini(y_true, y_prob):
        return 2 * roc_auc_score(y_true, y_prob) - 1

    X, y = make_classification(n_samples=1500, n_features=12, n_informative=5, weights=[0.85],
                               flip_y=0.05, random_state=3)
    K = 5
    kf = KFold(n_splits=K, random_state=1, shuffle=True)
    y_valid_pred = np.zeros(len(y))
    truth = Truth()
    for i, (train_index, test_index) in enumerate(kf.split(X)):
        X_train, X_valid = X[train_index], X[test_index]
        y_train, y_valid = y[train_index], y[test_index]
        print("\nFold ", i)
        model = GradientBoostingClassifier(n_estimators=80, learning_rate=0.1, max_depth=3,
                                           subsample=0.8, random_state=i)
        model.fit(X_train, y_train)
        ginis = [eval_gini(y_valid, p[:, 1]) for p in model.staged_predict_proba(X_valid)]
        best_n = int(np.argmax(ginis)) + 1
        best_score = np.float64(ginis[best_n - 1])
        print("  Best N trees = ", best_n)
        print("  Best gini = ", best_score)
        truth.allow(**{"Best N trees": best_n})
        model.set_params(n_estimators=best_n)
        model.fit(X_train, y_train)
        pred = model.predict_proba(X_valid)[:, 1]
        g = np.float64(eval_gini(y_valid, pred))
        print("  Gini = ", g)
        truth.add(at=i, **{"Best gini": best_score, "Gini": g})
        y_valid_pred[test_index] = pred
    print("\nGini for full training set:")
    eval_gini(y, y_valid_pred)
    truth.write("the script's per-fold validation Ginis (2·AUC−1)", libraries=("scikit-learn",),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"porto": run}, root=HELDOUT45)
