"""HELD-OUT fixture (fourth half, see generate/heldout4/README.md): do not read while tuning the
parser.

imbalanced-learn as its user guide and examples use it on a skewed three-class problem:

* ``Original dataset shape Counter({np.int64(0): 311, np.int64(1): 93, np.int64(2): 46})``
  and, after ``RandomUnderSampler``, ``Resampled dataset shape Counter({np.int64(0): 46, ...})``
  (counts, in NumPy 2's repr);
* a ``BalancedRandomForestClassifier``, then the examples' one-liner ``Balanced accuracy: 0.72
  - Geometric mean 0.71``;
* ``classification_report_imbalanced``: a whitespace table with the columns ``pre rec spe f1
  geo iba sup`` (an empty header cell over the class labels), one row per class and an ``avg /
  total`` row, at the default 2 digits; then again with ``target_names`` (``minority`` ...) and
  ``digits=4``, for a pipeline of ``SMOTE`` and a logistic regression;
* ``sensitivity_specificity_support(average="macro")`` printed as a tuple
  ``(np.float64(0.678...), np.float64(0.882...), None)``.

Truth from the library: ``classification_report_imbalanced(..., output_dict=True)`` for both
tables, as ``<row>/<column>`` (``0/pre``, ``avg / total/geo``, ``minority/rec``); the support
column (counts) optional; ``Balanced accuracy`` and ``Geometric mean`` from
``balanced_accuracy_score`` and imblearn's ``geometric_mean_score``; the tuple's values
optional (printed without names); the Counter lines are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT4, Truth, main

COLUMNS = ("pre", "rec", "spe", "f1", "geo", "iba")


def add_report(truth: Truth, report: dict, labels: list[str]) -> None:
    for label in labels:
        truth.add(**{f"{label}/{c}": report[label][c] for c in COLUMNS})
        truth.allow(**{f"{label}/sup": report[label]["sup"]})
    truth.add(**{f"avg / total/{c}": report[f"avg_{c}"] for c in COLUMNS})
    truth.allow(**{"avg / total/sup": report["total_support"]})


def train() -> None:
    from collections import Counter

    from imblearn.ensemble import BalancedRandomForestClassifier
    from imblearn.metrics import (classification_report_imbalanced, geometric_mean_score,
                                  sensitivity_specificity_support)
    from imblearn.over_sampling import SMOTE
    from imblearn.pipeline import make_pipeline
    from imblearn.under_sampling import RandomUnderSampler
    from sklearn.datasets import make_classification
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import balanced_accuracy_score
    from sklearn.model_selection import train_test_split

    truth = Truth()
    X, y = make_classification(n_samples=600, n_classes=3, n_informative=4,
                               weights=[0.7, 0.2, 0.1], random_state=0)
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0, stratify=y)
    print(f"Original dataset shape {Counter(y_tr)}")
    _, y_res = RandomUnderSampler(random_state=0).fit_resample(X_tr, y_tr)
    print(f"Resampled dataset shape {Counter(y_res)}")

    brf = BalancedRandomForestClassifier(n_estimators=20, random_state=0,
                                         sampling_strategy="all", replacement=True,
                                         bootstrap=False).fit(X_tr, y_tr)
    pred = brf.predict(X_te)
    bacc, gmean = balanced_accuracy_score(y_te, pred), geometric_mean_score(y_te, pred)
    print(f"Balanced accuracy: {bacc:.2f} - Geometric mean {gmean:.2f}")
    truth.add(**{"Balanced accuracy": bacc, "Geometric mean": gmean})
    print(classification_report_imbalanced(y_te, pred))
    add_report(truth, classification_report_imbalanced(y_te, pred, output_dict=True),
               ["0", "1", "2"])

    names = ["majority", "middle", "minority"]
    pipe = make_pipeline(SMOTE(random_state=0), LogisticRegression(max_iter=500))
    pred = pipe.fit(X_tr, y_tr).predict(X_te)
    print(classification_report_imbalanced(y_te, pred, target_names=names, digits=4))
    add_report(truth, classification_report_imbalanced(y_te, pred, target_names=names,
                                                       output_dict=True), names)
    sss = sensitivity_specificity_support(y_te, pred, average="macro")
    print(sss)
    truth.allow(sensitivity=sss[0], specificity=sss[1])
    truth.write("classification_report_imbalanced(output_dict=True) as <row>/<column> (the avg "
                "row as 'avg / total/<column>'), support optional; balanced_accuracy_score and "
                "geometric_mean_score under their printed labels; the unnamed tuple optional",
                libraries=("imbalanced-learn", "scikit-learn", "numpy"), rel=1e-9,
                abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"imblearn": train}, root=HELDOUT4)
