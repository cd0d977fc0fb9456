"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written scikit-learn fit printing as AKB47-001/mlops-major-assignment ``train.py`` and
``test.py`` do: ``[train.py] Quick test accuracy: {acc:.4f}`` after fitting and saving the
model with its test split (joblib), then, after loading it back, ``[test.py] Test accuracy is:
{acc:.4f}``. Here: a decision tree on scikit-learn's digits (the original's Olivetti faces need
a download), saved to a temporary folder.

Truth: ``Quick test accuracy`` and ``Test accuracy is`` (the labels kept whole), no step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import os
    import tempfile
    import joblib
    from sklearn.datasets import load_digits
    from sklearn.metrics import accuracy_score
    from sklearn.model_selection import train_test_split
    from sklearn.tree import DecisionTreeClassifier

    truth = Truth()
    path = os.path.join(tempfile.mkdtemp(prefix="akb47"), "savedmodel.pth")
    X, y = load_digits(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.3, random_state=42, stratify=y
    )
    clf = DecisionTreeClassifier(random_state=42)
    clf.fit(X_train, y_train)
    joblib.dump({"model": clf, "X_test": X_test, "y_test": y_test}, path)
    y_pred = clf.predict(X_test)
    acc = accuracy_score(y_test, y_pred)
    print(f"[train.py] Quick test accuracy: {acc:.4f}")
    truth.add(**{"Quick test accuracy": acc})

    data = joblib.load(path)
    y_pred = data["model"].predict(data["X_test"])
    acc = accuracy_score(data["y_test"], y_pred)
    print(f"[test.py] Test accuracy is: {acc:.4f}")
    truth.add(**{"Test accuracy is": acc})
    truth.write("the script's accuracy_score after fitting and after loading the saved model",
                libraries=("scikit-learn", "joblib"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"akb47": run}, root=HELDOUT33)
