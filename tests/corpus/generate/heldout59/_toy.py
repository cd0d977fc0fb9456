"""Small shared pieces of the fifty-ninth half's generators: toy data and tiny models, so each
generator keeps only its own loop and its own print format (see README.md)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=59, n_val=300, n_test=300):
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


def mlp(n_in=64, hidden=32, n_out=10, seed=59):
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


class Loader:
    """A re-iterable DataLoader stand-in over tensors: `len()` is the number of batches and
    `.dataset` has a length, as the scripts use them."""

    def __init__(self, X, y, batch_size, seed=0, shuffle=True):
        self.X, self.y, self.batch_size, self.seed, self.shuffle = X, y, batch_size, seed, shuffle
        self.dataset = X
        self._epoch = 0

    def __len__(self):
        return (len(self.X) + self.batch_size - 1) // self.batch_size

    def __iter__(self):
        import torch

        if self.shuffle:
            g = torch.Generator().manual_seed(self.seed * 1000 + self._epoch)
            order = torch.randperm(len(self.X), generator=g)
        else:
            order = torch.arange(len(self.X))
        self._epoch += 1
        for i in range(0, len(self.X), self.batch_size):
            j = order[i:i + self.batch_size]
            yield self.X[j], self.y[j]
