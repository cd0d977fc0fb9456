"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Ensembles for imbalanced classification with imbalanced-ensemble (PyPI
``imbalanced-ensemble``, imported as ``imbens``): a ``SelfPacedEnsembleClassifier`` of 12
trees on a seeded 85/15 two-class problem (600 training rows), fitted with a validation set
(``eval_datasets={"valid": ...}``) and ``train_verbose={"granularity": 3}``. The package
prints its own training log, a box-drawn table with a row per third estimator (``#Estimators``
1, 3, 6, 9, 12) and a ``final`` row: the resampled class distribution (``{np.int64(0): 90,
np.int64(1): 90}``) and, under ``Data: train`` and ``Data: valid``, the columns ``acc
balanced_acc weighted_f1`` (three decimals).

Truth: the ensemble's own numeric evaluation at the moment each row is printed: the script
wraps the estimator's ``_training_log_to_console_iterative`` so that, just before a row is
printed, it calls the estimator's ``_evaluate(name, return_value_dict=True)`` (the numeric twin
of the routine that formats the row: the same predictions of the estimators fitted so far, the
same metric functions) for both data sets; the values as ``<data>/<metric>`` (``train/acc``,
``valid/balanced_acc``) at the row's estimator count, the ``final`` row's without a step. The
class counts are optional (under the key as the dict prints it, ``np.int64(0)``, one value per row
and class).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main


def run() -> None:
    from collections import Counter

    from imbens.ensemble import SelfPacedEnsembleClassifier
    from sklearn.datasets import make_classification
    from sklearn.model_selection import train_test_split

    X, y = make_classification(n_samples=900, n_features=12, n_informative=5,
                               weights=[0.85, 0.15], random_state=23)
    X_tr, X_va, y_tr, y_va = train_test_split(X, y, train_size=600, random_state=23,
                                              stratify=y)
    n_est, every = 12, 3
    clf = SelfPacedEnsembleClassifier(n_estimators=n_est, random_state=23)
    truth = Truth()
    printer = clf._training_log_to_console_iterative

    def record(step, y_resampled) -> None:
        for data in clf.eval_datasets_:
            for metric, value in clf._evaluate(data, return_value_dict=True)[data].items():
                truth.add(at=step, **{f"{data}/{metric}": value})
        for cls, count in Counter(y_resampled).items():
            truth.allow(**{repr(cls): count})  # printed as the dict shows it: np.int64(0)

    def logged(i_iter, y_resampled):
        if (i_iter + 1) % every == 0 or i_iter == 0:
            record(i_iter + 1, y_resampled)
        if i_iter + 1 == n_est:
            record(None, y_resampled)
        return printer(i_iter, y_resampled)

    clf._training_log_to_console_iterative = logged
    clf.fit(X_tr, y_tr, eval_datasets={"valid": (X_va, y_va)},
            train_verbose={"granularity": every})
    sys.stdout.flush()
    truth.write("imbalanced-ensemble: the estimator's own _evaluate(..., return_value_dict=True) "
                "called as each log row is printed, as <data>/<metric> at the row's estimator "
                "count (final row: no step); class counts optional",
                libraries=("imbalanced-ensemble", "scikit-learn"),
                rel=5e-3, abs_tol=5e-4)  # three decimals


if __name__ == "__main__":
    main(__file__, {"imbalanced-ensemble": run}, root=HELDOUT23)
