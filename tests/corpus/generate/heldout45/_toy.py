"""Small shared pieces of the forty-fifth half's generators: toy data, a toy environment and
tiny models, so each generator keeps only its own loop and its own print format (see
README.md). Nothing here prints."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=45, n_val=300, n_test=300):
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


def digit_images(seed=45):
    """The digits as images in [-1, 1], shape (N, 1, 8, 8), and their labels."""
    import numpy as np
    import torch
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    X = X[idx] / 8.0 - 1.0
    return torch.tensor(X, dtype=torch.float32).view(-1, 1, 8, 8), torch.tensor(y[idx])


def mlp(n_in=64, hidden=32, n_out=10, seed=45):
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


WORDS = ("the cat sat on a mat and the dog ran to the red barn while a bird sang in the old "
         "tree by the river so the farmer went home at night with bread and milk").split()


def text(n_chars=4000, seed=45):
    """A deterministic pseudo-English text from a word-level Markov walk."""
    import numpy as np

    rng = np.random.default_rng(seed)
    nxt = {}
    for a, b in zip(WORDS, WORDS[1:] + WORDS[:1]):
        nxt.setdefault(a, []).append(b)
    w, out = "the", []
    while sum(len(x) + 1 for x in out) < n_chars:
        out.append(w)
        w = nxt[w][rng.integers(len(nxt[w]))] if rng.random() < 0.85 else WORDS[rng.integers(len(WORDS))]
    s = " ".join(out)
    return ". ".join(s[i:i + 60] for i in range(0, len(s), 60))[:n_chars]


class CartPole:
    """The classic cart-pole dynamics (gym's constants), re-implemented in NumPy: reward 1 per
    step, done when the pole falls past 12 degrees, the cart leaves +-2.4, or at max_steps."""

    def __init__(self, seed=0, max_steps=200):
        import numpy as np

        self.rng = np.random.default_rng(seed)
        self.max_steps = max_steps

    def reset(self):
        self.s = self.rng.uniform(-0.05, 0.05, size=4)
        self.t = 0
        return self.s.copy()

    def step(self, action):
        import math

        x, xd, th, thd = self.s
        force = 10.0 if action == 1 else -10.0
        ct, st = math.cos(th), math.sin(th)
        temp = (force + 0.05 * thd * thd * st) / 1.1
        thacc = (9.8 * st - ct * temp) / (0.5 * (4.0 / 3.0 - 0.1 * ct * ct / 1.1))
        xacc = temp - 0.05 * thacc * ct / 1.1
        x, xd = x + 0.02 * xd, xd + 0.02 * xacc
        th, thd = th + 0.02 * thd, thd + 0.02 * thacc
        self.s[:] = (x, xd, th, thd)
        self.t += 1
        done = abs(x) > 2.4 or abs(th) > 0.2095 or self.t >= self.max_steps
        return self.s.copy(), 1.0, done
