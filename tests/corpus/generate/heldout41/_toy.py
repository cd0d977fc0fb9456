"""Small shared pieces of the forty-first half's generators: toy data and tiny models, so each
generator keeps only its own loop and its own print format (see README.md). Nothing here
prints."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=41, n_val=300, n_test=300, classes=None):
    """sklearn's 8x8 digits, standardised, as float tensors: train, val, test splits (optionally
    only the given classes)."""
    import numpy as np
    import torch
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    if classes is not None:
        keep = np.isin(y, classes)
        X, y = X[keep], y[keep]
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    X = (X - X.mean(0)) / (X.std(0) + 1e-6)
    X, y = torch.tensor(X[idx], dtype=torch.float32), torch.tensor(y[idx])
    te, va = X[:n_test], X[n_test:n_test + n_val]
    return (X[n_test + n_val:], y[n_test + n_val:], va, y[n_test:n_test + n_val], te, y[:n_test])


def digit_images(seed=41):
    """The digits as (N, 1, 8, 8) images in [0, 1] with their labels (a permutation)."""
    import numpy as np
    import torch
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    idx = np.random.default_rng(seed).permutation(len(X))
    X = torch.tensor(X[idx] / 16.0, dtype=torch.float32).reshape(-1, 1, 8, 8)
    return X, torch.tensor(y[idx])


def mlp(n_in=64, hidden=32, n_out=10, seed=41):
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


def small_cnn(n_out=10, seed=41, channels=8):
    import torch
    import torch.nn as nn

    torch.manual_seed(seed)
    return nn.Sequential(nn.Conv2d(1, channels, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Flatten(), nn.Linear(channels * 16, n_out))


def seasonal_series(n=600, seed=41):
    """A daily-and-weekly periodic count series with noise, scaled to [0, 1] (numpy)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    t = np.arange(n)
    s = 50 + 20 * np.sin(2 * np.pi * t / 24) + 10 * np.sin(2 * np.pi * t / 168) \
        + rng.normal(0, 4, n)
    return (s - s.min()) / (s.max() - s.min())


def windows(series, n_in, n_out):
    """Sliding (input, target) windows of a 1-D series as float tensors (N, n_in, 1), (N, n_out)."""
    import numpy as np
    import torch

    X = np.stack([series[i:i + n_in] for i in range(len(series) - n_in - n_out + 1)])
    Y = np.stack([series[i + n_in:i + n_in + n_out]
                  for i in range(len(series) - n_in - n_out + 1)])
    return (torch.tensor(X, dtype=torch.float32).unsqueeze(-1),
            torch.tensor(Y, dtype=torch.float32))
