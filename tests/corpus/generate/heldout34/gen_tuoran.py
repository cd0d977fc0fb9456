"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop printing through a ``print_metrics`` as TuoRan/PyTorch-Pipelines
``src/training/metrics.py`` has it: an empty line and a 70-dash rule, ``f"Epoch: {epoch} | Train
Loss: {train_loss:.2f} | Test Loss: {test_loss:.2f} | Test Acc: {test_acc*100:.2f}%"``, a rule
and an empty line, the values taken from a metrics dict. Here: NumPy softmax regression on
Gaussian blobs, 12 epochs from 1.

Truth: ``train/Loss``, ``test/Loss``, ``test/Acc`` (percent), step = the printed epoch. Losses are
printed to two decimals (abs tolerance 0.005).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import numpy as np
    from _toy import Softmax, blobs, batches

    def print_metrics(metrics):
        epoch = metrics.get('epoch', '')
        train_loss = metrics.get('train_loss', 0)
        test_loss = metrics.get('test_loss', 0)
        test_acc = metrics.get('test_acc', 0)
        print("\n" + "-" * 70)
        print(f"Epoch: {epoch} | Train Loss: {train_loss:.2f} | Test Loss: {test_loss:.2f} | Test Acc: {test_acc*100:.2f}%")
        print("-" * 70 + "\n")

    xa, ya = blobs(600, classes=5, seed=22, spread=2.2)
    x, y, xt, yt = xa[:450], ya[:450], xa[450:], ya[450:]
    model = Softmax(8, 5, seed=22, lr=0.01)
    rng = np.random.default_rng(22)
    truth = Truth()
    for epoch in range(1, 13):
        losses = [model.step(x[i], y[i])[0] for i in batches(len(x), 30, rng)]
        test_loss, test_acc = model.loss_acc(xt, yt)
        m = {"epoch": epoch, "train_loss": float(np.mean(losses)), "test_loss": test_loss,
             "test_acc": test_acc}
        print_metrics(m)
        truth.add(at=epoch, **{"train/Loss": m["train_loss"], "test/Loss": test_loss,
                               "test/Acc": test_acc * 100})
    truth.write("the script's epoch metrics dict", libraries=("numpy",), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"tuoran": run}, root=HELDOUT34)
