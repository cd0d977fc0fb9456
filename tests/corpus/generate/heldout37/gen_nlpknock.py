"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

Manual gradient descent as in zhuobinggang/NLP-100-knock ``pytorch-test-ground/01.py``:
``print(forward(5))`` (a bare number, the prediction before training), then each epoch
``print(f'epoch {epoch + 1}: w = {w:.3f}, loss = {l:.8f}')`` (``w`` after the update, the loss
before it). The original learns ``y = 2x`` from four points; here the same loop learns a noisy
slope from 12 points with NumPy, 12 epochs, and prints ``forward(5)`` again at the end (as the
tutorial it follows does).

Truth: ``loss`` at the printed epoch; ``w`` optional (the parameter); the bare predictions are
unlabelled (not listed).
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(20)
    X = np.arange(1, 13, dtype=float) / 4
    Y = 2.5 * X + rng.normal(0, 0.3, 12)
    w = 0.0

    def forward(x):
        return w * x

    def loss(y, y_pred):
        return ((y_pred - y) ** 2).mean()

    def gradient(x, y, y_pred):
        return np.dot(2 * x, y_pred - y).mean() / len(x)

    print(forward(5))
    truth = Truth()
    learning_rate = 0.05
    for epoch in range(12):
        y_pred = forward(X)
        l = loss(Y, y_pred)
        dw = gradient(X, Y, y_pred)
        w -= learning_rate * dw
        if epoch % 1 == 0:
            print(f'epoch {epoch + 1}: w = {w:.3f}, loss = {l:.8f}')
            truth.add(at=epoch + 1, loss=l)
            truth.allow(w=w)
    print(forward(5))
    truth.write("the script's loss before each update", libraries=("numpy",), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"nlpknock": run}, root=HELDOUT37)
