"""Shared NumPy pieces of the thirty-sixth half's generators (HELD-OUT: do not read while tuning
the parser): toy data sets, a small MLP trained by gradient descent, and a pole-balancing toy
environment for the policy-gradient scripts."""

import numpy as np


def blobs(n=400, k=3, d=4, seed=0, spread=1.6):
    """Gaussian blobs: features (n, d) and integer labels (n,)."""
    rng = np.random.default_rng(seed)
    centers = rng.normal(0, 2.0, size=(k, d))
    y = rng.integers(k, size=n)
    X = centers[y] + rng.normal(0, spread, size=(n, d))
    return X, y


def split(X, y, frac=0.75, seed=0):
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(y))
    cut = int(frac * len(y))
    return X[idx[:cut]], y[idx[:cut]], X[idx[cut:]], y[idx[cut:]]


def digits(n=600, seed=0):
    """A digits-like set without scikit-learn: 10 random 8x8 prototype images in [0, 1], each
    sample a noisy, slightly shifted copy of its class's prototype (n, 64)."""
    rng = np.random.default_rng(seed)
    protos = (rng.random((10, 8, 8)) < 0.35).astype(float)
    y = rng.integers(10, size=n)
    imgs = protos[y] * rng.uniform(0.6, 1.0, (n, 1, 1))
    shift = rng.integers(-1, 2, size=n)
    imgs = np.stack([np.roll(im, s, axis=1) for im, s in zip(imgs, shift)])
    imgs = np.clip(imgs + rng.normal(0, 0.35, imgs.shape), 0, 1)
    return imgs.reshape(n, 64), y


def moons(n=100, noise=0.1, seed=0):
    """Two interleaved half circles (as scikit-learn's make_moons), labels 0/1."""
    rng = np.random.default_rng(seed)
    n1 = n // 2
    t1 = np.linspace(0, np.pi, n1)
    t2 = np.linspace(0, np.pi, n - n1)
    X = np.vstack([np.c_[np.cos(t1), np.sin(t1)], np.c_[1 - np.cos(t2), 0.5 - np.sin(t2)]])
    y = np.r_[np.zeros(n1, int), np.ones(n - n1, int)]
    return X + rng.normal(0, noise, X.shape), y


class MLP:
    """One hidden layer, tanh, softmax output; plain gradient descent."""

    def __init__(self, d, h, k, seed=0):
        rng = np.random.default_rng(seed)
        self.W1 = rng.normal(0, 1 / np.sqrt(d), (d, h))
        self.b1 = np.zeros(h)
        self.W2 = rng.normal(0, 1 / np.sqrt(h), (h, k))
        self.b2 = np.zeros(k)
        self.k = k

    def forward(self, X):
        self.X = X
        self.H = np.tanh(X @ self.W1 + self.b1)
        z = self.H @ self.W2 + self.b2
        z = z - z.max(1, keepdims=True)
        p = np.exp(z)
        self.P = p / p.sum(1, keepdims=True)
        return self.P

    def loss(self, P, y):
        return float(-np.log(P[np.arange(len(y)), y] + 1e-12).mean())

    def acc(self, P, y):
        return float((P.argmax(1) == y).mean())

    def step(self, X, y, lr):
        """One gradient step on (X, y); returns (loss, accuracy) before the step."""
        P = self.forward(X)
        loss, acc = self.loss(P, y), self.acc(P, y)
        G = P.copy()
        G[np.arange(len(y)), y] -= 1
        G /= len(y)
        dW2 = self.H.T @ G
        db2 = G.sum(0)
        dH = G @ self.W2.T * (1 - self.H ** 2)
        self.W2 -= lr * dW2
        self.b2 -= lr * db2
        self.W1 -= lr * (X.T @ dH)
        self.b1 -= lr * dH.sum(0)
        return loss, acc

    def evaluate(self, X, y):
        P = self.forward(X)
        return self.loss(P, y), self.acc(P, y)


class Pole:
    """A pole to keep upright: state (angle, velocity); action 0 pushes left, 1 right; reward 1
    a step; the episode ends when |angle| > 0.5 or after `limit` steps."""

    def __init__(self, rng, limit=100):
        self.rng, self.limit = rng, limit

    def reset(self):
        self.t = 0
        self.s = self.rng.normal(0, 0.05, 2)
        return self.s.copy()

    def step(self, a):
        ang, vel = self.s
        vel = vel + 0.05 * np.sin(ang) + (0.03 if a == 1 else -0.03) + self.rng.normal(0, 0.01)
        ang = ang + vel * 0.5
        self.s = np.array([ang, vel])
        self.t += 1
        done = abs(ang) > 0.5 or self.t >= self.limit
        return self.s.copy(), 1.0, done


def features(s):
    return np.array([10 * s[0], 10 * s[1], 1.0])


def policy_probs(theta, s):
    """Logistic policy: probability of action 1."""
    return 1 / (1 + np.exp(-(theta @ features(s))))


def normalized(returns):
    r = np.asarray(returns, dtype=float)
    return (r - r.mean()) / (r.std() + 1e-8)
