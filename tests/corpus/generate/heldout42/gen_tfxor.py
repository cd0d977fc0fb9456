"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A NumPy re-implementation of the two XOR labs kept in extJo/ML-Tensorflow-Study
``week4/week4_training.md`` (TensorFlow 1 there), printed the same way: every 100 steps
``print(step, cost, W)`` (print's separators, a float32 scalar and the weight array, which
NumPy prints over several lines), and at the end ``print("\\nHypothesis: ", h, "\\nCorrect: ",
c, "\\nAccuracy: ", a)`` (arrays of four rows each). First lab: logistic regression on XOR
(2001 steps, it cannot learn XOR); second lab: one hidden layer of two sigmoid units, float32,
gradient descent with learning rate 0.1 (3001 steps).

Truth: ``Accuracy`` of each lab, no step. The unlabelled step-cost-weights lines carry no name
and are left without truth (a parsed point from them counts against precision), as are the
hypothesis and prediction arrays.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(777)
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
    y = np.array([[0], [1], [1], [0]], dtype=np.float32)
    lr = np.float32(0.1)
    sig = lambda z: (1 / (1 + np.exp(-z))).astype(np.float32)  # noqa: E731
    truth = Truth()

    def cost_of(h):
        return np.float32(-np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)))

    W = rng.normal(size=(2, 1)).astype(np.float32)
    b = rng.normal(size=(1,)).astype(np.float32)
    for step in range(2001):
        h = sig(x @ W + b)
        if step % 100 == 0:
            print(step, cost_of(h), W)
        g = (h - y) / 4
        W -= lr * x.T @ g
        b -= lr * g.sum(0)
    h = sig(x @ W + b)
    c = (h > 0.5).astype(np.float32)
    a = np.float32(np.mean(c == y))
    print("\nHypothesis: ", h, "\nCorrect: ", c, "\nAccuracy: ", a)
    truth.add(Accuracy=float(a))

    W1 = rng.normal(size=(2, 2)).astype(np.float32)
    b1 = rng.normal(size=(2,)).astype(np.float32)
    W2 = rng.normal(size=(2, 1)).astype(np.float32)
    b2 = rng.normal(size=(1,)).astype(np.float32)
    lr = np.float32(1.0)
    for step in range(3001):
        l1 = sig(x @ W1 + b1)
        h = sig(l1 @ W2 + b2)
        if step % 100 == 0:
            print(step, cost_of(h), [W1, W2])
        g2 = (h - y) / 4
        g1 = (g2 @ W2.T) * l1 * (1 - l1)
        W2 -= lr * l1.T @ g2
        b2 -= lr * g2.sum(0)
        W1 -= lr * x.T @ g1
        b1 -= lr * g1.sum(0)
    h = sig(sig(x @ W1 + b1) @ W2 + b2)
    c = (h > 0.5).astype(np.float32)
    a = np.float32(np.mean(c == y))
    print("\nHypothesis: ", h, "\nCorrect: ", c, "\nAccuracy: ", a)
    truth.add(Accuracy=float(a))
    truth.write("the labs' final accuracies", libraries=("numpy",), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"tfxor": run}, root=HELDOUT42)
