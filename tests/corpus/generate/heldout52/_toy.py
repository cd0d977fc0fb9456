"""Small shared pieces of the fifty-second half's generators: toy data and tiny helpers, so each
generator keeps only its own loop and its own print format (see README.md). Nothing here
prints."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=52, n_val=300, n_test=300):
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


def digit_images(seed=52):
    """The digits as 1x8x8 images scaled to [-1, 1] (float tensor) and their labels."""
    import numpy as np
    import torch
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    X = X[idx] / 8.0 - 1.0
    return torch.tensor(X, dtype=torch.float32).view(-1, 1, 8, 8), torch.tensor(y[idx])


def batches(X, y, size, seed, shuffle=True):
    """Mini-batches of (X, y), shuffled with a torch generator seeded by `seed`."""
    import torch

    if shuffle:
        g = torch.Generator().manual_seed(seed)
        order = torch.randperm(len(X), generator=g)
    else:
        order = torch.arange(len(X))
    for i in range(0, len(X), size):
        j = order[i:i + size]
        yield X[j], y[j]


class Loader:
    """A re-iterable list of batches with a length, standing in for a DataLoader."""

    def __init__(self, X, y, size, seed=0, shuffle=True):
        self.X, self.y, self.size, self.seed, self.shuffle = X, y, size, seed, shuffle
        self.epoch = 0
        self.dataset = X

    def __len__(self):
        return (len(self.X) + self.size - 1) // self.size

    def __iter__(self):
        self.epoch += 1
        return batches(self.X, self.y, self.size, self.seed + self.epoch, self.shuffle)


def mlp(n_in=64, hidden=32, n_out=10, seed=52):
    import torch
    import torch.nn as nn

    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(n_in, hidden), nn.ReLU(), nn.Linear(hidden, n_out))
