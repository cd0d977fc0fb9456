"""Small shared pieces of the forty-ninth half's generators: toy data, tiny models and a toy
cart-pole, so each generator keeps only its own loop and its own print format (see README.md).
Nothing here prints."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=49, n_val=300, n_test=300, scale=True):
    """sklearn's 8x8 digits as float tensors (standardised, or in [0, 1] with scale=False):
    train, val, test splits."""
    import numpy as np
    import torch
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    X = (X - X.mean(0)) / (X.std(0) + 1e-6) if scale else X / 16.0
    X, y = torch.tensor(X[idx], dtype=torch.float32), torch.tensor(y[idx])
    te, va = X[:n_test], X[n_test:n_test + n_val]
    return (X[n_test + n_val:], y[n_test + n_val:], va, y[n_test:n_test + n_val], te, y[:n_test])


def mlp(n_in=64, hidden=32, n_out=10, seed=49):
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


class CartPole:
    """The classic cart-pole dynamics in NumPy (gym's constants), episodes capped at `limit`."""

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

        import numpy as np

        x, xd, th, thd = self.s
        force = 10.0 if action == 1 else -10.0
        ct, st = math.cos(th), math.sin(th)
        temp = (force + 0.05 * thd * thd * st) / 1.1
        thacc = (9.8 * st - ct * temp) / (0.5 * (4.0 / 3.0 - 0.1 * ct * ct / 1.1))
        xacc = temp - 0.05 * thacc * ct / 1.1
        x, xd = x + 0.02 * xd, xd + 0.02 * xacc
        th, thd = th + 0.02 * thd, thd + 0.02 * thacc
        self.s = np.array([x, xd, th, thd])
        self.t += 1
        done = bool(abs(x) > 2.4 or abs(th) > 0.2095) or self.t >= self.limit
        return self.s.copy(), 1.0, done


def markov_text(n=4000, seed=49):
    """Pseudo-English from a fixed syllable chain: a small corpus for character models."""
    import numpy as np

    rng = np.random.default_rng(seed)
    sylls = ["the", "an", "ing", "re", "on", "er", "st", "ou", "is", "at", " ", " ", ". "]
    out = []
    while sum(map(len, out)) < n:
        out.append(sylls[rng.integers(len(sylls))])
    return "".join(out)[:n]


class DQN:
    """A small DQN (replay buffer, target network, epsilon-greedy) for the toy cart-pole."""

    def __init__(self, seed=0, lr=1e-3, gamma=0.99, batch=32, hidden=32, buffer=5000):
        import collections

        import numpy as np
        import torch
        import torch.nn as nn

        torch.manual_seed(seed)
        self.q = nn.Sequential(nn.Linear(4, hidden), nn.ReLU(), nn.Linear(hidden, 2))
        self.t = nn.Sequential(nn.Linear(4, hidden), nn.ReLU(), nn.Linear(hidden, 2))
        self.t.load_state_dict(self.q.state_dict())
        self.opt = torch.optim.Adam(self.q.parameters(), lr=lr)
        self.mem = collections.deque(maxlen=buffer)
        self.rng = np.random.default_rng(seed)
        self.gamma, self.batch = gamma, batch

    def act(self, s, eps):
        import torch

        if self.rng.random() < eps:
            return int(self.rng.integers(2))
        with torch.no_grad():
            return int(self.q(torch.tensor(s, dtype=torch.float32)).argmax())

    def remember(self, *tr):
        self.mem.append(tr)

    def replay(self):
        """One gradient step on a sampled batch; the loss, or None while the buffer is short."""
        import numpy as np
        import torch
        import torch.nn.functional as F

        if len(self.mem) < self.batch:
            return None
        idx = self.rng.choice(len(self.mem), self.batch, replace=False)
        s, a, r, s2, d = map(np.array, zip(*[self.mem[i] for i in idx]))
        s, s2 = torch.tensor(s, dtype=torch.float32), torch.tensor(s2, dtype=torch.float32)
        q = self.q(s).gather(1, torch.tensor(a).long().unsqueeze(1)).squeeze(1)
        with torch.no_grad():
            target = torch.tensor(r, dtype=torch.float32) + self.gamma * self.t(s2).max(1).values * (
                1 - torch.tensor(d, dtype=torch.float32))
        loss = F.mse_loss(q, target)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def sync(self):
        self.t.load_state_dict(self.q.state_dict())
