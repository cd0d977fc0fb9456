"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written NumPy SGD loop printing as wiegerw/nerva ``python/symbolic/training.py`` does:
``print_epoch`` prints ``f'epoch {epoch:3}  lr: {lr:.8f}  loss: {loss:.8f}  train accuracy:
{train_accuracy:.8f}  test accuracy: {test_accuracy:.8f}  time: {elapsed:.8f}s'`` (two spaces
between fields, eight decimals), here for epoch 0 before training and after each of 10 epochs.
Here: softmax regression in NumPy on scikit-learn's digits, minibatch SGD with a step-decayed
learning rate.

Truth: the script's mean training loss, training and test accuracy (fractions), ``loss``,
``train/accuracy``, ``test/accuracy`` at the epoch the line states. Optional: ``lr`` (the decay
schedule). ``time`` has no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import time

    import numpy as np
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    X, y = load_digits(return_X_y=True)
    Xtr, Xte, ytr, yte = train_test_split(X / 16.0, y, test_size=0.25, random_state=31)
    rng = np.random.default_rng(31)
    W = rng.normal(0, 0.01, (64, 10))
    b = np.zeros(10)
    truth = Truth()

    def probs(X):
        z = X @ W + b
        z -= z.max(1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(1, keepdims=True)

    def stats():
        p = probs(Xtr)
        loss = -np.mean(np.log(p[np.arange(len(ytr)), ytr]))
        return loss, np.mean(p.argmax(1) == ytr), np.mean(probs(Xte).argmax(1) == yte)

    def print_epoch(epoch, lr, loss, train_accuracy, test_accuracy, elapsed):
        print(f'epoch {epoch:3}  '
              f'lr: {lr:.8f}  '
              f'loss: {loss:.8f}  '
              f'train accuracy: {train_accuracy:.8f}  '
              f'test accuracy: {test_accuracy:.8f}  '
              f'time: {elapsed:.8f}s'
              )

    lr = 0.1
    loss, tra, tea = stats()
    print_epoch(0, lr, loss, tra, tea, 0.0)
    truth.add(at=0, loss=loss, **{"train/accuracy": tra, "test/accuracy": tea})
    truth.allow(lr=lr)
    for epoch in range(1, 11):
        start = time.perf_counter()
        lr = 0.1 * 0.5 ** ((epoch - 1) // 4)
        order = rng.permutation(len(Xtr))
        for i in range(0, len(order), 50):
            idx = order[i:i + 50]
            p = probs(Xtr[idx])
            p[np.arange(len(idx)), ytr[idx]] -= 1
            W -= lr * Xtr[idx].T @ p / len(idx)
            b -= lr * p.mean(0)
        elapsed = time.perf_counter() - start
        loss, tra, tea = stats()
        print_epoch(epoch, lr, loss, tra, tea, elapsed)
        truth.add(at=epoch, loss=loss, **{"train/accuracy": tra, "test/accuracy": tea})
        truth.allow(lr=lr)
    truth.write("the script's training loss and accuracies after each epoch",
                libraries=("numpy", "scikit-learn"), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"nerva": run}, root=HELDOUT31)
