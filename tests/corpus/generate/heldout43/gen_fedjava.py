"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A federated-averaging loop printing as ParallelProcessingLab/Federated-Learning-Example (a Java
program; the format is its README's "Simple run output"): ``=== Federated Learning Starts ===``,
then per round an empty line, ``--- Round 1 ---``, ``Reward Rate: 0.05`` and ``Global Accuracy
after aggregation: 0.9124`` (four decimals). Here in Python: NumPy logistic regression
(one-vs-rest on sklearn's digits split over 5 clients), each round a local epoch per client and
the sample-weighted average; the reward rate is the original's schedule (0.05 in round one, 0.1
after), 24 rounds.

Truth: ``Global Accuracy after aggregation`` at the round its header names; the reward rate is
a setting (optional).
"""

from _toy import digits  # noqa: F401  (keeps the shared path set-up)
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    rng = np.random.default_rng(26)
    idx = rng.permutation(len(X))
    X, y = X[idx], y[idx]
    Xte, yte, Xtr, ytr = X[:400], y[:400], X[400:], y[400:]
    clients = np.array_split(np.arange(len(Xtr)), 5)
    Y = np.eye(10)[ytr]
    W = np.zeros((64, 10))
    truth = Truth()
    print("=== Federated Learning Starts ===")
    for rnd in range(1, 25):
        rate = 0.05 if rnd == 1 else 0.1
        updates, sizes = [], []
        for c in clients:
            w = W.copy()
            for i in range(0, len(c), 32):
                j = c[i:i + 32]
                p = 1 / (1 + np.exp(-Xtr[j] @ w))
                w -= 0.5 * Xtr[j].T @ (p - Y[j]) / len(j)
            updates.append(w)
            sizes.append(len(c))
        W = sum(s * u for s, u in zip(sizes, updates)) / sum(sizes)
        acc = float(((Xte @ W).argmax(1) == yte).mean())
        print()
        print(f"--- Round {rnd} ---")
        print(f"Reward Rate: {rate}")
        print(f"Global Accuracy after aggregation: {acc:.4f}")
        truth.add(at=rnd, **{"Global Accuracy after aggregation": acc})
        truth.allow(**{"Reward Rate": rate})
    truth.write("the aggregated model's test accuracy", libraries=("numpy",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"fedjava": run}, root=HELDOUT43)
