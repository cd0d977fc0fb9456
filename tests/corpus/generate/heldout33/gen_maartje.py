"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written loop printing as maartje/DL_NLP ``src/reporting/train_output_writer.py`` does:
before the first epoch ``initial val-loss: 0.693``, ``initial val-accuracy: 0.371`` and a header
``epoch train-loss val-loss val-accuracy`` (print's own separators), then each epoch
``print(epoch, f'{train_loss:0.3}', f'{val_loss:0.3}', f'{accuracy:0.3}')`` (three significant
digits). Here: NumPy logistic regression on scikit-learn's breast cancer set, 12 epochs.

Truth: ``initial val-loss``, ``initial val-accuracy`` (no step); ``train-loss``, ``val-loss``,
``val-accuracy`` at the printed epoch (from 0).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_breast_cancer

    X, y = load_breast_cancer(return_X_y=True)
    X = (X - X.mean(0)) / X.std(0)
    rng = np.random.default_rng(33)
    perm = rng.permutation(len(X))
    tr, va = perm[:450], perm[450:]
    w = np.zeros(30)
    b = 0.0

    def evaluate(idx):
        p = 1 / (1 + np.exp(-(X[idx] @ w + b)))
        p = np.clip(p, 1e-7, 1 - 1e-7)
        return float(-(y[idx] * np.log(p) + (1 - y[idx]) * np.log(1 - p)).mean()), float(((p > 0.5) == y[idx]).mean())

    truth = Truth()
    for epoch in range(12):
        if epoch == 0:
            initial_val_loss, initial_val_acc = evaluate(va)
            print('initial val-loss:', f'{initial_val_loss:0.3}')
            print('initial val-accuracy:', f'{initial_val_acc:0.3}')
            print('epoch', 'train-loss', 'val-loss', 'val-accuracy')
            truth.add(**{"initial val-loss": initial_val_loss, "initial val-accuracy": initial_val_acc})
        losses = []
        order = rng.permutation(tr)
        for i in range(0, len(order), 50):
            bi = order[i:i + 50]
            p = 1 / (1 + np.exp(-(X[bi] @ w + b)))
            losses.append(float(-(y[bi] * np.log(np.clip(p, 1e-7, 1)) + (1 - y[bi]) * np.log(np.clip(1 - p, 1e-7, 1))).mean()))
            w -= 0.02 * X[bi].T @ (p - y[bi]) / len(bi)
            b -= 0.02 * float((p - y[bi]).mean())
        train_loss = float(np.mean(losses))
        val_loss, accuracy = evaluate(va)
        print(epoch, f'{train_loss:0.3}', f'{val_loss:0.3}', f'{accuracy:0.3}')
        truth.add(at=epoch, **{"train-loss": train_loss, "val-loss": val_loss, "val-accuracy": accuracy})
    truth.write("the script's mean batch loss and validation loss and accuracy of each epoch",
                libraries=("numpy", "scikit-learn"), rel=5e-3)


if __name__ == "__main__":
    main(__file__, {"maartje": run}, root=HELDOUT33)
