"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop printing as truongng201/UROP-CNN ``train.py`` does:
``"Train Epoch: {} [{}/{} ({:.0f}%)]\tLoss: {:.6f}"`` (epoch from 0, samples seen, the batch
loss) every few batches. Here: NumPy softmax regression on Gaussian blobs, 4 epochs of 100
batches of 8, a line every 10 batches (the original: every 100).

Truth: each printed batch loss, ``train/Loss`` (the line opens with the phase word), no step (the line states the epoch and a sample count).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import numpy as np
    from _toy import Softmax, blobs, batches

    x, y = blobs(800, seed=1)
    model = Softmax(8, 4, seed=1, lr=0.05)
    rng = np.random.default_rng(1)
    truth = Truth()
    n = len(x)
    for epoch in range(4):
        for batch_idx, idx in enumerate(batches(n, 8, rng)):
            loss, _ = model.step(x[idx], y[idx])
            if batch_idx % 10 == 0:
                print("Train Epoch: {} [{}/{} ({:.0f}%)]\tLoss: {:.6f}".format(
                    epoch, batch_idx * len(idx), n, 100.0 * batch_idx / (n // 8), loss))
                truth.add(**{"train/Loss": loss})
    truth.write("the script's batch loss of each printed batch", libraries=("numpy",), rel=1e-5)


if __name__ == "__main__":
    main(__file__, {"urop": run}, root=HELDOUT34)
