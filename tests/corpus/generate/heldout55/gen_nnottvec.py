"""HELD-OUT fixture (fifty-fifth half, see generate/heldout55/README.md): do not read while
tuning the parser.

A NumPy MLP loop printing as polla-fattah/nnott ``vectorized/trainer.py`` (``VTrainer``): per
epoch ``f"\\n=== Epoch {epoch}/{epochs} ==="`` and ``f"Batches/epoch: {batches} | Batch size:
{batch_size}"``, a plain ``tqdm`` bar over the batches (``desc=f"Epoch {epoch}"``,
``unit="batch"``), then ``f"Epoch {epoch}/{epochs} - Avg Loss: {avg:.6f}"``; the learning-rate
schedule's ``f"[LR] set to {lr}"`` at epochs 10 and 15; at the end ``f"\\n⏱ Total training
time: {...:.2f}s"`` and ``evaluate``'s ``f"Test accuracy: {acc*100:.2f}%"``. Here: a 64-32-10
ReLU network with hand-written backward passes and SGD on sklearn's digits, batch 64, 16
epochs, no augmentation (the original's augmentation assumes 28x28 images), a 2 ms pause per
batch so that the bars draw intermediate states.

Truth: ``Avg Loss`` at the printed epoch (the sample-weighted mean training loss), and ``Test
accuracy`` (no step). Optional: the ``[LR] set to`` rates. Counts, sizes and times are no
metrics; the bars carry none.
"""

import time

from _toy import digits
from _capture import HELDOUT55, Truth, main


def run() -> None:
    import numpy as np
    from tqdm import tqdm

    Xtr, ytr, _, _, Xte, yte = digits(seed=5)
    X, y = Xtr.numpy(), ytr.numpy()
    Xte, yte = Xte.numpy(), yte.numpy()
    rng = np.random.default_rng(5)
    W1 = rng.normal(0, np.sqrt(2 / 64), (64, 32)); b1 = np.zeros(32)
    W2 = rng.normal(0, np.sqrt(2 / 32), (32, 10)); b2 = np.zeros(10)

    def forward(x):
        h = np.maximum(x @ W1 + b1, 0)
        return h, h @ W2 + b2

    def ce(logits, t):
        z = logits - logits.max(1, keepdims=True)
        p = np.exp(z) / np.exp(z).sum(1, keepdims=True)
        return -np.log(p[np.arange(len(t)), t]).mean(), p

    truth = Truth()
    lr = 0.1
    epochs, batch_size, n = 16, 64, len(X)
    t0 = time.time()
    for epoch in range(1, epochs + 1):
        if epoch == 10:
            lr = lr * 0.3
            print(f"[LR] set to {lr}")
            truth.allow(**{"[LR] set to": lr})
        if epoch == 15:
            lr = lr * (1.0 / 3.0)
            print(f"[LR] set to {lr}")
            truth.allow(**{"[LR] set to": lr})
        idx = rng.permutation(n)
        Xs, ys = X[idx], y[idx]
        total = 0.0
        batches = (n + batch_size - 1) // batch_size
        print(f"\n=== Epoch {epoch}/{epochs} ===")
        print(f"Batches/epoch: {batches} | Batch size: {batch_size}")
        for start in tqdm(range(0, n, batch_size), desc=f"Epoch {epoch}", unit="batch"):
            end = min(start + batch_size, n)
            Xb, yb = Xs[start:end], ys[start:end]
            h, logits = forward(Xb)
            loss, p = ce(logits, yb)
            total += float(loss) * len(Xb)
            g = p.copy(); g[np.arange(len(yb)), yb] -= 1; g /= len(yb)
            gW2, gb2 = h.T @ g, g.sum(0)
            gh = g @ W2.T * (h > 0)
            gW1, gb1 = Xb.T @ gh, gh.sum(0)
            W2 -= lr * gW2; b2 -= lr * gb2; W1 -= lr * gW1; b1 -= lr * gb1
            time.sleep(0.002)
        avg = total / n
        print(f"Epoch {epoch}/{epochs} - Avg Loss: {avg:.6f}")
        truth.add(at=epoch, **{"Avg Loss": avg})
    print(f"\n⏱ Total training time: {time.time()-t0:.2f}s")
    preds = np.argmax(forward(Xte)[1], axis=1)
    acc = float((preds == yte).mean())
    print(f"Test accuracy: {acc*100:.2f}%")
    truth.add(**{"Test accuracy": acc * 100})
    truth.write("the trainer's epoch mean loss and test accuracy next to each print",
                libraries=("numpy", "tqdm"), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"nnottvec": run}, root=HELDOUT55)
