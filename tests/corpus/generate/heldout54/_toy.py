"""Small shared pieces of the fifty-fourth half's generators: toy data, tiny models and a NumPy
cart-pole, so each generator keeps only its own loop and its own print format (see README.md).
Nothing here prints."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=54, n_val=300, n_test=300):
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


def digits01(seed=54):
    """The digits scaled to [0, 1] (for generative models), as a float tensor, and the labels."""
    import numpy as np
    import torch
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    return torch.tensor(X[idx] / 16.0, dtype=torch.float32), torch.tensor(y[idx])


def batches(X, y, size, seed):
    import torch

    g = torch.Generator().manual_seed(seed)
    order = torch.randperm(len(X), generator=g)
    for i in range(0, len(X), size):
        j = order[i:i + size]
        yield X[j], y[j]


def mlp(n_in=64, hidden=32, n_out=10, seed=54):
    import torch
    import torch.nn as nn

    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(n_in, hidden), nn.ReLU(), nn.Linear(hidden, n_out))


class CartPole:
    """Gym's CartPole-v1 dynamics in NumPy: reset() -> obs, step(a) -> (obs, 1.0, done)."""

    def __init__(self, seed=0, max_steps=200):
        import numpy as np

        self.rng = np.random.default_rng(seed)
        self.max_steps = max_steps

    def reset(self):
        self.s = self.rng.uniform(-0.05, 0.05, 4)
        self.t = 0
        return self.s.copy()

    def step(self, action):
        import math

        x, x_dot, th, th_dot = self.s
        force = 10.0 if action == 1 else -10.0
        cos, sin = math.cos(th), math.sin(th)
        temp = (force + 0.05 * th_dot ** 2 * sin) / 1.1
        th_acc = (9.8 * sin - cos * temp) / (0.5 * (4.0 / 3.0 - 0.1 * cos ** 2 / 1.1))
        x_acc = temp - 0.05 * th_acc * cos / 1.1
        x, x_dot = x + 0.02 * x_dot, x_dot + 0.02 * x_acc
        th, th_dot = th + 0.02 * th_dot, th_dot + 0.02 * th_acc
        self.s[:] = (x, x_dot, th, th_dot)
        self.t += 1
        done = bool(abs(x) > 2.4 or abs(th) > 0.2095 or self.t >= self.max_steps)
        return self.s.copy(), 1.0, done


def markov_text(n_chars=4000, seed=54):
    """A deterministic pseudo-English text from a tiny word-level Markov chain."""
    import numpy as np

    words = ("the cat sat on a mat and the dog ran to the park while a bird sang "
             "over the old tree near the river bank").split()
    rng = np.random.default_rng(seed)
    out, w = [], 0
    while sum(len(t) + 1 for t in out) < n_chars:
        w = (w + int(rng.integers(1, 4))) % len(words)
        out.append(words[w])
    return " ".join(out)
