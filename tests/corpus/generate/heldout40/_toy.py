"""Small shared pieces of the fortieth half's generators: toy data and tiny models, so each
generator keeps only its own loop and its own print format (see README.md). Nothing here
prints."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

HEADER = ("HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while "
          "tuning the parser.")


def digits(seed=40, n_val=300, n_test=300):
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


def batches(X, y, size, seed):
    """A list (so tqdm knows its length) of shuffled mini-batches."""
    import torch

    g = torch.Generator().manual_seed(seed)
    order = torch.randperm(len(X), generator=g)
    return [(X[order[i:i + size]], y[order[i:i + size]]) for i in range(0, len(X), size)]


def mlp(n_in=64, hidden=32, n_out=10, seed=40):
    import torch
    import torch.nn as nn

    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(n_in, hidden), nn.ReLU(), nn.Linear(hidden, n_out))


class CartPole:
    """Gym's CartPole-v0 dynamics re-implemented (no gym installed): reward 1 a step, done
    when the pole falls past 12 degrees, the cart leaves +-2.4, or after `limit` steps."""

    def __init__(self, seed=0, limit=200):
        import numpy as np

        self.rng = np.random.default_rng(seed)
        self.limit = limit

    def reset(self):
        self.s = self.rng.uniform(-0.05, 0.05, size=4)
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
        self.s = (x, x_dot, th, th_dot)
        self.t += 1
        done = abs(x) > 2.4 or abs(th) > 12 * 2 * math.pi / 360 or self.t >= self.limit
        import numpy as np
        return np.array(self.s), 1.0, done, {}


def char_corpus():
    """A small repetitive text for the character-level language models."""
    lines = ["to be or not to be that is the question",
             "whether tis nobler in the mind to suffer",
             "the slings and arrows of outrageous fortune",
             "or to take arms against a sea of troubles"]
    return "\n".join(lines * 12) + "\n"
