"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A NumPy MLP printing as Brian-Schroeder/Neural-Network-Written-Number-Classifier
``train_mnist.py``: each epoch ``f"epoch {epoch:02d}  loss={total_loss / max(batches, 1):.4f}
val_acc={acc_val:.4f}  test_acc={acc_te:.4f}"``, then ``Saved weights to {WEIGHTS_PATH}``.
Here: Dense 64-32-16-10 with ReLU, softmax cross-entropy and SGD (lr 0.1) on sklearn's 8x8
digits with a 10% validation split, 12 epochs (the script: 784-128-64-10, 15 epochs).

Truth: ``loss`` (the mean batch loss), ``val_acc`` and ``test_acc`` at the printed epoch.
"""

from _toy import digits_np
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(42)
    X, y = digits_np(seed=42)
    x_test, y_test = X[:300], y[:300]
    x_val, y_val = X[300:450], y[300:450]
    x_train, y_train = X[450:], y[450:]
    sizes = [64, 32, 16, 10]
    Ws = [rng.standard_normal((a, b)) * np.sqrt(2 / a) for a, b in zip(sizes[:-1], sizes[1:])]
    bs = [np.zeros(b) for b in sizes[1:]]

    def forward(x):
        acts = [x]
        for i, (W, b) in enumerate(zip(Ws, bs)):
            z = acts[-1].dot(W) + b
            acts.append(z if i == len(Ws) - 1 else np.maximum(0, z))
        return acts

    truth = Truth()
    epochs, batch_size, n = 12, 128, len(x_train)
    for epoch in range(1, epochs + 1):
        idx = rng.permutation(n)
        x_train, y_train = x_train[idx], y_train[idx]
        total_loss, batches = 0.0, 0
        for start in range(0, n, batch_size):
            xb, yb = x_train[start:start + batch_size], y_train[start:start + batch_size]
            acts = forward(xb)
            z = acts[-1] - acts[-1].max(1, keepdims=True)
            p = np.exp(z) / np.exp(z).sum(1, keepdims=True)
            loss = -np.mean(np.log(p[np.arange(len(yb)), yb] + 1e-12))
            d = p.copy()
            d[np.arange(len(yb)), yb] -= 1
            d /= len(yb)
            for i in range(len(Ws) - 1, -1, -1):
                dW, db = acts[i].T.dot(d), d.sum(0)
                if i > 0:
                    d = d.dot(Ws[i].T) * (acts[i] > 0)
                Ws[i] -= 0.1 * dW
                bs[i] -= 0.1 * db
            total_loss += loss
            batches += 1
        acc_val = float((np.argmax(forward(x_val)[-1], axis=1) == y_val).mean())
        acc_te = float((np.argmax(forward(x_test)[-1], axis=1) == y_test).mean())
        print(
            f"epoch {epoch:02d}  loss={total_loss / max(batches, 1):.4f}  "
            f"val_acc={acc_val:.4f}  test_acc={acc_te:.4f}"
        )
        truth.add(at=epoch, loss=total_loss / max(batches, 1), val_acc=acc_val, test_acc=acc_te)
    print("Saved weights to /tmp/mnist_model.npz")
    truth.write("the script's mean batch loss and validation/test accuracies",
                libraries=("numpy",), rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"brian": run}, root=HELDOUT56)
