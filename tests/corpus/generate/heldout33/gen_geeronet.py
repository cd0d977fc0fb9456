"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written loop whose progress bar is set up as Logon27/GeeroNet
``training_examples/tqdm_config.py`` sets it up: environment variables ``TQDM_COLOUR=GREEN``,
``TQDM_BAR_FORMAT="{n_fmt}/{total_fmt} Epochs | {elapsed} Elapsed | {desc} | {bar:50} |{postfix}"``
and ``TQDM_DESC="Accuracy Train = 0.00% | Accuracy Test = 0.00%"``, one bar over the epochs whose
description is set after each epoch to ``"Accuracy Train = {:.2%} | Accuracy Test = {:.2%}"``.
Here: a NumPy two-layer net on scikit-learn's digits, 10 epochs.

Truth: ``train/Accuracy`` and ``test/Accuracy`` in percent as printed, at no step; the initial
description's zeros are optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import os
    os.environ["TQDM_COLOUR"] = "GREEN"
    os.environ["TQDM_BAR_FORMAT"] = "{n_fmt}/{total_fmt} Epochs | {elapsed} Elapsed | {desc} | {bar:50} |{postfix}"
    os.environ["TQDM_DESC"] = "Accuracy Train = {:.2%} | Accuracy Test = {:.2%}".format(0, 0)
    import numpy as np
    from sklearn.datasets import load_digits
    from tqdm import tqdm

    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    rng = np.random.default_rng(33)
    perm = rng.permutation(len(X))
    tr, te = perm[:1400], perm[1400:]
    W1 = rng.normal(0, 0.1, (64, 32))
    W2 = rng.normal(0, 0.1, (32, 10))
    truth = Truth()
    truth.allow(**{"train/Accuracy": 0.0, "test/Accuracy": 0.0})

    def predict(x):
        return np.maximum(x @ W1, 0) @ W2

    for epoch in (pbar := tqdm(range(10))):
        order = rng.permutation(tr)
        for i in range(0, len(order), 50):
            b = order[i:i + 50]
            hdn = np.maximum(X[b] @ W1, 0)
            z = hdn @ W2
            z -= z.max(1, keepdims=True)
            p = np.exp(z) / np.exp(z).sum(1, keepdims=True)
            p[np.arange(len(b)), y[b]] -= 1
            g2 = hdn.T @ p / len(b)
            gh = (p @ W2.T) * (hdn > 0)
            W2 -= 0.1 * g2
            W1 -= 0.1 * X[b].T @ gh / len(b)
        acc_tr = float((predict(X[tr]).argmax(1) == y[tr]).mean())
        acc_te = float((predict(X[te]).argmax(1) == y[te]).mean())
        pbar.set_description("Accuracy Train = {:.2%} | Accuracy Test = {:.2%}".format(acc_tr, acc_te))
        truth.add(**{"train/Accuracy": 100 * acc_tr, "test/Accuracy": 100 * acc_te})
    truth.write("the script's train and test accuracy after each epoch, in percent as printed",
                libraries=("numpy", "tqdm", "scikit-learn"), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"geeronet": run}, root=HELDOUT33)
