"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written mini-batch loop printing as mbassale/computer-science
``book18-pytorch-step-by-step/ch2/train/v4.py`` does: every 10 epochs
``Epoch: {epoch}, Train Loss: {loss:.4f}, Validation Loss: {validation_loss:.4f}``. Here: NumPy
linear regression y = 1 + 2x + noise, mini-batches of 16, 200 epochs.

Truth: the mean mini-batch losses of the epoch, ``train/Loss`` and ``val/Loss``, at the epoch.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(33)
    x = rng.random((100, 1))
    y = 1 + 2 * x + 0.1 * rng.standard_normal((100, 1))
    idx = rng.permutation(100)
    xt, yt, xv, yv = x[idx[:80]], y[idx[:80]], x[idx[80:]], y[idx[80:]]
    w, b = rng.standard_normal(2)
    truth = Truth()

    def mini_batch(xs, ys, train):
        nonlocal w, b
        losses = []
        order = rng.permutation(len(xs)) if train else np.arange(len(xs))
        for i in range(0, len(xs), 16):
            xb, yb = xs[order[i:i + 16]], ys[order[i:i + 16]]
            err = w * xb + b - yb
            losses.append(float((err ** 2).mean()))
            if train:
                w -= 0.1 * float(2 * (err * xb).mean())
                b -= 0.1 * float(2 * err.mean())
        return float(np.mean(losses))

    for epoch in range(200):
        loss = mini_batch(xt, yt, True)
        validation_loss = mini_batch(xv, yv, False)
        if epoch % 10 == 0:
            print(f'Epoch: {epoch}, Train Loss: {loss:.4f}, Validation Loss: {validation_loss:.4f}')
            truth.add(at=epoch, **{"train/Loss": loss, "val/Loss": validation_loss})
    truth.write("the script's mean mini-batch losses of each printed epoch", libraries=("numpy",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"mbassale": run}, root=HELDOUT33)
