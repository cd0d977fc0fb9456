"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written loop printing as MichelleChaoChen/error-estimate-for-fem ``src/show_progress.py``
(``Show_Progress.on_epoch_end``) does: each epoch ``Loss = {} Validation Loss = {}``
(unformatted floats, no epoch). Here: a NumPy one-hidden-layer regression net fitting the error
of a piecewise-linear interpolant of sin on random meshes, 15 epochs.

Truth: ``Loss`` and ``val/Loss`` (``Validation Loss``) of each epoch, no step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(33)
    h = rng.uniform(0.05, 0.5, 600)
    xm = rng.uniform(0, 3, 600)
    X = np.stack([h, xm, np.sin(xm), np.cos(xm)], 1)
    y = (h ** 2 / 8 * np.abs(np.sin(xm)))[:, None] * 10
    tr, va = np.arange(500), np.arange(500, 600)
    W1 = rng.normal(0, 0.5, (4, 16))
    b1 = np.zeros(16)
    W2 = rng.normal(0, 0.5, (16, 1))
    b2 = np.zeros(1)
    truth = Truth()
    for epoch in range(15):
        order = rng.permutation(tr)
        losses = []
        for i in range(0, len(order), 25):
            b = order[i:i + 25]
            a = np.tanh(X[b] @ W1 + b1)
            out = a @ W2 + b2
            err = out - y[b]
            losses.append(float((err ** 2).mean()) * len(b))
            g = 2 * err / len(b)
            ga = (g @ W2.T) * (1 - a ** 2)
            W2 -= 0.05 * a.T @ g
            b2 -= 0.05 * g.sum(0)
            W1 -= 0.05 * X[b].T @ ga
            b1 -= 0.05 * ga.sum(0)
        loss = sum(losses) / len(tr)
        val_loss = float(((np.tanh(X[va] @ W1 + b1) @ W2 + b2 - y[va]) ** 2).mean())
        print("Loss = {} Validation Loss = {}".format(loss, val_loss))
        truth.add(**{"Loss": loss, "val/Loss": val_loss})
    truth.write("the script's epoch mean squared errors", libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"fem": run}, root=HELDOUT33)
