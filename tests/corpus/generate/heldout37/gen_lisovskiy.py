"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

A NumPy network trained as in YuriyLisovskiy/NeuralNetwork
``neural_network/learning/training.py``: after each epoch ``sys.stdout.write("\\r Progress: {}%,
Training loss: {}".format(str(100 * e / float(epochs))[:4], str(train_loss)[:5]))`` (the
percentage and the MSE cut to their first characters, not rounded; no newline, so one terminal
line is overwritten), and at the end ``"\\r Progress: 100%, Training loss: {}\\nDone.\\n\\n"``.
Here: a 2-8-1 sigmoid network learning XOR-like points by per-sample backpropagation, 30 epochs.

Truth: the MSE after each epoch, ``Training loss`` (the last one printed twice: after the last
epoch and in the closing line, two writes of the same state, listed once), no step; the
tolerance is the truncation (an absolute 1e-3 on values below 1).
"""

import sys

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(5)
    data = rng.uniform(-1, 1, size=(64, 2))
    target = ((data[:, 0] * data[:, 1]) > 0).astype(float)[:, None]
    W1, b1 = rng.normal(0, 1, (2, 8)), np.zeros(8)
    W2, b2 = rng.normal(0, 1, (8, 1)), np.zeros(1)
    sig = lambda z: 1 / (1 + np.exp(-z))

    def predict(x):
        return sig(sig(x @ W1 + b1) @ W2 + b2)

    truth = Truth()
    epochs = 30
    train_loss = None
    for e in range(epochs):
        for x, t in zip(data, target):
            h = sig(x @ W1 + b1)
            o = sig(h @ W2 + b2)
            d2 = (o - t) * o * (1 - o)
            d1 = (d2 @ W2.T) * h * (1 - h)
            W2 -= 0.5 * np.outer(h, d2)
            b2 -= 0.5 * d2
            W1 -= 0.5 * np.outer(x, d1)
            b1 -= 0.5 * d1
        train_loss = np.mean((predict(data) - target) ** 2)
        sys.stdout.write(
            "\r Progress: {}%, Training loss: {}".format(str(100 * e / float(epochs))[:4],
                                                        str(train_loss)[:5]))
        truth.add(**{"Training loss": train_loss})
    sys.stdout.write("\r Progress: 100%, Training loss: {}\nDone.\n\n".format(str(train_loss)[:5]))
    truth.write("the script's MSE after each epoch", libraries=("numpy",), rel=1e-3, abs_tol=1e-3)


if __name__ == "__main__":
    main(__file__, {"lisovskiy": run}, root=HELDOUT37)
