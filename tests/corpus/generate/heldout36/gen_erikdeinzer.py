"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A k-fold training loop drawing the live bar of erikdeinzer/PRProject ``utils.py``
(``live_train_bar``): after each epoch ``sys.stdout.write('\\r' + s)`` of ``Fold 1 | Epoch
003/6 | [██--------] | Train Loss: 0.6931 | Val Loss: 0.7012 | Acc: 0.5000 | `` (no newline, so
each epoch overwrites the last on a terminal), a newline after each fold. Here: NumPy logistic
regression on blob features, 3 folds of 6 epochs (full-batch gradient descent, learning rate
0.5).

Truth: ``Train Loss``, ``Val Loss`` and ``Acc`` (validation accuracy; the line names no phase
for it) of every drawn state, at the printed epoch; the fold number is not a step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import numpy as np
    from _toy import blobs

    def live_train_bar(epoch, total_epochs, loss=None, val_loss=None, acc=None, fold=None,
                       bar_width=10):
        progress = epoch / total_epochs
        filled_len = int(progress * bar_width)
        bar = "█" * filled_len + '-' * (bar_width - filled_len)
        s = ''
        if fold is not None: s += f"Fold {fold} | "
        s += f"Epoch {epoch:03d}/{total_epochs} | [{bar}] | "
        if loss is not None: s += f"Train Loss: {loss:.4f} | "
        if val_loss is not None: s += f"Val Loss: {val_loss:.4f} | "
        if acc is not None: s += f"Acc: {acc:.4f} | "
        sys.stdout.write('\r' + s)
        sys.stdout.flush()

    X, y = blobs(n=360, k=2, d=6, seed=36, spread=2.5)
    X = (X - X.mean(0)) / X.std(0)
    folds = np.array_split(np.random.default_rng(36).permutation(len(y)), 3)

    def bce(p, t):
        p = np.clip(p, 1e-9, 1 - 1e-9)
        return float(-(t * np.log(p) + (1 - t) * np.log(1 - p)).mean())

    truth = Truth()
    epochs = 6
    for f, val_idx in enumerate(folds, start=1):
        tr_idx = np.setdiff1d(np.arange(len(y)), val_idx)
        w, b = np.zeros(X.shape[1]), 0.0
        for epoch in range(1, epochs + 1):
            p = 1 / (1 + np.exp(-(X[tr_idx] @ w + b)))
            loss = bce(p, y[tr_idx])
            g = p - y[tr_idx]
            w -= 0.5 * X[tr_idx].T @ g / len(tr_idx)
            b -= 0.5 * g.mean()
            pv = 1 / (1 + np.exp(-(X[val_idx] @ w + b)))
            val_loss = bce(pv, y[val_idx])
            acc = float(((pv > 0.5) == y[val_idx]).mean())
            live_train_bar(epoch, epochs, loss, val_loss, acc, fold=f)
            truth.add(at=epoch, **{"Train Loss": loss, "Val Loss": val_loss, "Acc": acc})
        sys.stdout.write("\n")
    truth.write("the script's training and validation loss and validation accuracy of each "
                "epoch of each fold", libraries=("numpy",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"erikdeinzer": run}, root=HELDOUT36)
