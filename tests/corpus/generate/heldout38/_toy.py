"""Small shared pieces of the thirty-eighth half's generators: toy data and tiny models (no
printing), so each generator keeps only its own loop and its own print format (README.md)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=38, n_val=300, n_test=300):
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


def cancer(seed=38, n_test=150):
    """sklearn's breast cancer set, standardised NumPy arrays: Xtr, ytr, Xte, yte."""
    import numpy as np
    from sklearn.datasets import load_breast_cancer

    X, y = load_breast_cancer(return_X_y=True)
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    X = (X - X.mean(0)) / (X.std(0) + 1e-9)
    X, y = X[idx], y[idx].astype(float)
    return X[n_test:], y[n_test:], X[:n_test], y[:n_test]


def mlp(n_in=64, hidden=32, n_out=10, seed=38):
    import torch
    import torch.nn as nn

    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(n_in, hidden), nn.ReLU(), nn.Linear(hidden, n_out))


def cnn(seed=38):
    """A tiny 2-D CNN for the 8x8 digits (input N x 64)."""
    import torch
    import torch.nn as nn

    torch.manual_seed(seed)
    return nn.Sequential(nn.Unflatten(1, (1, 8, 8)), nn.Conv2d(1, 6, 3, padding=1), nn.ReLU(),
                         nn.MaxPool2d(2), nn.Flatten(), nn.Linear(6 * 16, 10))


def batches(X, y, size, seed):
    import torch

    g = torch.Generator().manual_seed(seed)
    order = torch.randperm(len(X), generator=g)
    for i in range(0, len(X), size):
        j = order[i:i + size]
        yield X[j], y[j]


def loader(X, y, size, seed):
    """A re-iterable list of batches (len() works, as a DataLoader's)."""
    return list(batches(X, y, size, seed))


def evaluate(model, X, y):
    """(mean cross-entropy, accuracy in [0, 1], number correct)."""
    import torch
    import torch.nn.functional as F

    with torch.no_grad():
        out = model(X)
        correct = int((out.argmax(1) == y).sum())
        return F.cross_entropy(out, y).item(), correct / len(y), correct


class FrozenLake:
    """The 4x4 FrozenLake map (S start, F frozen, H hole, G goal) with gym's slippery moves: the
    chosen direction or either perpendicular one, each with probability 1/3; reward 1 at G; at
    most 100 steps. Actions 0 left, 1 down, 2 right, 3 up."""

    MAP = "SFFFFHFHFFFHHFFG"

    def __init__(self, seed=38, slippery=True):
        import numpy as np

        self.rng = np.random.default_rng(seed)
        self.slippery = slippery
        self.observation_n, self.action_n = 16, 4
        self.s, self.t = 0, 0

    def reset(self):
        self.s, self.t = 0, 0
        return self.s

    def sample(self):
        return int(self.rng.integers(4))

    def step(self, a):
        if self.slippery:
            a = (a + int(self.rng.integers(3)) - 1) % 4
        r, c = divmod(self.s, 4)
        r, c = [(r, max(c - 1, 0)), (min(r + 1, 3), c), (r, min(c + 1, 3)), (max(r - 1, 0), c)][a]
        self.s, self.t = r * 4 + c, self.t + 1
        cell = self.MAP[self.s]
        done = cell in "HG" or self.t >= 100
        return self.s, float(cell == "G"), done
