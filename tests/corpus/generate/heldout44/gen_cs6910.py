"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written NumPy feed-forward network printing as Chathurvedhi/Deep-Learning-CS6910
``train.py``: the batch size printed bare at the start (``print(args.batch_size)``), per epoch
``f"Epoch: {ep} Train Loss: {train_loss} Train Acc: {train_acc} Val Loss: {val_loss} Val Acc:
{val_acc}"`` (unformatted NumPy floats: means of per-batch values) and ``"Model trained :)"``.
Here: sklearn's digits (the original: Fashion-MNIST), two sigmoid hidden layers of 32, softmax
output, cross-entropy, Adam as the script writes it, batch 128, 8 epochs, 90/10 split; the
wandb logging and sweep are left out.

Truth: ``Train Loss``, ``Train Acc``, ``Val Loss``, ``Val Acc`` at the printed epoch; the bare
batch size is configuration (``params``: ``batch_size``).
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_digits

    batch_size, epochs, lr = 128, 8, 0.01
    print(batch_size)
    X, y = load_digits(return_X_y=True)
    rng = np.random.default_rng(14)
    idx = rng.permutation(len(X))
    X, y = X[idx] / 16.0, y[idx]
    Xtr, ytr = X[:int(0.9 * len(X))], y[:int(0.9 * len(y))]
    Xva, yva = X[int(0.9 * len(X)):], y[int(0.9 * len(y)):]
    sizes = [64, 32, 32, 10]
    W = [rng.standard_normal((o, i)) / np.sqrt(i) for i, o in zip(sizes[:-1], sizes[1:])]
    b = [rng.standard_normal((o, 1)) / np.sqrt(i) for i, o in zip(sizes[:-1], sizes[1:])]
    m = [[np.zeros_like(p) for p in W], [np.zeros_like(p) for p in b]]
    v = [[np.zeros_like(p) for p in W], [np.zeros_like(p) for p in b]]
    t = 0

    def forward(x):
        hs = [x]
        for k in range(len(W)):
            a = W[k] @ hs[-1] + b[k]
            if k < len(W) - 1:
                hs.append(1 / (1 + np.exp(-a)))
            else:
                e = np.exp(a - a.max(0, keepdims=True))
                hs.append(e / e.sum(0, keepdims=True))
        return hs

    def loss_acc(yy, yh):
        return (-np.sum(np.log(yh[yy, range(len(yy))])) / len(yy),
                np.sum(np.argmax(yh, axis=0) == yy) / len(yy))

    def batches_of(Xs, ys):
        return [(Xs[i:i + batch_size], ys[i:i + batch_size])
                for i in range(0, len(ys), batch_size)]

    truth = Truth()
    for ep in range(1, epochs + 1):
        train_loss = train_acc = val_loss = val_acc = 0
        train_batches = batches_of(Xtr, ytr)
        for xb, yb in train_batches:
            hs = forward(xb.T)
            lo, ac = loss_acc(yb, hs[-1])
            train_loss += lo
            train_acc += ac
            onehot = np.zeros_like(hs[-1])
            onehot[yb, range(len(yb))] = 1
            da = hs[-1] - onehot
            t += 1
            for k in range(len(W) - 1, -1, -1):
                dw, db = da @ hs[k].T, np.mean(da, axis=1, keepdims=True)
                da = (W[k].T @ da) * hs[k] * (1 - hs[k])
                for j, (p, g) in enumerate(((W, dw), (b, db))):
                    m[j][k] = 0.9 * m[j][k] + 0.1 * g
                    v[j][k] = 0.999 * v[j][k] + 0.001 * g ** 2
                    mh, vh = m[j][k] / (1 - 0.9 ** t), v[j][k] / (1 - 0.999 ** t)
                    p[k] -= lr * mh / (np.sqrt(vh) + 1e-8)
        train_loss /= len(train_batches)
        train_acc /= len(train_batches)
        val_batches = batches_of(Xva, yva)
        for xb, yb in val_batches:
            lo, ac = loss_acc(yb, forward(xb.T)[-1])
            val_loss += lo
            val_acc += ac
        val_loss /= len(val_batches)
        val_acc /= len(val_batches)
        print(f"Epoch: {ep} Train Loss: {train_loss} Train Acc: {train_acc} Val Loss: {val_loss} "
              f"Val Acc: {val_acc}")
        truth.add(at=ep, **{"Train Loss": train_loss, "Train Acc": train_acc,
                            "Val Loss": val_loss, "Val Acc": val_acc})
    print("Model trained :)")
    truth.write("the script's epoch means", libraries=("numpy",), rel=1e-9,
                params={"batch_size": batch_size})


if __name__ == "__main__":
    main(__file__, {"cs6910": run}, root=HELDOUT44)
