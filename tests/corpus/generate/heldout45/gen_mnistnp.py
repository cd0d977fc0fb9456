"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written NumPy MLP printing as nampluskr/mnist-numpy-from-scratch ``scripts/train.py``
(with ``src/core/trainer.py``): the experiment runs first and the logs are printed after it,
one line an epoch: ``Epoch   1 | train loss=0.1234 metric=0.9123 | test loss=0.2345
metric=0.9012`` (``metric`` is the task's metric, accuracy for multiclass). Here: a two-layer
NumPy network on the digits, softmax cross-entropy, SGD with minibatches of 64, 12 epochs.

Truth: ``train/loss``, ``train/metric``, ``test/loss``, ``test/metric`` (each ``|`` section's
leading phase word) at the printed epoch.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(17)
    idx = rng.permutation(len(X))
    X, y = X[idx] / 16.0, y[idx]
    Xtr, ytr, Xte, yte = X[:1400], y[:1400], X[1400:], y[1400:]
    W1 = rng.normal(0, 0.1, (64, 32))
    b1 = np.zeros(32)
    W2 = rng.normal(0, 0.1, (32, 10))
    b2 = np.zeros(10)
    lr = 0.1

    def forward(x):
        h = np.maximum(x @ W1 + b1, 0)
        z = h @ W2 + b2
        z = z - z.max(1, keepdims=True)
        p = np.exp(z) / np.exp(z).sum(1, keepdims=True)
        return h, p

    def loss_metric(p, t):
        return -np.log(p[np.arange(len(t)), t] + 1e-12).mean(), (p.argmax(1) == t).mean()

    logs = []
    for epoch in range(1, 13):
        order = rng.permutation(len(Xtr))
        tl = tm = ns = 0.0
        for i in range(0, len(Xtr), 64):
            j = order[i:i + 64]
            x, t = Xtr[j], ytr[j]
            h, p = forward(x)
            l, m = loss_metric(p, t)
            g = p.copy()
            g[np.arange(len(t)), t] -= 1
            g /= len(t)
            gW2, gb2 = h.T @ g, g.sum(0)
            gh = (g @ W2.T) * (h > 0)
            gW1, gb1 = x.T @ gh, gh.sum(0)
            W1 -= lr * gW1
            b1 -= lr * gb1
            W2 -= lr * gW2
            b2 -= lr * gb2
            tl += l * len(t)
            tm += m * len(t)
            ns += len(t)
        _, pt = forward(Xte)
        vl, vm = loss_metric(pt, yte)
        logs.append({"epoch": epoch, "train": {"loss": tl / ns, "metric": tm / ns},
                     "test": {"loss": vl, "metric": vm}})
    truth = Truth()
    for log in logs:
        e = log["epoch"]
        tl, tm = log["train"]["loss"], log["train"]["metric"]
        vl, vm = log["test"]["loss"], log["test"]["metric"]
        print(f"Epoch {e:3d} | train loss={tl:.4f} metric={tm:.4f} | test loss={vl:.4f} metric={vm:.4f}")
        truth.add(at=e, **{"train/loss": tl, "train/metric": tm, "test/loss": vl, "test/metric": vm})
    truth.write("the script's epoch losses and accuracies", libraries=("numpy",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"mnistnp": run}, root=HELDOUT45)
