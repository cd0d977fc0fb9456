"""Small shared pieces of the forty-sixth half's generators: toy data, tiny models and a toy
cart-pole, so each generator keeps only its own loop and its own print format (see
README.md). Nothing here prints."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=46, n_val=300, n_test=300, classes=None):
    """sklearn's 8x8 digits, standardised, as float tensors: train, val, test splits
    (`classes` keeps only those labels, renumbered 0..k-1)."""
    import numpy as np
    import torch
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    if classes is not None:
        keep = np.isin(y, classes)
        X, y = X[keep], np.searchsorted(np.array(sorted(classes)), y[keep])
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    X = (X - X.mean(0)) / (X.std(0) + 1e-6)
    X, y = torch.tensor(X[idx], dtype=torch.float32), torch.tensor(y[idx])
    te, va = X[:n_test], X[n_test:n_test + n_val]
    return (X[n_test + n_val:], y[n_test + n_val:], va, y[n_test:n_test + n_val], te, y[:n_test])


def digit_images(seed=46):
    """Digits as 1x8x8 images in [0, 1] with a binary foreground mask (pixel > 0.3):
    (train_x, train_mask, val_x, val_mask) for toy segmentation."""
    import numpy as np
    import torch
    from sklearn.datasets import load_digits

    X, _ = load_digits(return_X_y=True)
    rng = np.random.default_rng(seed)
    X = X[rng.permutation(len(X))] / 16.0
    noisy = np.clip(X + rng.normal(0, 0.25, X.shape), 0, 1)
    img = torch.tensor(noisy, dtype=torch.float32).view(-1, 1, 8, 8)
    mask = torch.tensor(X > 0.3, dtype=torch.float32).view(-1, 1, 8, 8)
    n_val = 300
    return img[n_val:], mask[n_val:], img[:n_val], mask[:n_val]


def mlp(n_in=64, hidden=32, n_out=10, seed=46):
    import torch
    import torch.nn as nn

    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(n_in, hidden), nn.ReLU(), nn.Linear(hidden, n_out))


def batches(X, y, size, seed, drop_last=False):
    import torch

    g = torch.Generator().manual_seed(seed)
    order = torch.randperm(len(X), generator=g)
    for i in range(0, len(X), size):
        j = order[i:i + size]
        if drop_last and len(j) < size:
            break
        yield X[j], y[j]


def markov_text(n=4000, seed=46):
    """A pseudo-English character stream from a small bigram table."""
    import numpy as np

    rng = np.random.default_rng(seed)
    words = ("the cat sat on a mat and the dog ran to the park while birds sang in "
             "green trees near old stone walls").split()
    return " ".join(rng.choice(words, size=n // 4))[:n]


class CartPole:
    """The classic cart-pole dynamics (Barto, Sutton and Anderson), NumPy only: reward 1
    per step, done when the pole falls, the cart leaves the track or after `max_steps`."""

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
        done = abs(x) > 2.4 or abs(th) > 0.2095 or self.t >= self.max_steps
        return self.s.copy(), 1.0, done


def sbm_graph(n_per=40, k=4, p_in=0.15, p_out=0.01, n_feat=20, seed=46):
    """A stochastic block model graph: symmetric-normalised dense adjacency with self loops
    (torch), noisy bag-of-words features, labels, and train/val/test index tensors."""
    import numpy as np
    import torch

    rng = np.random.default_rng(seed)
    y = np.repeat(np.arange(k), n_per)
    n = len(y)
    same = y[:, None] == y[None, :]
    A = (rng.random((n, n)) < np.where(same, p_in, p_out)).astype(float)
    A = np.triu(A, 1)
    A = A + A.T + np.eye(n)
    d = A.sum(1)
    A_hat = A / np.sqrt(d[:, None] * d[None, :])
    X = (rng.random((n, n_feat)) < 0.1).astype(float)
    X[np.arange(n), y * (n_feat // k)] = 1.0
    X = X / X.sum(1, keepdims=True)
    perm = rng.permutation(n)
    return (torch.tensor(A_hat, dtype=torch.float32), torch.tensor(X, dtype=torch.float32),
            torch.tensor(y), torch.tensor(perm[:20 * k // 2]), torch.tensor(perm[40:80]),
            torch.tensor(perm[80:]), A)
