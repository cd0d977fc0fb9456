"""HELD-OUT fixture (fifth half, see generate/heldout5/README.md): do not read while tuning the
parser.

A training loop drawn with the ``progress`` package (``from progress.bar import ChargingBar``):
one bar per epoch over its minibatches, subclassed with a suffix that shows the running loss,
``Epoch 3/7 ████████████████▉∙∙∙∙∙ 3/4  loss 0.4012  lr 1.0842`` (written to stderr with ``\\r``
on every ``next()``, the cursor hidden while it runs); after each bar, a ``print`` with
TensorBoard-style tag names: ``epoch  3  loss/train 0.3990  loss/valid 0.4357  acc/valid
0.7344``; an ``IncrementalBar('Evaluating', max=...)`` over the test batches with
``%(percent)d%%``; and ``test results: loss 0.4412, accuracy 0.7656``. ``progress`` draws only
on a terminal: on a pipe the bars write nothing at all (stderr is empty), so the pipe capture
has another shape.

Truth: the per-epoch lines, from a minibatch logistic regression trained in NumPy by the script
(its minibatch losses are what the bar is handed): ``loss/train``, ``loss/valid``,
``acc/valid`` at the line's ``epoch``; the test line as ``test/loss`` and ``test/accuracy``
(led by ``test``), no step; the bar's ``loss`` (each minibatch's loss, drawn once per ``next()``)
and ``lr`` optional, as every progress-bar value in the earlier halves; counts, percentages
and ETAs no metrics. Params: the settings printed first (``base_lr=1.5 decay=0.9 epochs=7
batches=4 seed=5``; named ``base_lr``, not ``lr``, because the judge never excuses a point under
a printed config key, and the bar's ``lr`` values are optional).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT5, Truth, main


def train() -> None:
    import time

    import numpy as np
    from progress.bar import ChargingBar, IncrementalBar

    class EpochBar(ChargingBar):
        suffix = "%(index)d/%(max)d  loss %(loss).4f  lr %(lr).4f"
        loss = 0.0
        lr = 0.0

    truth = Truth()
    hp = {"base_lr": 1.5, "decay": 0.9, "epochs": 7, "batches": 4, "seed": 5}
    print(" ".join(f"{k}={v}" for k, v in hp.items()), flush=True)
    rng = np.random.default_rng(hp["seed"])
    w_true = rng.normal(size=8)
    x = rng.normal(size=(384, 8))
    y = (rng.random(384) < 1 / (1 + np.exp(-x @ w_true))).astype(float)
    xt, yt, xv, yv, xs, ys = x[:256], y[:256], x[256:320], y[256:320], x[320:], y[320:]
    w = np.zeros(8)

    def loss_acc(xb, yb):
        p = np.clip(1 / (1 + np.exp(-xb @ w)), 1e-9, 1 - 1e-9)
        loss = -np.mean(yb * np.log(p) + (1 - yb) * np.log(1 - p))
        return float(loss), float(np.mean((p > 0.5) == (yb == 1)))

    lr, size = hp["base_lr"], len(xt) // hp["batches"]
    for epoch in range(1, hp["epochs"] + 1):
        bar = EpochBar(f"Epoch {epoch}/{hp['epochs']}", max=hp["batches"])
        losses = []
        for b in range(hp["batches"]):
            xb, yb = xt[b * size:(b + 1) * size], yt[b * size:(b + 1) * size]
            batch_loss, _ = loss_acc(xb, yb)
            w = w - lr * xb.T @ (1 / (1 + np.exp(-xb @ w)) - yb) / len(xb)
            losses.append(batch_loss)
            bar.loss, bar.lr = float(np.mean(losses)), lr
            truth.allow(loss=bar.loss, lr=lr)
            time.sleep(0.02)
            bar.next()
        bar.finish()
        train_loss, _ = loss_acc(xt, yt)
        val_loss, val_acc = loss_acc(xv, yv)
        print(f"epoch {epoch:2d}  loss/train {train_loss:.4f}  loss/valid {val_loss:.4f}  "
              f"acc/valid {val_acc:.4f}", flush=True)
        truth.add(epoch, **{"loss/train": train_loss, "loss/valid": val_loss,
                            "acc/valid": val_acc})
        truth.allow(epoch=epoch)
        lr *= hp["decay"]
    bar = IncrementalBar("Evaluating", max=4, suffix="%(percent)d%%")
    for _ in range(4):
        time.sleep(0.02)
        bar.next()
    bar.finish()
    test_loss, test_acc = loss_acc(xs, ys)
    print(f"test results: loss {test_loss:.4f}, accuracy {test_acc:.4f}")
    truth.add(**{"test/loss": test_loss, "test/accuracy": test_acc})
    truth.write("a minibatch logistic regression trained by the script: per-epoch train/valid "
                "loss and valid accuracy as printed; the bar's running loss and lr optional; "
                "the test line as test/<name>", libraries=("progress", "numpy"), params=hp,
                rel=1e-9, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"progress": train}, root=HELDOUT5)
