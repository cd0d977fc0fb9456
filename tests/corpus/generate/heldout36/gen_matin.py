"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A NumPy MLP (two sigmoid layers, softmax output, squared error, per-sample SGD) trained as
matin-ghorbani/MLP_from_scratch ``mlp.py`` (commit 47b7285f) does: ``fit`` runs a bare
``tqdm(range(self.epochs))`` bar (the per-epoch loss and accuracy are only returned), then the
script prints ``print(f'loss_test: {loss_test}, accuracy_test: {accuracy_test}')`` and
``print(f'loss_train: {loss_train}, accuracy_train: {accuracy_train}')`` (unformatted NumPy
floats). Here: the digits-like toy set (one-hot targets), H1 = 32, H2 = 16, learning rate 0.05,
12 epochs (the original: 128, 32, 0.001, 20 epochs on scikit-learn's digits).

Truth: ``loss_test``, ``accuracy_test``, ``loss_train``, ``accuracy_train`` (the names printed;
the phase is inside the name).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import numpy as np
    from tqdm import tqdm
    from _toy import digits, split

    np.random.seed(36)
    X, y = digits(n=500, seed=36)
    x_train, ytr, x_test, yte = split(X, y, frac=0.8, seed=36)
    Y = np.eye(10)
    y_train, y_test = Y[ytr], Y[yte]
    W1, W2, W3 = np.random.randn(64, 32), np.random.randn(32, 16), np.random.randn(16, 10)
    B1, B2, B3 = np.random.randn(1, 32), np.random.randn(1, 16), np.random.randn(1, 10)
    lr = 0.05
    sig = lambda z: 1 / (1 + np.exp(-z))

    def forward(x):
        o1 = sig(x.reshape(1, -1) @ W1 + B1)
        o2 = sig(o1 @ W2 + B2)
        z = o2 @ W3 + B3
        e = np.exp(z - z.max())
        return e / e.sum(), o2, o1

    def evaluate(xs, ys):
        pred = np.array([forward(x)[0] for x in xs]).reshape(-1, 10)
        return np.mean((pred - ys) ** 2), np.sum(pred.argmax(1) == ys.argmax(1)) / len(pred)

    for _ in tqdm(range(12)):
        for x, t in zip(x_train, y_train):
            o3, o2, o1 = forward(x)
            err = -2 * (t - o3)
            g3, gb3 = o2.T @ err, err
            err = err @ W3.T * o2 * (1 - o2)
            g2, gb2 = o1.T @ err, err
            err = err @ W2.T * o1 * (1 - o1)
            g1, gb1 = x.reshape(-1, 1) @ err, err
            W1 -= lr * g1; B1 -= lr * gb1
            W2 -= lr * g2; B2 -= lr * gb2
            W3 -= lr * g3; B3 -= lr * gb3
    loss_train, accuracy_train = evaluate(x_train, y_train)
    loss_test, accuracy_test = evaluate(x_test, y_test)
    print(f'loss_test: {loss_test}, accuracy_test: {accuracy_test}')
    print(f'loss_train: {loss_train}, accuracy_train: {accuracy_train}')
    truth = Truth()
    truth.add(loss_test=loss_test, accuracy_test=accuracy_test)
    truth.add(loss_train=loss_train, accuracy_train=accuracy_train)
    truth.write("the script's final mean squared error and accuracy on the test and training "
                "sets", libraries=("numpy", "tqdm"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"matin": run}, root=HELDOUT36)
