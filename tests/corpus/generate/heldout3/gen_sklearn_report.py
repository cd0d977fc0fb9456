"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

How scikit-learn users report a fitted model, in the idioms of its user guide and examples:

* iris, a logistic regression: ``print(classification_report(y_test, y_pred,
  target_names=iris.target_names))`` (a table: rows ``setosa``, ``versicolor``, ``virginica``,
  then ``accuracy``, ``macro avg``, ``weighted avg``; columns ``precision  recall  f1-score
  support``; 2 decimals) and ``print(confusion_matrix(y_test, y_pred))`` (a NumPy matrix of
  counts);
* ``cross_val_score`` as the user guide prints it: ``0.97 accuracy with a standard deviation
  of 0.02`` (the value before its name);
* breast cancer, a random forest: ``classification_report(..., digits=4)`` with the classes
  ``malignant`` and ``benign``, then ``ROC AUC: 0.9964``;
* the diabetes linear-regression example: ``Coefficients:`` and the coefficient array on the
  next line, ``Mean squared error: 2548.07``, ``Coefficient of determination: 0.47``.

Truth: ``classification_report(..., output_dict=True)`` (the same function's own numbers):
each cell under ``<row>/<column>`` (``setosa/precision``, ``macro avg/f1-score``) and the
accuracy row's single value as ``accuracy``; ``support`` is a count column, no metric. The
cross-validation line: ``accuracy`` = ``scores.mean()``, its standard deviation optional as
``accuracy_std``. ``roc_auc_score``, ``mean_squared_error``, ``r2_score`` as printed. The
confusion matrix and the coefficients are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main


def add_report(truth: Truth, report: dict) -> None:
    for row, cells in report.items():
        if row == "accuracy":
            truth.add(accuracy=cells)
            continue
        for column in ("precision", "recall", "f1-score"):
            truth.add(**{f"{row}/{column}": cells[column]})


def train() -> None:
    from sklearn.datasets import load_breast_cancer, load_diabetes, load_iris
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LinearRegression, LogisticRegression
    from sklearn.metrics import (classification_report, confusion_matrix, mean_squared_error,
                                 r2_score, roc_auc_score)
    from sklearn.model_selection import cross_val_score, train_test_split

    truth = Truth()
    iris = load_iris()
    X_train, X_test, y_train, y_test = train_test_split(iris.data, iris.target, test_size=0.3,
                                                        random_state=4)
    clf = LogisticRegression(max_iter=200).fit(X_train, y_train)
    y_pred = clf.predict(X_test)
    print(classification_report(y_test, y_pred, target_names=iris.target_names))
    add_report(truth, classification_report(y_test, y_pred, target_names=iris.target_names,
                                             output_dict=True))
    print(confusion_matrix(y_test, y_pred))
    print()
    scores = cross_val_score(LogisticRegression(max_iter=200), iris.data, iris.target, cv=5)
    print(f"{scores.mean():0.2f} accuracy with a standard deviation of {scores.std():0.2f}")
    truth.add(accuracy=scores.mean())
    truth.allow(accuracy_std=scores.std())
    print()

    cancer = load_breast_cancer()
    X_train, X_test, y_train, y_test = train_test_split(cancer.data, cancer.target,
                                                        random_state=0)
    forest = RandomForestClassifier(n_estimators=50, random_state=0).fit(X_train, y_train)
    y_pred = forest.predict(X_test)
    names = list(cancer.target_names)
    print(classification_report(y_test, y_pred, target_names=names, digits=4))
    add_report(truth, classification_report(y_test, y_pred, target_names=names, digits=4,
                                             output_dict=True))
    auc = roc_auc_score(y_test, forest.predict_proba(X_test)[:, 1])
    print(f"ROC AUC: {auc:.4f}")
    truth.add(**{"ROC AUC": auc})
    print()

    X, y = load_diabetes(return_X_y=True)
    X = X[:, [2]]
    reg = LinearRegression().fit(X[:-20], y[:-20])
    y_pred = reg.predict(X[-20:])
    print("Coefficients: \n", reg.coef_)
    mse, r2 = mean_squared_error(y[-20:], y_pred), r2_score(y[-20:], y_pred)
    print(f"Mean squared error: {mse:.2f}")
    print(f"Coefficient of determination: {r2:.2f}")
    truth.add(**{"Mean squared error": mse, "Coefficient of determination": r2})
    truth.write("classification_report(output_dict=True) cells as <row>/<column> and the "
                "accuracy row as accuracy (support is a count); cross_val_score's mean as "
                "accuracy, its std optional; roc_auc_score, mean_squared_error, r2_score",
                libraries=("scikit-learn",), rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"sklearn-report": train}, root=HELDOUT3)
