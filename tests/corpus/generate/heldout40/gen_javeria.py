"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A scikit-learn cross-validation printing as javeria843/ml ``cross_vallidation(1).py``:
``  Fold 1: 96.67%`` for each fold of ``cross_val_score`` and ``Mean Accuracy: 97.33%``. The
original's typos (``kernal=``, ``scm_classifier``) are fixed; it runs a linear SVC on iris with
``KFold(5, shuffle=True, random_state=42)``; here the same, and then the same again on wine (a
second block, no header between them, as running the script on another dataset would print).

Truth: each fold's accuracy in percent, named ``Fold`` at the fold number the line states, and
``Mean Accuracy`` (no step); the two datasets' blocks share the names.
"""

from _toy import HEADER  # noqa: F401
from _capture import HELDOUT40, Truth, main


def run() -> None:
    from sklearn.datasets import load_iris, load_wine
    from sklearn.model_selection import KFold, cross_val_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.svm import SVC

    truth = Truth()
    for loader in (load_iris, load_wine):
        data = loader()
        X, y = data.data, data.target
        svm_classifier = make_pipeline(StandardScaler(), SVC(kernel='linear'))
        num_folds = 5
        kf = KFold(n_splits=num_folds, shuffle=True, random_state=42)
        cross_val_results = cross_val_score(svm_classifier, X, y, cv=kf)
        for i, result in enumerate(cross_val_results, 1):
            print(f"  Fold {i}: {result * 100:.2f}%")
            truth.add(at=i, Fold=result * 100)
        print(f'Mean Accuracy: {cross_val_results.mean()* 100:.2f}%')
        truth.add(**{"Mean Accuracy": cross_val_results.mean() * 100})
    truth.write("cross_val_score's fold accuracies, in percent", libraries=("scikit-learn",),
                rel=1e-4, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"javeria": run}, root=HELDOUT40)
