"""Small shared pieces of the fiftieth half's generators: toy data, a NumPy cart-pole and tiny
models, so each generator keeps only its own loop and its own print format (see README.md).
Nothing here prints."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=50, n_val=300, n_test=300, scale=True):
    """sklearn's 8x8 digits as float tensors: train, val, test splits (standardised, or in
    [0, 1] with ``scale=False``)."""
    import numpy as np
    import torch
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    X = (X - X.mean(0)) / (X.std(0) + 1e-6) if scale else X / 16.0
    X, y = torch.tensor(X[idx], dtype=torch.float32), torch.tensor(y[idx])
    te, va = X[:n_test], X[n_test:n_test + n_val]
    return (X[n_test + n_val:], y[n_test + n_val:], va, y[n_test:n_test + n_val], te, y[:n_test])


def mlp(n_in=64, hidden=32, n_out=10, seed=50):
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


class CartPole:
    """The classic cart-pole (gym's CartPole-v0 dynamics) in NumPy: 4 observations, 2 actions,
    reward 1 a step, done when the pole falls past 12 degrees, the cart leaves [-2.4, 2.4] or
    ``max_steps`` steps have passed."""

    def __init__(self, seed=0, max_steps=200):
        import numpy as np

        self.rng = np.random.default_rng(seed)
        self.max_steps = max_steps
        self.state = None
        self.t = 0
        self.observation_high = np.array([2.4, 3.0, 0.21, 3.5])

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
        fell = abs(x) > 2.4 or abs(theta) > 12 * 2 * math.pi / 360
        done = fell or self.t >= self.max_steps
        return self.state.copy(), 1.0, done, {}


def markov_text(n_chars=6000, seed=50):
    """A text drawn from a small word-level Markov chain over a fixed vocabulary (a stand-in
    for the books the character models read)."""
    import numpy as np

    words = ("the holmes watson said door night street letter baker case man woman "
             "window light knew found upon room fire little house there which").split()
    rng = np.random.default_rng(seed)
    trans = rng.dirichlet(np.full(len(words), 0.3), size=len(words))
    out, w = [], 0
    while sum(len(s) + 1 for s in out) < n_chars:
        out.append(words[w])
        w = rng.choice(len(words), p=trans[w])
    return " ".join(out)[:n_chars]
