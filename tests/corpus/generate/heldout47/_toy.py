"""Small shared pieces of the forty-seventh half's generators: toy data, tiny models and toy
environments (no printing), so each generator keeps only its own loop and its own print format
(see README.md)."""

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def digits(seed=47, n_val=300, n_test=300, scale01=False):
    """sklearn's 8x8 digits as float tensors: train, val, test splits (standardised, or in
    [0, 1] with `scale01`)."""
    import numpy as np
    import torch
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    X = X / 16.0 if scale01 else (X - X.mean(0)) / (X.std(0) + 1e-6)
    X, y = torch.tensor(X[idx], dtype=torch.float32), torch.tensor(y[idx])
    te, va = X[:n_test], X[n_test:n_test + n_val]
    return (X[n_test + n_val:], y[n_test + n_val:], va, y[n_test:n_test + n_val], te, y[:n_test])


def mlp(n_in=64, hidden=32, n_out=10, seed=47, act=None):
    import torch
    import torch.nn as nn

    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(n_in, hidden), act or nn.ReLU(), nn.Linear(hidden, n_out))


def batches(X, y, size, seed):
    import torch

    g = torch.Generator().manual_seed(seed)
    order = torch.randperm(len(X), generator=g)
    for i in range(0, len(X), size):
        j = order[i:i + size]
        yield (X[j], y[j]) if y is not None else X[j]


def evaluate(model, X, y):
    """(mean cross-entropy, accuracy in [0, 1])."""
    import torch
    import torch.nn.functional as F

    with torch.no_grad():
        out = model(X)
        return F.cross_entropy(out, y).item(), (out.argmax(1) == y).float().mean().item()


class CartPole:
    """The classic cart-pole dynamics in NumPy (gym's equations): obs of 4, actions 0/1,
    reward 1 a step, done when the pole falls, the cart leaves the track or `max_steps` pass."""

    def __init__(self, seed=0, max_steps=200):
        import numpy as np

        self.rng = np.random.default_rng(seed)
        self.max_steps = max_steps
        self.observation_size, self.n_actions = 4, 2

    def reset(self):
        self.state = self.rng.uniform(-0.05, 0.05, 4)
        self.t = 0
        return self.state.astype("float32")

    def step(self, action):
        import numpy as np

        x, x_dot, th, th_dot = self.state
        force = 10.0 if action == 1 else -10.0
        cos, sin = math.cos(th), math.sin(th)
        temp = (force + 0.05 * th_dot ** 2 * sin) / 1.1
        th_acc = (9.8 * sin - cos * temp) / (0.5 * (4.0 / 3.0 - 0.1 * cos ** 2 / 1.1))
        x_acc = temp - 0.05 * th_acc * cos / 1.1
        x, x_dot = x + 0.02 * x_dot, x_dot + 0.02 * x_acc
        th, th_dot = th + 0.02 * th_dot, th_dot + 0.02 * th_acc
        self.state = np.array([x, x_dot, th, th_dot])
        self.t += 1
        done = bool(abs(x) > 2.4 or abs(th) > 0.2095 or self.t >= self.max_steps)
        return self.state.astype("float32"), 1.0, done


class Microgrid:
    """A toy battery/solar/demand day of 24 hours: state (battery, solar, demand, hour/24),
    actions 0 charge, 1 idle, 2 discharge; reward minus grid import and unmet demand."""

    def __init__(self, seed=0):
        import numpy as np

        self.rng = np.random.default_rng(seed)

    def reset(self):
        self.hour, self.battery = 0, 0.5
        return self._obs()

    def _obs(self):
        import numpy as np

        h = self.hour
        self.solar = max(0.0, math.sin(math.pi * (h - 6) / 12)) * (0.8 + 0.4 * self.rng.random())
        self.demand = 0.4 + 0.3 * (h >= 17) + 0.2 * self.rng.random()
        return np.array([self.battery, self.solar, self.demand, h / 24], dtype="float32")

    def step(self, action):
        used = {0: -0.25, 1: 0.0, 2: 0.25}[action]
        used = max(min(used, self.battery), self.battery - 1.0)
        self.battery -= used
        supply = self.solar + max(used, 0.0)
        need = self.demand + max(-used, 0.0)
        grid = min(max(need - supply, 0.0), 0.5)
        unmet = max(need - supply - grid, 0.0)
        waste = max(supply - need, 0.0)
        reward = -grid - 3.0 * unmet - 0.2 * waste
        self.hour += 1
        info = {"grid_import": grid, "unmet_demand": unmet, "wasted_solar": waste,
                "battery_used": used}
        return self._obs(), reward, self.hour >= 24, info


def markov_text(n_chars=6000, seed=47):
    """Pseudo-English from a small word-level Markov chain (a stand-in corpus for char models)."""
    import numpy as np

    words = ("the a of and to in is was he she it that his her with as for on at by from "
             "ship sea night light old man house door river stone wind road king water time "
             "came went said saw found took left long dark cold quiet").split()
    rng = np.random.default_rng(seed)
    out, n = [], 0
    while n < n_chars:
        line = " ".join(rng.choice(words, size=rng.integers(4, 10)))
        line = line[0].upper() + line[1:] + "."
        out.append(line)
        n += len(line) + 1
    return out
