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


class CartPole:
    """The classic cart-pole (Barto, Sutton and Anderson's equations, as gym's CartPole-v1):
    reward 1 a step until the pole leans past 12 degrees, the cart leaves +-2.4, or
    `max_steps` steps."""

    def __init__(self, seed=0, max_steps=500):
        import numpy as np

        self.rng = np.random.default_rng(seed)
        self.max_steps = max_steps

    def reset(self):
        self.state = self.rng.uniform(-0.05, 0.05, size=4)
        self.steps = 0
        return self.state.copy()

    def step(self, action):
        import math

        x, x_dot, theta, theta_dot = self.state
        force = 10.0 if action == 1 else -10.0
        costheta, sintheta = math.cos(theta), math.sin(theta)
        temp = (force + 0.05 * theta_dot ** 2 * sintheta) / 1.1
        thetaacc = (9.8 * sintheta - costheta * temp) / (0.5 * (4.0 / 3.0 - 0.1 * costheta ** 2 / 1.1))
        xacc = temp - 0.05 * thetaacc * costheta / 1.1
        x, x_dot = x + 0.02 * x_dot, x_dot + 0.02 * xacc
        theta, theta_dot = theta + 0.02 * theta_dot, theta_dot + 0.02 * thetaacc
        self.state[:] = (x, x_dot, theta, theta_dot)
        self.steps += 1
        done = bool(x < -2.4 or x > 2.4 or theta < -0.2095 or theta > 0.2095
                    or self.steps >= self.max_steps)
        return self.state.copy(), 1.0, done


def markov_sentences(n=400, vocab=60, seed=0, min_len=6, max_len=14):
    """Sentences of words w0..w{vocab-1} from a sparse random Markov chain: text with structure
    a small language model can learn."""
    import numpy as np

    rng = np.random.default_rng(seed)
    nxt = rng.integers(0, vocab, size=(vocab, 3))
    out = []
    for _ in range(n):
        w = int(rng.integers(0, vocab))
        words = [w]
        for _ in range(int(rng.integers(min_len, max_len))):
            w = int(nxt[w, rng.integers(0, 3)]) if rng.random() < 0.9 else int(rng.integers(0, vocab))
            words.append(w)
        out.append(" ".join(f"w{i}" for i in words))
    return out
