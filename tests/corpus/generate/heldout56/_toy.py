"""Small shared pieces of the fifty-sixth half's generators: toy data, tiny models and tiny
environments, so each generator keeps only its own loop and its own print format (see
README.md). Nothing here prints."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=56, n_val=300, n_test=300, scale=True):
    """sklearn's 8x8 digits as float tensors: train, val, test splits (standardised if
    `scale`, else pixel values / 16)."""
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


def digits_np(seed=56, scale=False):
    """All of sklearn's digits as NumPy arrays (X in [0, 1] unless `scale`), shuffled."""
    import numpy as np
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    X = X / 16.0
    if scale:
        X = (X - X.mean(0)) / (X.std(0) + 1e-6)
    return X[idx], y[idx]


def mlp(n_in=64, hidden=32, n_out=10, seed=56):
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


def gan_data(n, seed=56):
    """Points on a ring of eight 2-D Gaussians, as a float tensor (n, 2)."""
    import math
    import torch

    g = torch.Generator().manual_seed(seed)
    k = torch.randint(0, 8, (n,), generator=g).float()
    centers = torch.stack([torch.cos(k * math.pi / 4), torch.sin(k * math.pi / 4)], 1) * 2
    return centers + 0.1 * torch.randn(n, 2, generator=g)


TEXT = ("the quick brown fox jumps over the lazy dog. a small model learns to spell the next "
        "letter of the text it reads, one character at a time, and slowly the loss goes down. ")


class CartPole:
    """The classic cart-pole, re-implemented (no gym): 4-D state, 2 actions, reward 1 a step,
    done when the pole falls, the cart leaves the track, or after `max_steps`."""

    def __init__(self, seed=56, max_steps=200):
        import numpy as np

        self.rng = np.random.default_rng(seed)
        self.max_steps = max_steps

    def reset(self):
        self.s = self.rng.uniform(-0.05, 0.05, 4)
        self.t = 0
        return self.s.copy()

    def step(self, action):
        import math

        x, v, th, w = self.s
        force = 10.0 if action == 1 else -10.0
        ct, st = math.cos(th), math.sin(th)
        temp = (force + 0.05 * w * w * st) / 1.1
        wacc = (9.8 * st - ct * temp) / (0.5 * (4.0 / 3.0 - 0.1 * ct * ct / 1.1))
        acc = temp - 0.05 * wacc * ct / 1.1
        x, v, th, w = x + 0.02 * v, v + 0.02 * acc, th + 0.02 * w, w + 0.02 * wacc
        self.s[:] = (x, v, th, w)
        self.t += 1
        done = abs(x) > 2.4 or abs(th) > 0.2095 or self.t >= self.max_steps
        return self.s.copy(), 1.0, done, {}


class Lander1D:
    """A one-dimensional lander (no gym): height and velocity; the action is a thrust level
    from `levels`; reward for slowing down near the ground, +100 for a soft landing, -100 for a
    crash; done on touching the ground or after `max_steps`."""

    def __init__(self, levels, seed=56, max_steps=60):
        import numpy as np

        self.levels = levels
        self.rng = np.random.default_rng(seed)
        self.max_steps = max_steps

    def reset(self):
        import numpy as np

        self.h, self.v, self.t = self.rng.uniform(8, 12), self.rng.uniform(-1, 0), 0
        return np.array([self.h / 10, self.v, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], dtype=np.float32)

    def step(self, thrust):
        import numpy as np

        main, side = thrust
        self.v += 0.1 * (2.0 * main - 1.0) - 0.02 * abs(side)
        self.h += 0.1 * self.v
        self.t += 1
        reward = -0.3 * main - 0.05 * abs(self.v)
        done = False
        if self.h <= 0:
            done = True
            reward += 100.0 if abs(self.v) < 0.5 else -100.0
        elif self.t >= self.max_steps:
            done = True
        s = np.array([self.h / 10, self.v, side, main, 0.0, 0.0, 0.0, 0.0], dtype=np.float32)
        return s, float(reward), done, {}


class CliffWalking:
    """Gym's CliffWalking-v0 re-implemented: 4x12 grid, start bottom-left, goal bottom-right,
    -1 a step, -100 and back to start on the cliff. Actions 0 up, 1 right, 2 down, 3 left."""

    def reset(self):
        self.pos = (3, 0)
        return 36

    def step(self, action):
        r, c = self.pos
        dr, dc = [(-1, 0), (0, 1), (1, 0), (0, -1)][action]
        r, c = min(max(r + dr, 0), 3), min(max(c + dc, 0), 11)
        if r == 3 and 1 <= c <= 10:
            self.pos = (3, 0)
            return 36, -100, False, {}
        self.pos = (r, c)
        return r * 12 + c, -1, (r, c) == (3, 11), {}


class DQNAgent:
    """A small DQN agent (replay buffer, target net, epsilon-greedy), as Udacity-style scripts
    use it: ``act(state, eps)``, ``step(state, action, reward, next_state, done)``."""

    def __init__(self, state_size, action_size, seed=56, hidden=32, lr=1e-3, gamma=0.99,
                 batch_size=32, update_every=4):
        import random
        from collections import deque

        import torch
        import torch.nn as nn

        torch.manual_seed(seed)
        self.rng = random.Random(seed)
        self.action_size = action_size

        def net():
            return nn.Sequential(nn.Linear(state_size, hidden), nn.ReLU(),
                                 nn.Linear(hidden, action_size))

        self.qnetwork_local, self.qnetwork_target = net(), net()
        self.qnetwork_target.load_state_dict(self.qnetwork_local.state_dict())
        self.optimizer = torch.optim.Adam(self.qnetwork_local.parameters(), lr=lr)
        self.memory = deque(maxlen=10000)
        self.gamma, self.batch_size, self.update_every, self.t = gamma, batch_size, update_every, 0

    def act(self, state, eps=0.0):
        import torch

        if self.rng.random() < eps:
            return self.rng.randrange(self.action_size)
        with torch.no_grad():
            q = self.qnetwork_local(torch.tensor(state, dtype=torch.float32)[None])
        return int(q.argmax(1))

    def step(self, state, action, reward, next_state, done):
        import numpy as np
        import torch
        import torch.nn.functional as F

        self.memory.append((state, action, reward, next_state, done))
        self.t = (self.t + 1) % self.update_every
        if self.t or len(self.memory) < self.batch_size:
            return
        batch = self.rng.sample(list(self.memory), self.batch_size)
        s, a, r, s2, d = (torch.tensor(np.array(x), dtype=torch.float32) for x in zip(*batch))
        with torch.no_grad():
            target = r + self.gamma * self.qnetwork_target(s2).max(1).values * (1 - d)
        q = self.qnetwork_local(s).gather(1, a.long()[:, None]).squeeze(1)
        loss = F.mse_loss(q, target)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        for tp, lp in zip(self.qnetwork_target.parameters(), self.qnetwork_local.parameters()):
            tp.data.copy_(0.01 * lp.data + 0.99 * tp.data)
