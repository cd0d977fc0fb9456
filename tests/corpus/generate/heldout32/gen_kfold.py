"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A 5-fold cross-validation printing as Janay-M/OC-Classification ``detection/log.py`` does:
``print('List of possible accuracies:', results)`` (a Python list of NumPy floats),
``print('\\nMaximum accuracy that can be obtained from this model is:', max(results)*100,
'%')``, ``print('\\nMinimum accuracy:', min(results)*100, '%')``, ``print('\\nOverall
accuracy:', mean(results)*100, '%')``, ``print('\\nStandard Deviation is:', stdev(results))``
(percentages unformatted, the deviation a fraction). Here: scikit-learn's
``LogisticRegression(solver='liblinear', C=0.009)`` as in the original (without its explicit
``penalty='l2'``, the default, which this scikit-learn version warns about), on the breast-cancer
data split by ``KFold(5, shuffle=True)``.

Truth: the script's summary numbers under their printed labels: ``Maximum accuracy that can be
obtained from this model is``, ``Minimum accuracy``, ``Overall accuracy``, ``Standard Deviation
is``; no step. The five fold accuracies in the list are optional (``List of possible
accuracies``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    from statistics import mean, stdev

    from sklearn.datasets import load_breast_cancer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score
    from sklearn.model_selection import KFold

    X, y = load_breast_cancer(return_X_y=True)
    results = []
    for train_idx, test_idx in KFold(5, shuffle=True, random_state=32).split(X):
        logr = LogisticRegression(random_state=42, max_iter=10000, solver='liblinear',
                                  class_weight=None, C=0.009)
        logr.fit(X[train_idx], y[train_idx])
        prediction = logr.predict(X[test_idx])
        accuracy = accuracy_score(y[test_idx], prediction)
        results.append(accuracy)
    truth = Truth()
    print('List of possible accuracies:', results)
    truth.allow(**{"List of possible accuracies": results[0]})
    for r in results[1:]:
        truth.allow(**{"List of possible accuracies": r})
    print('\nMaximum accuracy that can be obtained from this model is:', max(results)*100, '%')
    print('\nMinimum accuracy:', min(results)*100, '%')
    print('\nOverall accuracy:', mean(results)*100, '%')
    print('\nStandard Deviation is:', stdev(results))
    truth.add(**{"Maximum accuracy that can be obtained from this model is": max(results) * 100,
                 "Minimum accuracy": min(results) * 100,
                 "Overall accuracy": mean(results) * 100,
                 "Standard Deviation is": stdev(results)})
    truth.write("the script's fold accuracies and their summary", libraries=("scikit-learn",),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"kfold": run}, root=HELDOUT32)
