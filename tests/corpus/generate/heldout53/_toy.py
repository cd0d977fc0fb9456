"""Small shared pieces of the fifty-third half's generators: toy data and tiny models (no
printing), so each generator keeps only its own loop and its own print format (see README.md)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=53, n_val=300, n_test=300):
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


def digits_np(seed=53, n_test=300):
    """The digits as NumPy arrays scaled to [0, 1]: X_train, y_train, X_test, y_test."""
    import numpy as np
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    X = X[idx] / 16.0
    y = y[idx]
    return X[n_test:], y[n_test:], X[:n_test], y[:n_test]


def cancer_np(seed=53, n_test=120):
    """sklearn's breast-cancer data, standardised: X_train, y_train, X_test, y_test (0/1)."""
    import numpy as np
    from sklearn.datasets import load_breast_cancer

    X, y = load_breast_cancer(return_X_y=True)
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    X = (X - X.mean(0)) / (X.std(0) + 1e-9)
    X, y = X[idx], y[idx].astype(float)
    return X[n_test:], y[n_test:], X[:n_test], y[:n_test]


def mlp(n_in=64, hidden=32, n_out=10, seed=53):
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


def markov_text(n_chars=6000, seed=53):
    """A text from a small hand-made character Markov chain (a stand-in for a book)."""
    import numpy as np

    words = ("the cat sat on a mat and the dog ran to the old tree while a bird sang "
             "over the quiet river near the small town").split()
    rng = np.random.default_rng(seed)
    out = []
    while sum(len(w) + 1 for w in out) < n_chars:
        out.append(words[rng.integers(len(words))])
        if rng.random() < 0.12:
            out[-1] += "."
    return " ".join(out)[:n_chars]


class CartPole:
    """A NumPy cart-pole with gym's CartPole-v1 dynamics and limits (a stand-in for gym)."""

    def __init__(self, seed=0, max_steps=200):
        import numpy as np

        self.rng = np.random.default_rng(seed)
        self.max_steps = max_steps

    def reset(self):
        self.state = self.rng.uniform(-0.05, 0.05, size=4)
        self.t = 0
        return self.state.copy()

    def step(self, action):
        import math

        x, x_dot, theta, theta_dot = self.state
        force = 10.0 if action == 1 else -10.0
        costh, sinth = math.cos(theta), math.sin(theta)
        temp = (force + 0.05 * theta_dot ** 2 * sinth) / 1.1
        thetaacc = (9.8 * sinth - costh * temp) / (0.5 * (4.0 / 3.0 - 0.1 * costh ** 2 / 1.1))
        xacc = temp - 0.05 * thetaacc * costh / 1.1
        x, x_dot = x + 0.02 * x_dot, x_dot + 0.02 * xacc
        theta, theta_dot = theta + 0.02 * theta_dot, theta_dot + 0.02 * thetaacc
        self.state = __import__("numpy").array([x, x_dot, theta, theta_dot])
        self.t += 1
        terminated = bool(abs(x) > 2.4 or abs(theta) > 12 * 2 * math.pi / 360)
        truncated = self.t >= self.max_steps
        return self.state.copy(), 1.0, terminated, truncated
