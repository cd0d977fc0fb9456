"""Small real computations shared by this half's generators (NumPy only): a softmax regression
on Gaussian class blobs, trained by mini-batch gradient descent. Not a generator (no gen_ prefix)."""

import numpy as np


def blobs(n, classes=4, dim=8, seed=0, spread=1.6):
    rng = np.random.default_rng(seed)
    centers = rng.normal(0, 1.0, size=(classes, dim)) * 1.2
    y = rng.integers(classes, size=n)
    x = centers[y] + rng.normal(0, spread, size=(n, dim))
    return x, y


class Softmax:
    def __init__(self, dim, classes, seed=0, lr=0.1):
        rng = np.random.default_rng(seed)
        self.w = rng.normal(0, 0.01, size=(dim, classes))
        self.b = np.zeros(classes)
        self.lr = lr

    def probs(self, x):
        z = x @ self.w + self.b
        z = z - z.max(1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(1, keepdims=True)

    def loss_acc(self, x, y):
        p = self.probs(x)
        loss = float(-np.log(p[np.arange(len(y)), y] + 1e-12).mean())
        return loss, float((p.argmax(1) == y).mean())

    def step(self, x, y):
        """One gradient step on a batch; returns the batch loss (before the step), correct count."""
        p = self.probs(x)
        loss = float(-np.log(p[np.arange(len(y)), y] + 1e-12).mean())
        correct = int((p.argmax(1) == y).sum())
        g = p.copy()
        g[np.arange(len(y)), y] -= 1
        g /= len(y)
        self.w -= self.lr * (x.T @ g)
        self.b -= self.lr * g.sum(0)
        return loss, correct


def batches(n, size, rng):
    idx = rng.permutation(n)
    for i in range(0, n, size):
        yield idx[i:i + size]
