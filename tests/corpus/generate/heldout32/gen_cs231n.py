"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A small hyperparameter grid printing as the notes in rrheddema/CS231n
``assignments2017/assignment1/two_layer_net.md``: one line per setting ``for hs: 6.000000e+01,
lr: 1.000000e-03 and r: 2.000000e-01, valid accuracy is: 0.479000`` (settings in ``%e``, the
accuracy in ``%f``), then ``Test accuracy:  0.475`` (print's two arguments) for the best. Here: a
NumPy two-layer network on scikit-learn's 8x8 digits, hidden sizes 20 and 40, learning rate
0.1, regularisation 0.001, 0.01 and 0.1, 150 full-batch steps each.

Truth: the script's validation accuracy of each setting, ``valid accuracy is`` (no step), and
the best network's ``Test accuracy``. The settings ``hs``, ``lr`` and ``r`` are optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits

    rng = np.random.default_rng(32)
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    perm = rng.permutation(len(X))
    X, y = X[perm], y[perm]
    Xtr, ytr, Xva, yva, Xte, yte = X[:1200], y[:1200], X[1200:1500], y[1200:1500], X[1500:], y[1500:]

    def train(hs, lr, r):
        W1 = rng.normal(0, 0.1, (64, hs))
        W2 = rng.normal(0, 0.1, (hs, 10))
        for _ in range(150):
            h = np.maximum(Xtr @ W1, 0)
            o = h @ W2
            p = np.exp(o - o.max(1, keepdims=True))
            p /= p.sum(1, keepdims=True)
            p[np.arange(len(ytr)), ytr] -= 1
            p /= len(ytr)
            gW2 = h.T @ p + r * W2
            gW1 = Xtr.T @ (p @ W2.T * (h > 0)) + r * W1
            W1 -= lr * 10 * gW1
            W2 -= lr * 10 * gW2
        return lambda A: (np.maximum(A @ W1, 0) @ W2).argmax(1)

    truth = Truth()
    best, best_net = -1, None
    for hs in (20, 40):
        for lr in (0.1,):
            for r in (0.001, 0.01, 0.1):
                net = train(hs, lr, r)
                acc = float((net(Xva) == yva).mean())
                print("for hs: %e, lr: %e and r: %e, valid accuracy is: %f" % (hs, lr, r, acc))
                truth.add(**{"valid accuracy is": acc})
                truth.allow(hs=hs, lr=lr, r=r)
                if acc > best:
                    best, best_net = acc, net
    test_acc = float((best_net(Xte) == yte).mean())
    print("Test accuracy: ", test_acc)
    truth.add(**{"Test accuracy": test_acc})
    truth.write("the script's validation accuracy per setting and the best net's test accuracy",
                libraries=("numpy", "scikit-learn"), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"cs231n": run}, root=HELDOUT32)
