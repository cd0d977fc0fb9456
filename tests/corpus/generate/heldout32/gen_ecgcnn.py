"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written NumPy loop printing as NingAnMe/ECG-CNN-PyTorch ``logger.py`` does:
``train_log`` prints ``print("Log > train_acc:", '{:0.4f}'.format(acc_train), "- val_acc:", ...,
"- train_loss:", ..., "- val_loss:", ...)`` once an epoch (no epoch on the line). Here: softmax
regression on scikit-learn's 8x8 digits, mini-batch gradient descent, 10 epochs.

Truth: the script's four values of each epoch under their printed names ``train_acc``,
``val_acc``, ``train_loss``, ``val_loss`` (the phase is in the name); no step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits

    def train_log(loss_train=0.0, acc_train=0.0, loss_val=0.0, acc_val=0.0):
        loss_train = loss_train if loss_train is not None else 0.0
        acc_train = acc_train if acc_train is not None else 0.0
        loss_val = loss_val if loss_val is not None else 0.0
        acc_val = acc_val if acc_val is not None else 0.0
        print("Log > train_acc:", '{:0.4f}'.format(acc_train), "- val_acc:", '{:0.4f}'.format(acc_val),
              "- train_loss:", '{:0.4f}'.format(loss_train), "- val_loss:", '{:0.4f}'.format(loss_val))

    rng = np.random.default_rng(32)
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    perm = rng.permutation(len(X))
    X, y = X[perm], y[perm]
    Xtr, ytr, Xva, yva = X[:1400], y[:1400], X[1400:], y[1400:]
    W = np.zeros((64, 10))
    b = np.zeros(10)

    def forward(Xb, yb):
        z = Xb @ W + b
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        loss = -np.log(p[np.arange(len(yb)), yb] + 1e-12).mean()
        return p, loss, (p.argmax(1) == yb).mean()

    truth = Truth()
    for epoch in range(10):
        order = rng.permutation(len(Xtr))
        for k in range(0, len(order), 50):
            idx = order[k:k + 50]
            p, _, _ = forward(Xtr[idx], ytr[idx])
            p[np.arange(len(idx)), ytr[idx]] -= 1
            W -= 0.05 * Xtr[idx].T @ p / len(idx)
            b -= 0.05 * p.mean(0)
        _, tl, ta = forward(Xtr, ytr)
        _, vl, va = forward(Xva, yva)
        train_log(tl, ta, vl, va)
        truth.add(train_acc=ta, val_acc=va, train_loss=tl, val_loss=vl)
    truth.write("the script's epoch accuracies and losses on its train and validation splits",
                libraries=("numpy", "scikit-learn"), rel=1e-3, abs_tol=0.00005)


if __name__ == "__main__":
    main(__file__, {"ecgcnn": run}, root=HELDOUT32)
