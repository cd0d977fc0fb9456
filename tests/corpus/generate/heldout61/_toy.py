"""Small shared pieces of the sixty-first half's generators: toy data, tiny models and a tiny
cart-pole, so each generator keeps only its own loop and its own print format (see README.md)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=61, n_val=300, n_test=300):
    """sklearn's 8x8 digits, standardised, as float tensors: train, val, test splits."""
    import numpy as np
    import torch
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    X = (X - X.mean(0)) / (X.std(0) + 1e-6)
    X, y = torch.tensor(X[idx], dtype=torch.float32), torch.tensor(y[idx])
    te, va = X[:n_test], X[n_test:n_test + n_val]
    return (X[n_test + n_val:], y[n_test + n_val:], va, y[n_test:n_test + n_val], te, y[:n_test])


def digits_np(seed=61, test=0.25):
    """The digits as NumPy arrays in [0, 1]: X_train, y_train, X_test, y_test."""
    import numpy as np
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    X, y = X[idx] / 16.0, y[idx]
    n = int(len(X) * test)
    return X[n:], y[n:], X[:n], y[:n]


def binary_np(seed=61, test=0.25):
    """sklearn's breast-cancer data, standardised, labels 0/1: X_train, y_train, X_test, y_test."""
    import numpy as np
    from sklearn.datasets import load_breast_cancer

    X, y = load_breast_cancer(return_X_y=True)
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    X = (X - X.mean(0)) / (X.std(0) + 1e-9)
    X, y = X[idx], y[idx].astype(float)
    n = int(len(X) * test)
    return X[n:], y[n:], X[:n], y[:n]


def mlp(n_in=64, hidden=32, n_out=10, seed=61):
    import torch
    import torch.nn as nn

    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(n_in, hidden), nn.ReLU(), nn.Linear(hidden, n_out))


def batches(X, y, size, seed):
    import torch

    g = torch.Generator().manual_seed(seed)
    order = torch.randperm(len(X), generator=g)
    for i in range(0, len(X), size):
        j = order[i:i + size]
        yield X[j], y[j]


def evaluate(model, X, y):
    """(mean cross-entropy, accuracy in [0, 1], number correct)."""
    import torch
    import torch.nn.functional as F

    with torch.no_grad():
        out = model(X)
        correct = int((out.argmax(1) == y).sum())
        return F.cross_entropy(out, y).item(), correct / len(y), correct


class CartPole:
    """The classic cart-pole (gym's CartPole-v0 equations) in NumPy: reset() -> state,
    step(action) -> (state, reward, done). An episode ends at 200 steps."""

    def __init__(self, seed=61, max_steps=200):
        import numpy as np

        self.rng = np.random.default_rng(seed)
        self.max_steps = max_steps
        self.n_actions, self.n_obs = 2, 4

    def reset(self):
        self.s = self.rng.uniform(-0.05, 0.05, 4)
        self.t = 0
        return self.s.astype("float32")

    def step(self, action):
        import math

        x, x_dot, th, th_dot = self.s
        force = 10.0 if action == 1 else -10.0
        costh, sinth = math.cos(th), math.sin(th)
        temp = (force + 0.05 * th_dot ** 2 * sinth) / 1.1
        thacc = (9.8 * sinth - costh * temp) / (0.5 * (4.0 / 3.0 - 0.1 * costh ** 2 / 1.1))
        xacc = temp - 0.05 * thacc * costh / 1.1
        x, x_dot = x + 0.02 * x_dot, x_dot + 0.02 * xacc
        th, th_dot = th + 0.02 * th_dot, th_dot + 0.02 * thacc
        self.s = __import__("numpy").array([x, x_dot, th, th_dot])
        self.t += 1
        done = bool(abs(x) > 2.4 or abs(th) > 0.2095 or self.t >= self.max_steps)
        return self.s.astype("float32"), 1.0, done
