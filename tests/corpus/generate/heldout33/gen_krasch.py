"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written loop printing as krasch/adversarial_training ``util.py`` (``JSONLogger``) does:
every 10th batch the batch's logs as a printed dict, ``{'loss': 2.30..., 'acc': 0.09..., 'samples':
64}`` (``samples`` the count seen so far), and at the end of each epoch the epoch's logs with
``val_loss`` and ``val_acc``. Here: NumPy softmax regression on scikit-learn's digits, batches
of 64, 3 epochs.

Truth: ``loss``, ``acc`` (batch and epoch values share the names), ``val_loss``, ``val_acc``;
no step; ``samples`` optional (a count).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits

    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    rng = np.random.default_rng(33)
    perm = rng.permutation(len(X))
    tr, va = perm[:1437], perm[1437:]
    W = np.zeros((64, 10))

    def probs(x):
        z = x @ W
        z -= z.max(1, keepdims=True)
        return np.exp(z) / np.exp(z).sum(1, keepdims=True)

    samples_seen = 0
    truth = Truth()
    for epoch in range(3):
        order = rng.permutation(tr)
        tot_loss = tot_acc = 0.0
        for batch, i in enumerate(range(0, len(order), 64)):
            b = order[i:i + 64]
            p = probs(X[b])
            loss = float(-np.log(p[np.arange(len(b)), y[b]]).mean())
            acc = float((p.argmax(1) == y[b]).mean())
            p[np.arange(len(b)), y[b]] -= 1
            W -= 0.2 * X[b].T @ p / len(b)
            tot_loss += loss * len(b)
            tot_acc += acc * len(b)
            samples_seen += len(b)
            if batch % 10 == 0:
                logs = {"loss": loss, "acc": acc, "samples": samples_seen}
                print(logs)
                truth.add(loss=loss, acc=acc)
                truth.allow(samples=samples_seen)
        pv = probs(X[va])
        val_loss = float(-np.log(pv[np.arange(len(va)), y[va]]).mean())
        val_acc = float((pv.argmax(1) == y[va]).mean())
        logs = {"loss": tot_loss / len(tr), "acc": tot_acc / len(tr), "val_loss": val_loss,
                "val_acc": val_acc, "samples": samples_seen}
        print(logs)
        truth.add(loss=logs["loss"], acc=logs["acc"], val_loss=val_loss, val_acc=val_acc)
        truth.allow(samples=samples_seen)
    truth.write("the script's batch and epoch logs dicts", libraries=("numpy", "scikit-learn"),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"krasch": run}, root=HELDOUT33)
