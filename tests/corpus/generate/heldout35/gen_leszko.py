"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as leszkolukasz/type-safe-tensors ``pytorch/train.py``: one tqdm bar over the epochs,
``tqdm(range(10), desc="Training Epochs")`` (stderr), whose postfix is set after every batch
to ``{"loss": total_loss / (batch_idx + 1)}`` (the running mean; tqdm shows 3 significant
digits), and after each epoch a plain ``print(f"Epoch {epoch + 1}, Loss: {total_loss /
len(train_loader)}")`` (stdout, the float unformatted) while the bar is open. Here: a NumPy
two-layer MLP (ReLU, 32 hidden) with Adam on Gaussian blobs instead of MNIST, 4 epochs of 5
batches, a short sleep per batch so tqdm redraws.

Truth: one name, ``loss`` (the judge compares names without case, and the bar's ``loss`` and
the line's ``Loss`` are the same quantity): the running mean of every postfix state, no step,
and each epoch's printed mean at step ``Epoch`` (the epoch's last postfix state shows the same
number; both prints are listed). Tolerance rel 5e-3 (the postfix's 3 significant digits).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import time

    import numpy as np
    from tqdm import tqdm
    from _toy import blobs

    X, y = blobs(512, 16, 10, seed=21, spread=1.5)
    rng = np.random.default_rng(21)
    params = [rng.normal(0, 0.25, (16, 32)), np.zeros(32), rng.normal(0, 0.25, (32, 10)),
              np.zeros(10)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    t = 0

    def step(xb, yb):
        nonlocal t
        W1, b1, W2, b2 = params
        h = np.maximum(0, xb @ W1 + b1)
        z = h @ W2 + b2
        z -= z.max(1, keepdims=True)
        p = np.exp(z) / np.exp(z).sum(1, keepdims=True)
        loss = -np.log(p[np.arange(len(yb)), yb]).mean()
        g = p.copy()
        g[np.arange(len(yb)), yb] -= 1
        g /= len(yb)
        gW2, gb2 = h.T @ g, g.sum(0)
        gh = g @ W2.T * (h > 0)
        grads = [xb.T @ gh, gh.sum(0), gW2, gb2]
        t += 1
        for i, gr in enumerate(grads):
            m[i] = 0.9 * m[i] + 0.1 * gr
            v[i] = 0.999 * v[i] + 0.001 * gr * gr
            params[i] -= 0.001 * (m[i] / (1 - 0.9 ** t)) / (np.sqrt(v[i] / (1 - 0.999 ** t)) + 1e-8)
        return float(loss)

    truth = Truth()
    bar = tqdm(range(4), desc="Training Epochs")
    n_batches = 5
    for epoch in bar:
        total_loss = 0
        idx = rng.permutation(len(X))
        for batch_idx in range(n_batches):
            b = idx[batch_idx * 64:(batch_idx + 1) * 64]
            total_loss += step(X[b], y[b])
            bar.set_postfix({"loss": total_loss / (batch_idx + 1)})
            truth.add(loss=total_loss / (batch_idx + 1))
            time.sleep(0.01)
        print(f"Epoch {epoch + 1}, Loss: {total_loss / n_batches}")
        truth.add(at=epoch + 1, loss=total_loss / n_batches)
    truth.write("the script's running-mean batch loss in the postfix and each epoch's mean",
                libraries=("numpy", "tqdm"), rel=5e-3)


if __name__ == "__main__":
    main(__file__, {"leszko": run}, root=HELDOUT35)
