"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written loop printing as valohai/docs
``source/tutorials/learning-paths/fundamentals/python/6-metadata.rst`` (``logMetadata``) does
after each epoch: an empty line, then ``json.dumps({'epoch': epoch, 'loss': str(loss), 'acc':
str(acc)})`` (the values as strings). Here: NumPy softmax regression on scikit-learn's digits,
10 epochs (the original's Keras callback replaced by our own loop, which prints nothing else).

Truth: ``loss`` and ``acc`` (epoch means) at the epoch (from 0).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import json
    import numpy as np
    from sklearn.datasets import load_digits

    def logMetadata(epoch, logs):
        print()
        print(json.dumps({
            'epoch': epoch,
            'loss': str(logs['loss']),
            'acc': str(logs['accuracy']),
        }))

    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    rng = np.random.default_rng(33)
    W = np.zeros((64, 10))
    truth = Truth()
    for epoch in range(10):
        order = rng.permutation(len(X))
        losses, hits = [], 0
        for i in range(0, len(X), 32):
            b = order[i:i + 32]
            z = X[b] @ W
            z -= z.max(1, keepdims=True)
            p = np.exp(z) / np.exp(z).sum(1, keepdims=True)
            losses.append(-np.log(p[np.arange(len(b)), y[b]]).sum())
            hits += int((p.argmax(1) == y[b]).sum())
            p[np.arange(len(b)), y[b]] -= 1
            W -= 0.05 * X[b].T @ p / len(b)
        logs = {'loss': float(np.sum(losses) / len(X)), 'accuracy': hits / len(X)}
        logMetadata(epoch, logs)
        truth.add(at=epoch, loss=logs['loss'], acc=logs['accuracy'])
    truth.write("the script's epoch mean loss and accuracy", libraries=("numpy", "scikit-learn"),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"valohai": run}, root=HELDOUT33)
