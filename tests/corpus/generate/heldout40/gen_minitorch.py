"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written NumPy loop printing as the training logs in adi-bal/Minitorch-Project
``3-Tensors/README.md`` (minitorch's Task 2.5 on the ``Simple`` data set): ``Epoch: 0/300, loss:
0, correct: 0`` before training, then every tenth epoch ``Epoch: 10/300, loss:
40.66641671388882, correct: 32`` (the summed binary cross-entropy as an unformatted float and
the count of correctly classified points), and ``Time per epoch: 0.027s`` at the end (the
README's summary line). Here: a 2-2-1 sigmoid network on 60 points split by a line, full-batch
gradient descent, 300 epochs.

Truth: ``loss`` at the epoch the ``Epoch: i/N`` prefix states (the first line's ``loss: 0``,
printed before any training, is optional); ``correct`` is a count, optional.
"""

from _toy import HEADER  # noqa: F401
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import time

    import numpy as np

    truth = Truth()
    rng = np.random.default_rng(0)
    N, max_epochs, lr = 60, 300, 0.5
    X = rng.random((N, 2))
    y = (X[:, 0] < 0.5).astype(float)
    W1, b1 = rng.normal(size=(2, 2)), np.zeros(2)
    W2, b2 = rng.normal(size=(2, 1)), np.zeros(1)
    sig = lambda z: 1 / (1 + np.exp(-z))
    print(f"Epoch: 0/{max_epochs}, loss: 0, correct: 0")
    truth.allow(loss=0, correct=0)
    start = time.time()
    for epoch in range(1, max_epochs + 1):
        h = sig(X @ W1 + b1)
        out = sig(h @ W2 + b2)[:, 0]
        total_loss = float(-(y * np.log(out) + (1 - y) * np.log(1 - out)).sum())
        d_out = (out - y)[:, None]
        gW2, gb2 = h.T @ d_out, d_out.sum(0)
        d_h = d_out @ W2.T * h * (1 - h)
        gW1, gb1 = X.T @ d_h, d_h.sum(0)
        W1 -= lr * gW1 / N * 10
        b1 -= lr * gb1 / N * 10
        W2 -= lr * gW2 / N * 10
        b2 -= lr * gb2 / N * 10
        if epoch % 10 == 0:
            correct = int(((out > 0.5) == (y == 1)).sum())
            print(f"Epoch: {epoch}/{max_epochs}, loss: {total_loss}, correct: {correct}")
            truth.add(at=epoch, loss=total_loss)
            truth.allow(correct=correct)
    print(f"Time per epoch: {(time.time() - start) / max_epochs:.3f}s")
    truth.write("the loop's summed losses", libraries=("numpy",), rel=1e-9, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"minitorch": run}, root=HELDOUT40)
