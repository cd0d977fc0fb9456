"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

A hand-drawn progress bar as in p-koo/theanomics ``old/test.py``: ``Starting training...``, then
each batch ``sys.stdout.write("\\r[%s] %.1f%% -- est.time=%d s -- loss=%.4f -- accuracy=%.3f")``
(a 20-character bar of ``-``, the percentage, the estimated seconds left) and a final newline,
so a terminal shows one line redrawn. The original prints random numbers; here the running mean
loss and accuracy of a NumPy logistic regression on sklearn's breast-cancer data, 2 epochs of
mini-batches, each epoch one bar.

Truth: the running ``loss`` and ``accuracy`` of each write, no step (each write is one state;
the ``est.time`` is a time).
"""

import sys
import time

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_breast_cancer

    X, y = load_breast_cancer(return_X_y=True)
    X = (X - X.mean(0)) / X.std(0)
    X = np.hstack([X, np.ones((len(X), 1))])
    rng = np.random.default_rng(4)
    w = np.zeros(X.shape[1])
    truth = Truth()
    print("Starting training...")
    bar_length, bs = 20, 64
    for epoch in range(2):
        order = rng.permutation(len(X))
        n_batches = (len(X) + bs - 1) // bs
        start_time = time.time()
        train_loss = train_accuracy = 0.0
        for index in range(n_batches):
            j = order[index * bs:(index + 1) * bs]
            p = 1 / (1 + np.exp(-X[j] @ w))
            loss = -np.mean(y[j] * np.log(p + 1e-12) + (1 - y[j]) * np.log(1 - p + 1e-12))
            w -= 0.1 * X[j].T @ (p - y[j]) / len(j)
            train_loss += loss
            train_accuracy += np.mean((p > 0.5) == y[j])
            remaining_time = (time.time() - start_time) * (n_batches - index - 1) / (index + 1)
            percent = (index + 1.) / n_batches
            progress = '-' * int(round(percent * bar_length))
            spaces = ' ' * int(bar_length - round(percent * bar_length))
            sys.stdout.write("\r[%s] %.1f%% -- est.time=%d s -- loss=%.4f -- accuracy=%.3f"
                             % (progress + spaces, percent * 100, remaining_time,
                                train_loss / (index + 1), train_accuracy / (index + 1)))
            sys.stdout.flush()
            truth.add(loss=train_loss / (index + 1), accuracy=train_accuracy / (index + 1))
        sys.stdout.write("\n")
    truth.write("the script's running mean loss and accuracy", libraries=("numpy",),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"theanomics": run}, root=HELDOUT37)
