"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A NumPy multilayer quadratic perceptron on the two-spiral problem trained as
MqLeet/CS7327-Neural-Network-Theory-and-Applications
``Assignment1/Two-spiral-classification-with-mlp-and-mlqp/train.py`` (commit 6adc06df) does:
one ``tqdm.tqdm(range(1, epoches), desc="Training Process")`` bar over the epochs, per-sample
SGD, and after each epoch ``pbar.set_postfix(loss='%.4f' % loss, acc='%.4f' % acc)`` (the summed
half squared error over the training set and the training accuracy); every 10 epochs the test
set is scored (kept in lists for a CSV, not printed) and the same postfix is set again. Here:
one hidden layer of 16 quadratic units, 200 training and 100 test points of two noisy
spirals, learning rate 0.1, ``epoches=17`` (16 epochs); no CSV, no plots.

Truth: ``loss`` and ``acc`` of each epoch's postfix (the repeated postfix of every tenth epoch
is the same state and is listed once), no step (a bar's count).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import numpy as np
    import tqdm

    rng = np.random.default_rng(36)

    def spirals(n):
        t = np.sqrt(rng.random(n)) * 3 * np.pi
        lab = rng.integers(2, size=n)
        sign = np.where(lab == 1, 1, -1)
        pts = np.c_[sign * t * np.cos(t), sign * t * np.sin(t)] / (3 * np.pi)
        return pts + rng.normal(0, 0.03, pts.shape), lab

    Xtr, ytr = spirals(200)
    Xte, yte = spirals(100)
    H = 16
    U1 = rng.normal(0, 0.5, (2, H))
    V1 = rng.normal(0, 0.5, (2, H))
    b1 = np.zeros(H)
    W2 = rng.normal(0, 0.5, H)
    b2 = 0.0
    sig = lambda z: 1 / (1 + np.exp(-z))

    def forward(x):
        h = sig((x ** 2) @ U1 + x @ V1 + b1)
        return sig(h @ W2 + b2), h

    lr = 1e-1
    truth = Truth()
    with tqdm.tqdm(range(1, 17), desc="Training Process") as pbar:
        for epoch in pbar:
            preds = []
            for x, label in zip(Xtr, ytr):
                out, h = forward(x)
                d_out = (out - label) * out * (1 - out)
                d_h = d_out * W2 * h * (1 - h)
                W2 -= lr * d_out * h
                b2 -= lr * d_out
                U1 -= lr * np.outer(x ** 2, d_h)
                V1 -= lr * np.outer(x, d_h)
                b1 -= lr * d_h
                preds.append(out)
            preds = np.array(preds)
            loss = (0.5 * (ytr - preds) ** 2).sum()
            acc = ((preds > 0.5) == ytr).mean()
            pbar.set_postfix(loss='%.4f' % loss, acc='%.4f' % acc)
            truth.add(loss=loss, acc=acc)
            if epoch % 10 == 0:
                test_preds = np.array([forward(x)[0] for x in Xte])
                _ = (0.5 * (yte - test_preds) ** 2).sum(), ((test_preds > 0.5) == yte).mean()
                pbar.set_postfix(loss='%.4f' % loss, acc='%.4f' % acc)
    truth.write("the script's summed half squared error and accuracy on the training set of "
                "each epoch", libraries=("numpy", "tqdm"), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"mqleet": run}, root=HELDOUT36)
