"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A script printing as snowgy/Cluster_Duplicate_Bug_Reports ``dataset/f1.py``:
``print(classification_report(y_true, y_pred, target_names=['class 0', 'class 1', 'class
2']))`` (scikit-learn's text table: a header, a row per class, ``accuracy``, ``macro avg`` and
``weighted avg``). The original scores fixed lists; here the predictions of a shallow decision
tree on sklearn's wine data (three classes), cross-validated predictions.

Truth: each row's values as ``<row>/precision``, ``<row>/recall``, ``<row>/f1-score``
(``class 0/precision`` ...), ``accuracy`` for the accuracy row; no step. The supports are
counts (optional).
"""

from _toy import digits  # noqa: F401  (keeps the shared path set-up)
from _capture import HELDOUT43, Truth, main


def run() -> None:
    from sklearn.datasets import load_wine
    from sklearn.metrics import classification_report
    from sklearn.model_selection import cross_val_predict
    from sklearn.tree import DecisionTreeClassifier

    X, y_true = load_wine(return_X_y=True)
    y_pred = cross_val_predict(DecisionTreeClassifier(max_depth=2, random_state=0), X, y_true,
                               cv=3)
    target_names = ['class 0', 'class 1', 'class 2']
    print(classification_report(y_true, y_pred, target_names=target_names))
    rep = classification_report(y_true, y_pred, target_names=target_names, output_dict=True)
    truth = Truth()
    for row in target_names + ['macro avg', 'weighted avg']:
        truth.add(**{f"{row}/{k}": rep[row][k] for k in ('precision', 'recall', 'f1-score')})
        truth.allow(**{f"{row}/support": rep[row]['support']})
    truth.add(accuracy=rep['accuracy'])
    truth.write("scikit-learn's classification_report(output_dict=True)",
                libraries=("scikit-learn",), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"clsreport": run}, root=HELDOUT43)
