"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop printing as the run kept in zhedongzheng/tensorflow-nlp
``nlp-models/tensorflow/only_attn_text_clf_imdb_test.md`` (commit 1d899ce2) shows:
``X_train shape: (25000, 500) X_test shape: (25000, 500)``, ``Train 25000 samples | Test 25000
samples``, ``Epoch 1/2 | Step 50/781 | train_loss: 0.6107 | train_acc: 0.8125 | lr: 0.0047``
every 50 steps (the batch's values; a decaying learning rate), an epoch line ``Epoch 1/2 |
train_loss: 0.1954 | train_acc: 0.8750 | test_loss: 0.2727 | test_acc: 0.8898 | lr: 0.0022``
(the epoch's last batch and the test set), ``final testing accuracy: 0.8875``. Here: NumPy
logistic regression on synthetic bag-of-words "reviews", 2 epochs of 40 steps, a line every 5
steps, lr decaying by 0.98 a step.

Truth: ``train_loss``, ``train_acc`` (step lines: no step, the step count restarts each epoch;
epoch lines: step = epoch), ``test_loss``, ``test_acc`` (step = epoch), ``final testing
accuracy``. ``lr`` is a schedule: optional. Shapes and sample counts: no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(23)
    V, n_tr, n_te = 40, 1280, 400
    w_true = rng.normal(0, 1, V)

    def make(n):
        x = rng.poisson(0.4, size=(n, V)).astype(float)
        y = (x @ w_true + rng.normal(0, 1.0, n) > 0).astype(float)
        return x, y

    x, y = make(n_tr)
    xt, yt = make(n_te)
    print(f"X_train shape: {x.shape} X_test shape: {xt.shape}")
    print(f"Train {n_tr} samples | Test {n_te} samples")
    w, b = np.zeros(V), 0.0
    lr, bs, n_epoch = 0.05, 32, 2
    steps = n_tr // bs

    def loss_acc(xb, yb):
        p = 1 / (1 + np.exp(-(xb @ w + b)))
        loss = float(-np.mean(yb * np.log(p + 1e-12) + (1 - yb) * np.log(1 - p + 1e-12)))
        return loss, float(np.mean((p > 0.5) == yb)), p

    truth = Truth()
    for epoch in range(1, n_epoch + 1):
        perm = rng.permutation(n_tr)
        for step in range(steps):
            i = perm[step * bs:(step + 1) * bs]
            loss, acc, p = loss_acc(x[i], y[i])
            w -= lr * x[i].T @ (p - y[i]) / bs
            b -= lr * float(np.mean(p - y[i]))
            if step % 5 == 0:
                print(f"Epoch {epoch}/{n_epoch} | Step {step}/{steps} | train_loss: {loss:.4f} | train_acc: {acc:.4f} | lr: {lr:.4f}")
                truth.add(train_loss=loss, train_acc=acc)
                truth.allow(lr=lr)
            lr *= 0.98
        test_loss, test_acc, _ = loss_acc(xt, yt)
        print(f"Epoch {epoch}/{n_epoch} | train_loss: {loss:.4f} | train_acc: {acc:.4f} | test_loss: {test_loss:.4f} | test_acc: {test_acc:.4f} | lr: {lr:.4f}")
        truth.add(at=epoch, train_loss=loss, train_acc=acc, test_loss=test_loss, test_acc=test_acc)
        truth.allow(lr=lr)
    final = loss_acc(xt, yt)[1]
    print(f"final testing accuracy: {final:.4f}")
    truth.add(**{"final testing accuracy": final})
    truth.write("the script's batch, epoch and test losses and accuracies", libraries=("numpy",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"zhedong": run}, root=HELDOUT34)
