"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written scikit-learn run printing through nikhil6041/OLI-and-Meme-Classification
``utils/accuracy_per_class.py``: for each label ``f'Class: {label_dict[label]}'`` then
``f'Accuracy: {round(100*len(y_preds[y_preds==label])/len(y_true) , 2)}\\n'`` (a blank line
after each). Here: three classifiers on sklearn's digits (a logistic regression, a k-NN and a
small MLP), each followed by the per-class block, with a line naming the model (ours).

Truth: each class's accuracy as ``<class>/Accuracy`` (the ``Class:`` line above names it),
as rounded by ``round(..., 2)``, no step; the three models' blocks are three points of each name.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT39, Truth, main

LABELS = {0: 'zero', 1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six',
          7: 'seven', 8: 'eight', 9: 'nine'}


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import train_test_split
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.neural_network import MLPClassifier

    X, y = load_digits(return_X_y=True)
    Xtr, Xte, ytr, yte = train_test_split(X / 16.0, y, test_size=0.3, random_state=3)
    truth = Truth()

    def accuracy_per_class(preds, labels, label_dict):
        preds_flat = np.argmax(preds, axis=1).flatten()
        labels_flat = labels.flatten()
        for label in np.unique(labels_flat):
            y_preds = preds_flat[labels_flat == label]
            y_true = labels_flat[labels_flat == label]
            acc = round(100 * len(y_preds[y_preds == label]) / len(y_true), 2)
            print(f'Class: {label_dict[label]}')
            print(f'Accuracy: {acc}\n')
            truth.add(**{f"{label_dict[label]}/Accuracy": acc})

    models = [("logreg", LogisticRegression(max_iter=200, C=0.05)),
              ("knn", KNeighborsClassifier(n_neighbors=15)),
              ("mlp", MLPClassifier(hidden_layer_sizes=(8,), max_iter=60, random_state=3))]
    import warnings
    warnings.filterwarnings("ignore")
    for name, clf in models:
        clf.fit(Xtr, ytr)
        print(f"model: {name}")
        accuracy_per_class(clf.predict_proba(Xte), yte, LABELS)
    truth.write("the per-class accuracies the function printed", libraries=("scikit-learn",),
                rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"olimeme": run}, root=HELDOUT39)
