"""Small real computations shared by this half's generators (NumPy only): Gaussian-blob
classification data, a softmax-regression model trained by mini-batch gradient descent, and a
linear-regression model. Each generator prints in its own repository's format."""

import numpy as np


def blobs(n=600, d=8, k=4, seed=0, spread=2.2):
    rng = np.random.default_rng(seed)
    centers = rng.normal(0, spread / np.sqrt(d) * 2, size=(k, d))
    y = rng.integers(k, size=n)
    X = centers[y] + rng.normal(size=(n, d))
    return X, y


def split(X, y, frac=0.75):
    n = int(len(X) * frac)
    return (X[:n], y[:n]), (X[n:], y[n:])


class Softmax:
    def __init__(self, d, k, seed=0):
        rng = np.random.default_rng(seed)
        self.W = rng.normal(0, 0.01, size=(d, k))
        self.b = np.zeros(k)

    def probs(self, X):
        z = X @ self.W + self.b
        z -= z.max(1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(1, keepdims=True)

    def evaluate(self, X, y):
        p = self.probs(X)
        loss = -np.log(p[np.arange(len(y)), y] + 1e-12).mean()
        return float(loss), float((p.argmax(1) == y).mean())

    def step(self, X, y, lr=0.1):
        p = self.probs(X)
        loss = -np.log(p[np.arange(len(y)), y] + 1e-12).mean()
        acc = float((p.argmax(1) == y).mean())
        g = p.copy()
        g[np.arange(len(y)), y] -= 1
        g /= len(y)
        self.W -= lr * X.T @ g
        self.b -= lr * g.sum(0)
        return float(loss), acc, int((p.argmax(1) == y).sum())


def batches(n, bs, rng):
    idx = rng.permutation(n)
    for i in range(0, n, bs):
        yield idx[i:i + bs]
