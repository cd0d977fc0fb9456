"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written regression loop printing as the kept run output in MrCogito/Deep_learning_2023
``outputs/WorkingSetup/Markdown/WorkingSetup_4.md`` (commit e0fd1ea0, a PaiNN training run)
shows: each epoch ``Epoch [1/650], Train Loss: 0.0392, Train L1 Loss: 1.0097`` and ``Epoch
[1/650], Validation Loss: 0.0138, Validation L1: 0.8395, Smoothed Validation Loss: 0.0138`` (the
smoothed loss an exponential average, 0.9 old + 0.1 new, as the kept numbers show). Here: a
NumPy MLP predicting a sum of pairwise Lennard-Jones-like energies of random 4-atom clusters,
the inputs standardised, the L1 reported on a scale 8 times the loss's (so it is near 1 to 3), 10
epochs; no wandb.

Truth: ``train/Loss``, ``train/L1 Loss``, ``val/Loss``, ``val/L1``, ``Smoothed Validation
Loss`` at the epoch.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(33)
    n = 900
    pos = rng.uniform(0, 2.5, (n, 4, 3))
    d = np.linalg.norm(pos[:, :, None] - pos[:, None], axis=-1)
    iu = np.triu_indices(4, 1)
    r = np.clip(d[:, iu[0], iu[1]], 0.6, None)
    energy = (1 / r ** 12 - 2 / r ** 6).sum(1)
    y = (np.clip(energy, -6, 6) / 8)[:, None]
    X = np.sort(r, 1)
    X = (X - X.mean(0)) / X.std(0)
    tr, va = np.arange(750), np.arange(750, 900)
    W1 = rng.normal(0, 0.5, (6, 32))
    b1 = np.zeros(32)
    W2 = rng.normal(0, 0.2, (32, 1))
    b2 = np.zeros(1)
    scale = 8.0
    truth = Truth()
    smoothed = None
    num_epochs = 10
    for epoch in range(num_epochs):
        order = rng.permutation(tr)
        tl = tl1 = 0.0
        for i in range(0, len(order), 50):
            b = order[i:i + 50]
            h = np.tanh(X[b] @ W1 + b1)
            out = h @ W2 + b2
            err = out - y[b]
            tl += float((err ** 2).mean()) * len(b)
            tl1 += float(np.abs(err).mean()) * scale * len(b)
            g = 2 * err / len(b)
            gh = (g @ W2.T) * (1 - h ** 2)
            W2 -= 0.05 * h.T @ g
            b2 -= 0.05 * g.sum(0)
            W1 -= 0.05 * X[b].T @ gh
            b1 -= 0.05 * gh.sum(0)
        train_loss, train_l1 = tl / len(tr), tl1 / len(tr)
        ev = np.tanh(X[va] @ W1 + b1) @ W2 + b2 - y[va]
        val_loss, val_l1 = float((ev ** 2).mean()), float(np.abs(ev).mean()) * scale
        smoothed = val_loss if smoothed is None else 0.9 * smoothed + 0.1 * val_loss
        print(f"Epoch [{epoch + 1}/{num_epochs}], Train Loss: {train_loss:.4f}, Train L1 Loss: {train_l1:.4f}")
        print(f"Epoch [{epoch + 1}/{num_epochs}], Validation Loss: {val_loss:.4f}, Validation L1: {val_l1:.4f}, "
              f"Smoothed Validation Loss: {smoothed:.4f}")
        truth.add(at=epoch + 1, **{"train/Loss": train_loss, "train/L1 Loss": train_l1})
        truth.add(at=epoch + 1, **{"val/Loss": val_loss, "val/L1": val_l1,
                                   "Smoothed Validation Loss": smoothed})
    truth.write("the script's epoch mean squared and absolute errors and their smoothed average",
                libraries=("numpy",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"painn": run}, root=HELDOUT33)
