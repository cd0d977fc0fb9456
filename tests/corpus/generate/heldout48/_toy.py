"""Small shared pieces of the forty-eighth half's generators: toy data and tiny models, no
printing, so each generator keeps only its own loop and its own print format (see README.md)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=48, n_val=300, n_test=300):
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


def mlp(n_in=64, hidden=32, n_out=10, seed=48):
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


def loader(X, y, size, seed=0, shuffle=True):
    """A DataLoader over tensors (so `len(loader)` and `len(loader.dataset)` work)."""
    import torch
    from torch.utils.data import DataLoader, TensorDataset

    g = torch.Generator().manual_seed(seed)
    return DataLoader(TensorDataset(X, y), batch_size=size, shuffle=shuffle, generator=g)


def blobs(n=400, n_features=8, n_classes=3, seed=48, sep=1.2):
    """Gaussian class blobs as NumPy arrays (X float32, y int64)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    centers = rng.normal(0, sep, size=(n_classes, n_features))
    y = rng.integers(0, n_classes, size=n)
    X = centers[y] + rng.normal(0, 1.0, size=(n, n_features))
    return X.astype(np.float32), y.astype(np.int64)


def report_truth(truth, y_true, y_pred, digits=2):
    """Add a classification_report's cells (scikit-learn's own dict) as <row>/<column>."""
    from sklearn.metrics import classification_report

    rep = classification_report(y_true, y_pred, output_dict=True, zero_division=0)
    for row, cells in rep.items():
        if row == "accuracy":
            truth.add(accuracy=cells)
            continue
        for col in ("precision", "recall", "f1-score"):
            truth.add(**{f"{row}/{col}": cells[col]})
        truth.allow(**{f"{row}/support": cells["support"]})
