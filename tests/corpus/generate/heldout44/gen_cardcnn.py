"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written NumPy network printing as ChauhdryAhmad/CNN_classifier ``train.py``: the
convolution shape test (``"Conv2D test:"``, ``f"Input shape: ..."``, ``f"Output shape: ..."``,
``f"Gradient shape: ..."``, ``"All shapes match!"``), ``"Using CPU"``, ``"Network parameter
shapes:"`` with ``f"Layer {i} ({name}):"`` and ``f"  {param}: {shape}"``, then per batch
``f"Batch {batch}"``, per epoch ``f"Epoch {epoch + 1}/{epochs}"``, ``f"Train Loss:
{epoch_loss:.4f} | Train Acc: {epoch_acc:.4f}"``, ``f"Val Acc: {val_acc:.4f}"``, ``"Saved new
best weights!"`` when the validation accuracy improved, and a rule of 21 dashes. Here: a NumPy
softmax network with one hidden ReLU layer on five digit classes (the original: a NumPy CNN on
five card classes), Adam, 6 epochs of 5 batches of 64; the shape test runs a NumPy 3x3
convolution.

Truth: ``Train Loss``, ``Train Acc`` and ``Val Acc`` at the epoch of the ``Epoch n/N`` line
above them.
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits

    rng = np.random.default_rng(20)
    test_input = rng.standard_normal((2, 64, 64, 1))
    k = rng.standard_normal((3, 3, 1, 16))
    padded = np.pad(test_input, ((0, 0), (1, 1), (1, 1), (0, 0)))
    out = np.zeros((2, 64, 64, 16))
    for i in range(3):
        for j in range(3):
            out += np.einsum('nhwc,cf->nhwf', padded[:, i:i + 64, j:j + 64], k[i, j])
    print("Conv2D test:")
    print(f"Input shape: {test_input.shape}")
    print(f"Output shape: {out.shape}")
    print(f"Gradient shape: {test_input.shape}")
    print("All shapes match!")

    X, y = load_digits(return_X_y=True)
    keep = y < 5
    X, y = X[keep] / 16.0, y[keep]
    idx = rng.permutation(len(X))
    X, y = X[idx], y[idx]
    X_train, y_train, X_val, y_val = X[:320], y[:320], X[320:520], y[320:520]
    print("Using CPU")
    params = [{"W": rng.standard_normal((64, 32)) * 0.1, "b": np.zeros(32)},
              {"W": rng.standard_normal((32, 5)) * 0.1, "b": np.zeros(5)}]
    print("Network parameter shapes:")
    for i, (name, p) in zip((0, 3), (("Dense", params[0]), ("Dense", params[1]))):
        print(f"Layer {i} ({name}):")
        for param, value in p.items():
            print(f"  {param}: {value.shape}")
    state = [{n: (np.zeros_like(v), np.zeros_like(v)) for n, v in p.items()} for p in params]
    t = 0

    def predict(xb):
        h = np.maximum(0, xb @ params[0]["W"] + params[0]["b"])
        a = h @ params[1]["W"] + params[1]["b"]
        e = np.exp(a - a.max(1, keepdims=True))
        return h, e / e.sum(1, keepdims=True)

    def accuracy(p, yy):
        return float(np.mean(p.argmax(1) == yy))

    truth = Truth()
    best_val_acc = 0
    epochs, batch_size = 6, 64
    for epoch in range(epochs):
        epoch_loss = epoch_acc = 0
        batch = 0
        for i in range(0, len(X_train), batch_size):
            X_batch, y_batch = X_train[i:i + batch_size], y_train[i:i + batch_size]
            print(f"Batch {batch}")
            batch += 1
            h, p = predict(X_batch)
            loss = -np.mean(np.log(p[range(len(y_batch)), y_batch]))
            d = p.copy()
            d[range(len(y_batch)), y_batch] -= 1
            d /= len(y_batch)
            grads = [{"W": X_batch.T @ ((d @ params[1]["W"].T) * (h > 0)),
                      "b": ((d @ params[1]["W"].T) * (h > 0)).sum(0)},
                     {"W": h.T @ d, "b": d.sum(0)}]
            t += 1
            for pr, g, st in zip(params, grads, state):
                for n in pr:
                    m, v = st[n]
                    m = 0.9 * m + 0.1 * g[n]
                    v = 0.999 * v + 0.001 * g[n] ** 2
                    st[n] = (m, v)
                    pr[n] -= 0.01 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
            acc = accuracy(predict(X_batch)[1], y_batch)
            epoch_loss += loss * len(X_batch)
            epoch_acc += acc * len(X_batch)
        val_acc = accuracy(predict(X_val)[1], y_val)
        epoch_loss /= len(X_train)
        epoch_acc /= len(X_train)
        print(f"Epoch {epoch + 1}/{epochs}")
        print(f"Train Loss: {epoch_loss:.4f} | Train Acc: {epoch_acc:.4f}")
        print(f"Val Acc: {val_acc:.4f}")
        truth.add(at=epoch + 1, **{"Train Loss": epoch_loss, "Train Acc": epoch_acc,
                                   "Val Acc": val_acc})
        if val_acc > best_val_acc:
            best_val_acc = val_acc
            print("Saved new best weights!")
        print("---------------------")
    truth.write("the script's epoch losses and accuracies", libraries=("numpy",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cardcnn": run}, root=HELDOUT44)
