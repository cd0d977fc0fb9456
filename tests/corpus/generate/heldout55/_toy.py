"""Small shared pieces of the fifty-fifth half's generators: toy data, tiny models and toy
environments, so each generator keeps only its own loop and its own print format (see
README.md). Nothing here prints."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=55, n_val=300, n_test=300):
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
    import torch

    g = torch.Generator().manual_seed(seed)
    order = torch.randperm(len(X), generator=g)
    for i in range(0, len(X), size):
        j = order[i:i + size]
        yield X[j], y[j]


class Taxi:
    """A NumPy re-make of gym's Taxi: 5x5 grid, four stands R, G, Y, B, six actions
    (south, north, east, west, pickup, dropoff), -1 a step, +20 for a right drop-off, -10 for
    a wrong pickup or drop-off, 200 steps at most. States are numbered as gym numbers them."""

    MAP = ["+---------+",
           "|R: | : :G|",
           "| : | : : |",
           "| : : : : |",
           "| | : | : |",
           "|Y| : |B: |",
           "+---------+"]
    LOCS = [(0, 0), (0, 4), (4, 0), (4, 3)]
    n_states, n_actions = 500, 6

    def __init__(self, seed=0):
        import numpy as np

        self.rng = np.random.default_rng(seed)
        self.state = None

    def encode(self, r, c, p, d):
        return ((r * 5 + c) * 5 + p) * 4 + d

    def decode(self, s):
        d = s % 4; s //= 4
        p = s % 5; s //= 5
        return s // 5, s % 5, p, d

    def reset(self):
        r, c = self.rng.integers(5), self.rng.integers(5)
        p = self.rng.integers(4)
        d = self.rng.integers(4)
        while d == p:
            d = self.rng.integers(4)
        self.state, self.t = self.encode(r, c, p, d), 0
        return self.state

    def _wall(self, r, c, dc):
        ch = self.MAP[1 + r][2 * c + 1 + dc]
        return ch == "|"

    def step(self, a):
        r, c, p, d = self.decode(self.state)
        reward, done = -1, False
        if a == 0:
            r = min(r + 1, 4)
        elif a == 1:
            r = max(r - 1, 0)
        elif a == 2 and not self._wall(r, c, 1):
            c = min(c + 1, 4)
        elif a == 3 and not self._wall(r, c, -1):
            c = max(c - 1, 0)
        elif a == 4:
            if p < 4 and (r, c) == self.LOCS[p]:
                p = 4
            else:
                reward = -10
        elif a == 5:
            if p == 4 and (r, c) == self.LOCS[d]:
                p, reward, done = d, 20, True
            else:
                reward = -10
        self.state = self.encode(r, c, p, d)
        self.t += 1
        if self.t >= 200:
            done = True
        return self.state, reward, done

    def render(self):
        r, c, p, d = self.decode(self.state)
        rows = [list(line) for line in self.MAP]
        rows[1 + r][2 * c + 1] = "\x1b[43m" + (rows[1 + r][2 * c + 1] if rows[1 + r][2 * c + 1] != " " else " ") + "\x1b[0m"
        return "\n".join("".join(row) for row in rows)


def community_graph(n=120, k=3, seed=55):
    """A synthetic graph of k communities (dense normalised adjacency), node features and
    labels, with train/val masks: a stand-in for a census-area graph."""
    import numpy as np
    import torch

    rng = np.random.default_rng(seed)
    y = rng.integers(k, size=n)
    p = np.where(y[:, None] == y[None, :], 0.12, 0.01)
    A = (rng.random((n, n)) < p).astype(float)
    A = np.triu(A, 1); A = A + A.T + np.eye(n)
    dinv = 1 / np.sqrt(A.sum(1))
    A = dinv[:, None] * A * dinv[None, :]
    X = rng.normal(size=(n, 8)) + 0.6 * np.eye(k)[y] @ rng.normal(size=(k, 8))
    idx = rng.permutation(n)
    train, val = np.zeros(n, bool), np.zeros(n, bool)
    train[idx[:60]] = True; val[idx[60:90]] = True
    t = lambda a, dt=torch.float32: torch.tensor(a, dtype=dt)
    return t(A), t(X), torch.tensor(y), torch.tensor(train), torch.tensor(val)
