"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written NumPy training loop printing as twintial/gesture-auth-siamese
``train_log_formatter.py`` does: ``print_log`` prints ``f'- {cost_time:.0f}s - loss:{train_loss:.4f}
- acc:{train_acc:.4f} ' f'- val_loss:{val_loss:.4f} - val_acc:{val_acc:.4f}'`` once an epoch (a
Keras-like line with no epoch number on it). Here: logistic regression by full-batch gradient
descent on scikit-learn's breast-cancer data (standardised), 10 epochs of 20 steps.

Truth: the script's training and validation log-loss and accuracy after each epoch, ``loss``,
``acc``, ``val_loss``, ``val_acc``, no step (the line states none). The seconds have no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import time

    import numpy as np
    from sklearn.datasets import load_breast_cancer
    from sklearn.model_selection import train_test_split

    X, y = load_breast_cancer(return_X_y=True)
    X = (X - X.mean(0)) / X.std(0)
    Xtr, Xva, ytr, yva = train_test_split(X, y, test_size=0.3, random_state=31)
    w, b = np.zeros(X.shape[1]), 0.0
    truth = Truth()

    def evaluate(X, y):
        p = np.clip(1 / (1 + np.exp(-(X @ w + b))), 1e-12, 1 - 1e-12)
        return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)), np.mean((p > 0.5) == y)

    def print_log(cost_time, train_loss, train_acc, val_loss, val_acc):
        log_str = f'- {cost_time:.0f}s - loss:{train_loss:.4f} - acc:{train_acc:.4f} ' \
            f'- val_loss:{val_loss:.4f} - val_acc:{val_acc:.4f}'
        print(log_str)

    for epoch in range(10):
        start = time.time()
        for _ in range(20):
            p = 1 / (1 + np.exp(-(Xtr @ w + b)))
            w -= 0.01 * Xtr.T @ (p - ytr) / len(ytr)
            b -= 0.01 * np.mean(p - ytr)
        train_loss, train_acc = evaluate(Xtr, ytr)
        val_loss, val_acc = evaluate(Xva, yva)
        print_log(time.time() - start, train_loss, train_acc, val_loss, val_acc)
        truth.add(loss=train_loss, acc=train_acc, val_loss=val_loss, val_acc=val_acc)
    truth.write("the script's log-loss and accuracy on the training and validation split",
                libraries=("numpy", "scikit-learn"), rel=1e-3)


if __name__ == "__main__":
    main(__file__, {"siamese": run}, root=HELDOUT31)
