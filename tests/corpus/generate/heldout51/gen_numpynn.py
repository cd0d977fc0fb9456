"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

A NumPy network printing through RECHE23/NumPy-Neural-Network
``neural_network/callbacks/progress.py`` (``ProgressCallback``) and the closing lines of
``examples/mnist.py``: ``Training on 1197 samples:``, a ``\\r``-redrawn bar of 74 ``█``/``░``
cells with `` Training on batch 3 of 19.`` at each batch (``print("\\r", end=...)``, so the line
starts with a space), then per epoch ``\\rEpoch    1 of 8   \\t Average Error = 0.812345 \\t
Average Accuracy = 78.45%`` padded with 35 spaces, ``Training time : 00 hours, 00 minutes, 00
seconds`` after the last epoch and in ``Training time : ..., on 1197 samples.``, ``Test time :
...``, ``Accuracy score on the test set: 93.00%``, ``F1 score on the test set: 92.87%`` and the
printed confusion matrix. Here: a two-layer softmax network in NumPy on sklearn's digits,
mini-batch SGD, 8 epochs (the original: MNIST with its own layers).

Truth: ``Average Error`` (the epoch's summed cross-entropy over the sample count) and ``Average
Accuracy`` (in percent, as printed by ``:.2%``) at the printed epoch; ``Accuracy score on the
test set`` and ``F1 score on the test set`` (percent, macro F1) without a step. The batch bars
carry no metric; the confusion matrix's counts are not metrics.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import time

    import numpy as np
    from sklearn.datasets import load_digits
    from sklearn.metrics import confusion_matrix, f1_score

    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(13)
    idx = rng.permutation(len(X))
    X = (X - X.mean(0)) / (X.std(0) + 1e-6)
    X, y = X[idx], y[idx]
    Xte, yte, Xtr, ytr = X[:600], y[:600], X[600:], y[600:]
    W1 = rng.normal(0, 0.1, (64, 40)); b1 = np.zeros(40)
    W2 = rng.normal(0, 0.1, (40, 10)); b2 = np.zeros(10)

    def forward(x):
        h = np.tanh(x @ W1 + b1)
        z = h @ W2 + b2
        z = z - z.max(1, keepdims=True)
        p = np.exp(z) / np.exp(z).sum(1, keepdims=True)
        return h, p

    truth = Truth()
    epochs, bs, lr, bar_len = 8, 64, 0.1, 74
    n_batches = int(np.ceil(len(Xtr) / bs))
    start_time = None
    for epoch in range(1, epochs + 1):
        error = accuracy = 0.0
        if epoch == 1:
            print(f"Training on {len(Xtr)} samples:")
            start_time = time.time()
        order = rng.permutation(len(Xtr))
        for b in range(1, n_batches + 1):
            j = order[(b - 1) * bs:b * bs]
            progress = (b * bar_len) // n_batches
            progress_bar = "█" * progress + "░" * (bar_len - progress)
            print("\r", end=f"{progress_bar} Training on batch {b} of {n_batches}.")
            xb, yb = Xtr[j], ytr[j]
            h, p = forward(xb)
            error += -np.log(p[np.arange(len(yb)), yb] + 1e-12).sum()
            accuracy += np.sum(p.argmax(1) == yb)
            d = p.copy(); d[np.arange(len(yb)), yb] -= 1; d /= len(yb)
            gW2 = h.T @ d; gb2 = d.sum(0)
            dh = (d @ W2.T) * (1 - h ** 2)
            W2 -= lr * gW2; b2 -= lr * gb2
            W1 -= lr * (xb.T @ dh); b1 -= lr * dh.sum(0)
        avg_error = error / len(Xtr)
        avg_accuracy = accuracy / len(Xtr)
        print("\r", end=f"Epoch {epoch:4d} of {epochs:<4d}"
              f" \t Average Error = {avg_error:.6f} \t Average Accuracy = {avg_accuracy:.2%}"
              + 35 * " " + "\n")
        truth.add(at=epoch, **{"Average Error": avg_error, "Average Accuracy": avg_accuracy * 100})
        if epoch == epochs:
            formatted = time.strftime("%H hours, %M minutes, %S seconds",
                                      time.gmtime(time.time() - start_time))
            print(f"Training time : {formatted}")
    formatted = time.strftime("%H hours, %M minutes, %S seconds",
                              time.gmtime(time.time() - start_time))
    print(f"\nTraining time : {formatted}, on {ytr.shape[0]} samples.")
    t0 = time.time()
    y_predicted = forward(Xte)[1].argmax(1)
    formatted = time.strftime("%H hours, %M minutes, %S seconds", time.gmtime(time.time() - t0))
    print(f"\nTest time : {formatted}, on {yte.shape[0]} samples.")
    a_score = float(np.mean(y_predicted == yte))
    print(f"Accuracy score on the test set: {a_score:.2%}")
    f1 = f1_score(yte, y_predicted, average="macro")
    print(f"F1 score on the test set: {f1:.2%}")
    print("\nConfusion matrix:")
    print(confusion_matrix(yte, y_predicted), end="\n\n\n")
    truth.add(**{"Accuracy score on the test set": a_score * 100,
                 "F1 score on the test set": f1 * 100})
    truth.write("the script's epoch errors and accuracies, and the test scores",
                libraries=("numpy", "scikit-learn"), rel=1e-4, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"numpynn": run}, root=HELDOUT51)
