"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

Lazy Predict: many scikit-learn models fitted in one call, the results printed as a pandas
table, as its README shows:

* ``logging.basicConfig(level=logging.INFO)`` and ``LazyClassifier(verbose=1)`` on the breast
  cancer data with nine classifiers: a tqdm bar over the models (stderr; redrawn on a terminal)
  interleaved with the library's log lines ``INFO:lazypredict:Model=LinearSVC
  Accuracy=0.9895 BalAcc=0.9875 ROC_AUC=0.9924783953910168 F1=0.9895 Time=0.06s``;
* ``print(models)``: a table indexed by ``Model``, columns ``Accuracy``, ``Balanced
  Accuracy``, ``ROC AUC``, ``F1 Score``, ``Time Taken``, sorted by balanced accuracy; pandas
  drops middle columns behind ``...`` where the table is wider than the display;
* ``LazyRegressor`` (verbose 0) on the diabetes data with six regressors: ``print(models)``
  with ``Adjusted R-Squared``, ``R-Squared``, ``RMSE``, ``Time Taken``.

Truth: the metrics dict Lazy Predict hands to its ``progress_callback`` after each model (the
values its log line formats): ``Accuracy``, ``BalAcc``, ``ROC_AUC``, ``F1`` per log line; the
returned ``models`` DataFrame for the tables, each shown cell as ``<model>/<column>`` (rows are
models, not steps: ENTITY_NAMES; no step judged). Which columns pandas showed is read from the
table's printed header line (the values are the DataFrame's). ``Time``/``Time Taken`` are
timings, no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main

LOG_NAMES = {"accuracy": "Accuracy", "balanced_accuracy": "BalAcc", "roc_auc": "ROC_AUC",
             "f1": "F1"}


def add_table(truth: Truth, models) -> None:
    """Each metric cell pandas printed, as ``<model>/<column>``."""
    import re

    shown = set(re.split(r"\s{2,}", repr(models).splitlines()[0].strip()))
    for column in models.columns:
        if column != "Time Taken" and column in shown:
            for model, value in zip(models.index, models[column]):
                if value == value:  # a model without a score prints NaN: none here
                    truth.add(**{f"{model}/{column}": value})


def train() -> None:
    import logging

    from lazypredict.Supervised import LazyClassifier, LazyRegressor
    from sklearn.datasets import load_breast_cancer, load_diabetes
    from sklearn.ensemble import AdaBoostClassifier, RandomForestClassifier, RandomForestRegressor
    from sklearn.linear_model import (Lasso, LinearRegression, LogisticRegression, Perceptron,
                                      Ridge, SGDClassifier)
    from sklearn.model_selection import train_test_split
    from sklearn.naive_bayes import GaussianNB
    from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor
    from sklearn.svm import SVR, LinearSVC
    from sklearn.tree import DecisionTreeClassifier

    logging.basicConfig(level=logging.INFO)
    truth = Truth()

    def on_model(name, index, total, metrics):
        if metrics is not None:
            truth.add(**{printed: metrics[key] for key, printed in LOG_NAMES.items()})

    X, y = load_breast_cancer(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.5, random_state=123)
    classifiers = [LinearSVC, LogisticRegression, Perceptron, SGDClassifier, GaussianNB,
                   KNeighborsClassifier, DecisionTreeClassifier, RandomForestClassifier,
                   AdaBoostClassifier]
    clf = LazyClassifier(verbose=1, ignore_warnings=True, classifiers=classifiers,
                         random_state=0, progress_callback=on_model)
    models, _ = clf.fit(X_train, X_test, y_train, y_test)
    print(models)
    add_table(truth, models)
    print()

    X, y = load_diabetes(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
    regressors = [LinearRegression, Ridge, Lasso, KNeighborsRegressor, SVR, RandomForestRegressor]
    reg = LazyRegressor(verbose=0, ignore_warnings=True, regressors=regressors, random_state=0)
    models, _ = reg.fit(X_train, X_test, y_train, y_test)
    print(models)
    add_table(truth, models)
    truth.write("the metrics dict handed to progress_callback per model (the log line's "
                "Accuracy, BalAcc, ROC_AUC, F1) and the returned models DataFrames, each "
                "printed cell as <model>/<column>, no steps; Time/Time Taken are timings",
                libraries=("lazypredict", "scikit-learn", "pandas", "tqdm"),
                rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"lazypredict": train}, root=HELDOUT3)
