"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Confusion-matrix metrics with disarray (PyPI ``disarray``, a pandas accessor ``.da``): a
logistic regression and a depth-2 decision tree on scikit-learn's iris data (60 test rows,
seeded split); for each, the confusion matrix as a pandas frame (printed), then
``cm.da.export_metrics(metrics_to_include=["precision", "recall", "f1", "specificity"])`` (a
frame: a row per metric, a column per class and ``micro-average``) and the per-class
``cm.da.accuracy`` Series (``setosa 1.00 ...``, ``dtype: float64``), printed as they are.

Truth from the frames and Series disarray returns: ``<metric>/<class>`` (the row, then the
column) and the unnamed accuracy Series by its labels alone, ``<class>`` (the output names it
nowhere; an unnamed Series is named by its index, as scikit-bio's ``PC1`` in the twentieth
half); the confusion matrix's counts are optional (``<true class>/<predicted class>``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main


def run() -> None:
    import disarray  # noqa: F401  (registers the .da accessor)
    import pandas as pd
    from sklearn.datasets import load_iris
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import confusion_matrix
    from sklearn.model_selection import train_test_split
    from sklearn.tree import DecisionTreeClassifier

    iris = load_iris()
    X_tr, X_te, y_tr, y_te = train_test_split(iris.data, iris.target, test_size=0.4,
                                              random_state=23)
    names = list(iris.target_names)
    truth = Truth()
    for title, clf in (("logistic regression", LogisticRegression(max_iter=200, C=0.05)),
                       ("decision tree", DecisionTreeClassifier(max_depth=2, random_state=23))):
        clf.fit(X_tr, y_tr)
        cm = pd.DataFrame(confusion_matrix(y_te, clf.predict(X_te)), index=names, columns=names)
        print(f"== {title} ==")
        print(cm)
        metrics = cm.da.export_metrics(metrics_to_include=["precision", "recall", "f1",
                                                           "specificity"])
        print(metrics)
        accuracy = cm.da.accuracy
        print(accuracy, flush=True)
        for true in names:
            for pred in names:
                truth.allow(**{f"{true}/{pred}": cm.loc[true, pred]})
        for metric, row in metrics.iterrows():
            for col, value in row.items():
                truth.add(**{f"{metric}/{col}": value})
        for cls, value in accuracy.items():
            truth.add(**{cls: value})  # an unnamed Series: its labels alone
    truth.write("disarray: the export_metrics frames as <row>/<column>, the unnamed accuracy "
                "Series as <class>; the confusion-matrix counts optional",
                libraries=("disarray", "pandas", "scikit-learn"),
                rel=5e-6, abs_tol=5e-7)  # pandas' six digits (the Series' two decimals: exact)


if __name__ == "__main__":
    main(__file__, {"disarray": run}, root=HELDOUT23)
