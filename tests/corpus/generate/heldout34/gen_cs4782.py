"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop printing as the run kept in rachaelclose/CS4782-5782FinalDeliverable
``results/train_resnet110_log.md`` shows: ``Running on: cpu``, ``>>> Training baseline
ResNet``, ``Train Epoch: 1 [0/45000 (0%)]\tLoss: 3.781340`` four times an epoch,
``====> Epoch 1 Average train loss: 2.3434``, ``====> Validation loss: 1.9504,  acc: 22.94%``,
``====> Test set loss: 1.9552,  acc: 24.22%``, the same test numbers again as ``====> Test
loss: ...``, ``====> New best model saved to best_base.pth`` when validation accuracy improves,
an empty line. Here: NumPy softmax regression on Gaussian blobs, 4 epochs.

Truth: ``train/Loss`` (batch lines, no step); ``Average train loss`` (step = epoch); ``val/loss``,
``val/acc``; ``test/loss``, ``test/acc`` from both test lines (two printed lines, each listed:
the run prints the same evaluation twice under two labels).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import numpy as np
    from _toy import Softmax, blobs, batches

    xa, ya = blobs(1040, seed=4)
    x, y, xv, yv, xt, yt = xa[:640], ya[:640], xa[640:840], ya[640:840], xa[840:], ya[840:]
    model = Softmax(8, 4, seed=4, lr=0.05)
    rng = np.random.default_rng(4)
    truth = Truth()
    print("Running on: cpu")
    print(">>> Training baseline ResNet")
    best = 0.0
    for epoch in range(1, 5):
        losses = []
        for b, idx in enumerate(batches(len(x), 16, rng)):
            loss, _ = model.step(x[idx], y[idx])
            losses.append(loss)
            if b % 10 == 0:
                print(f"Train Epoch: {epoch} [{b * 16}/{len(x)} ({100 * b * 16 / len(x):.0f}%)]\tLoss: {loss:.6f}")
                truth.add(**{"train/Loss": loss})
        avg = float(np.mean(losses))
        print(f"====> Epoch {epoch} Average train loss: {avg:.4f}")
        truth.add(at=epoch, **{"Average train loss": avg})
        vl, va = model.loss_acc(xv, yv)
        print(f"====> Validation loss: {vl:.4f},  acc: {100 * va:.2f}%")
        truth.add(**{"val/loss": vl, "val/acc": 100 * va})
        tl, ta = model.loss_acc(xt, yt)
        print(f"====> Test set loss: {tl:.4f},  acc: {100 * ta:.2f}%")
        truth.add(**{"test/loss": tl, "test/acc": 100 * ta})
        print(f"====> Test loss: {tl:.4f},  acc: {100 * ta:.2f}%")
        truth.add(**{"test/loss": tl, "test/acc": 100 * ta})
        if va > best:
            best = va
            print("====> New best model saved to best_base.pth")
        print()
    truth.write("the script's batch, epoch, validation and test losses and accuracies",
                libraries=("numpy",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cs4782": run}, root=HELDOUT34)
