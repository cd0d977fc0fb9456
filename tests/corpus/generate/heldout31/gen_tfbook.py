"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written training and evaluation script printing as the MNIST example of the TensorFlow
book does in gegey2008/ML-DP (its runs kept in ``test/test_result.py``): ``After 1 training
step(s), loss on training batch is 3.08818.`` (``%g``) every 1000 steps of the training loop,
then from the evaluation loop ``After 1001 training step(s), validation accuracy = 0.9772`` for
each checkpoint, and ``the accuracy is: 0.9154`` at the end. Here: a one-hidden-layer network in
NumPy with L2 regularisation and an exponentially decayed learning rate on scikit-learn's digits,
minibatch SGD for 3000 steps (a line every 200, from step 1), a validation accuracy for the
weights kept every 500 steps, and the test accuracy of the final weights.

Truth: the script's minibatch loss (cross entropy plus the L2 term) of each printed step, ``loss
on training batch`` at the step the line states; the validation accuracy of each kept
checkpoint, ``val/accuracy`` (``validation accuracy``) at its step; the test accuracy,
``accuracy`` (the line names no split: ``the accuracy is``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=300, random_state=31)
    Xtr, Xva, ytr, yva = train_test_split(Xtr, ytr, test_size=300, random_state=31)
    rng = np.random.default_rng(31)
    W1 = rng.normal(0, 0.1, (64, 50)); b1 = np.full(50, 0.1)
    W2 = rng.normal(0, 0.1, (50, 10)); b2 = np.full(10, 0.1)
    lam = 1e-4
    truth = Truth()

    def forward(X, W1, b1, W2, b2):
        h = np.maximum(X @ W1 + b1, 0)
        z = h @ W2 + b2
        z = z - z.max(1, keepdims=True)
        p = np.exp(z)
        return h, p / p.sum(1, keepdims=True)

    checkpoints = []
    for step in range(3000):
        idx = rng.integers(0, len(Xtr), 100)
        xb, yb = Xtr[idx], ytr[idx]
        h, p = forward(xb, W1, b1, W2, b2)
        loss = -np.mean(np.log(p[np.arange(100), yb])) + lam * (np.sum(W1 ** 2) + np.sum(W2 ** 2))
        lr = 0.8 * 0.99 ** (step / 100)
        d = p.copy()
        d[np.arange(100), yb] -= 1
        d /= 100
        gW2 = h.T @ d + 2 * lam * W2
        dh = (d @ W2.T) * (h > 0)
        gW1 = xb.T @ dh + 2 * lam * W1
        W2 -= lr * gW2; b2 -= lr * d.sum(0)
        W1 -= lr * gW1; b1 -= lr * dh.sum(0)
        if step % 200 == 0:
            print("After %d training step(s), loss on training batch is %g." % (step + 1, loss))
            truth.add(at=step + 1, **{"loss on training batch": loss})
        if step % 500 == 0 and step > 0:
            checkpoints.append((step + 1, W1.copy(), b1.copy(), W2.copy(), b2.copy()))
    print()
    print()
    for global_step, *params in checkpoints:
        _, p = forward(Xva, *params)
        accuracy_score = np.mean(p.argmax(1) == yva)
        print("After %s training step(s), validation accuracy = %g" % (global_step,
                                                                       accuracy_score))
        truth.add(at=global_step, **{"val/accuracy": accuracy_score})
    print()
    _, p = forward(Xte, W1, b1, W2, b2)
    acc = np.mean(p.argmax(1) == yte)
    print("the accuracy is:", acc)
    truth.add(accuracy=acc)
    truth.write("the script's minibatch loss, validation accuracy of each kept checkpoint, and "
                "test accuracy", libraries=("numpy", "scikit-learn"), rel=1e-5)


if __name__ == "__main__":
    main(__file__, {"tfbook": run}, root=HELDOUT31)
