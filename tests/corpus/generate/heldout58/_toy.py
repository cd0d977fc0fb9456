"""Small shared pieces of the fifty-eighth half's generators: toy data, tiny models and toy
environments, so each generator keeps only its own loop and its own print format (README.md)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=58, n_val=300, n_test=300):
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


def digits_np(seed=58):
    """The same digits as NumPy arrays scaled to [0, 1]: X (n, 64), y (n,)."""
    import numpy as np
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    idx = np.random.default_rng(seed).permutation(len(X))
    return X[idx] / 16.0, y[idx]


def mlp(n_in=64, hidden=32, n_out=10, seed=58):
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


class Grid:
    """A small grid world: start in a random free cell, reach the target cell (bottom right).
    Reward -1 per move, -5 for bumping a wall, +20 at the target. State: (row, col)."""

    def __init__(self, size=5, seed=0, walls=((1, 1), (2, 3), (3, 1))):
        import numpy as np

        self.size, self.walls = size, set(walls)
        self.rng = np.random.default_rng(seed)
        self.target = (size - 1, size - 1)
        self.pos = (0, 0)

    def reset(self, radius=None):
        free = [(r, c) for r in range(self.size) for c in range(self.size)
                if (r, c) not in self.walls and (r, c) != self.target]
        if radius is not None:
            near = [p for p in free if abs(p[0] - self.target[0]) + abs(p[1] - self.target[1]) <= radius]
            free = near or free
        self.pos = free[int(self.rng.integers(len(free)))]
        return self.pos

    def step(self, action):
        dr, dc = ((-1, 0), (1, 0), (0, -1), (0, 1))[action]
        r, c = self.pos[0] + dr, self.pos[1] + dc
        if not (0 <= r < self.size and 0 <= c < self.size) or (r, c) in self.walls:
            return self.pos, -5.0, False
        self.pos = (r, c)
        if self.pos == self.target:
            return self.pos, 20.0, True
        return self.pos, -1.0, False

    def onehot(self, pos):
        import numpy as np

        v = np.zeros(self.size * self.size, dtype=np.float32)
        v[pos[0] * self.size + pos[1]] = 1.0
        return v


class CartPole:
    """The classic cart-pole dynamics in NumPy (gym's constants), 4-d state, 2 actions,
    reward 1 per step, done when the pole falls or the cart leaves, truncated at max_steps."""

    def __init__(self, seed=0, max_steps=200):
        import numpy as np

        self.rng = np.random.default_rng(seed)
        self.max_steps = max_steps

    def reset(self):
        self.s = self.rng.uniform(-0.05, 0.05, 4)
        self.t = 0
        return self.s.astype("float32")

    def step(self, a):
        import math

        x, xd, th, thd = self.s
        force = 10.0 if a == 1 else -10.0
        ct, st = math.cos(th), math.sin(th)
        temp = (force + 0.05 * thd * thd * st) / 1.1
        tha = (9.8 * st - ct * temp) / (0.5 * (4.0 / 3.0 - 0.1 * ct * ct / 1.1))
        xa = temp - 0.05 * tha * ct / 1.1
        x, xd = x + 0.02 * xd, xd + 0.02 * xa
        th, thd = th + 0.02 * thd, thd + 0.02 * tha
        self.s = __import__("numpy").array([x, xd, th, thd])
        self.t += 1
        done = abs(x) > 2.4 or abs(th) > 0.2095
        return self.s.astype("float32"), 1.0, bool(done), self.t >= self.max_steps


TEXT = ("the cat sat on the mat and the dog sat on the log while the bird sang in the tree "
        "a small fox ran past the old barn and the cow looked at the moon over the hill "
        "the farmer fed the hens and the pig slept in the warm mud near the gate ")


class TinyDQN:
    """A small DQN: an MLP Q-network, a replay buffer, a target network synced every
    `sync` updates, epsilon-greedy with linear decay over `decay` acts. `update_count` counts
    gradient updates (one every `every` observed steps once the buffer holds `start`)."""

    def __init__(self, n_in, n_act, seed=0, hidden=32, lr=1e-2, gamma=0.95, eps_start=1.0,
                 eps_end=0.05, decay=2000, every=4, start=64, batch=32, sync=25):
        import random

        import torch
        import torch.nn as nn

        torch.manual_seed(seed)
        self.rnd = random.Random(seed)
        self.q = nn.Sequential(nn.Linear(n_in, hidden), nn.ReLU(), nn.Linear(hidden, n_act))
        self.tq = nn.Sequential(nn.Linear(n_in, hidden), nn.ReLU(), nn.Linear(hidden, n_act))
        self.tq.load_state_dict(self.q.state_dict())
        self.opt = torch.optim.Adam(self.q.parameters(), lr=lr)
        self.n_act, self.gamma = n_act, gamma
        self.eps_start, self.eps_end, self.decay = eps_start, eps_end, decay
        self.every, self.start, self.batch, self.sync = every, start, batch, sync
        self.buf, self.acts, self.seen, self.update_count = [], 0, 0, 0
        self.epsilon = eps_start

    def act(self, x, greedy=False):
        import torch

        if self.decay:
            self.epsilon = max(self.eps_end, self.eps_start - (self.eps_start - self.eps_end)
                               * self.acts / self.decay)
        if not greedy:
            self.acts += 1
            if self.rnd.random() < self.epsilon:
                return self.rnd.randrange(self.n_act)
        with torch.no_grad():
            return int(self.q(torch.as_tensor(x).unsqueeze(0)).argmax(1))

    def observe(self, x, a, r, x2, done):
        """Store a transition; maybe learn. Returns the loss of an update, else None."""
        import torch
        import torch.nn.functional as F

        self.buf.append((x, a, r, x2, float(done)))
        self.buf = self.buf[-5000:]
        self.seen += 1
        if len(self.buf) < self.start or self.seen % self.every:
            return None
        s = self.rnd.sample(self.buf, self.batch)
        X = torch.as_tensor([t[0] for t in s])
        A = torch.as_tensor([t[1] for t in s])
        R = torch.as_tensor([t[2] for t in s], dtype=torch.float32)
        X2 = torch.as_tensor([t[3] for t in s])
        D = torch.as_tensor([t[4] for t in s])
        with torch.no_grad():
            target = R + self.gamma * (1 - D) * self.tq(X2).max(1).values
        loss = F.smooth_l1_loss(self.q(X).gather(1, A[:, None]).squeeze(1), target)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self.update_count += 1
        if self.update_count % self.sync == 0:
            self.tq.load_state_dict(self.q.state_dict())
        return loss.item()
