"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop printing through a ``print_stats`` as Aum2010/pytorch-cat-dog-simple-cnn
``workspace/torch-cats-dogs/logs.py`` has it:
``f"[Epoch {epoch+1}] Loss: {loss:.4f} | Accuracy: {accuracy*100:.2f}%"``. Here: NumPy
two-class softmax regression on Gaussian blobs ("cats" and "dogs"), 15 epochs.

Truth: the epoch's mean loss, ``Loss``, and training accuracy in percent, ``Accuracy``, step =
the printed epoch.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import numpy as np
    from _toy import Softmax, blobs, batches

    def print_stats(epoch, loss, accuracy):
        print(f"[Epoch {epoch+1}] Loss: {loss:.4f} | Accuracy: {accuracy*100:.2f}%")

    x, y = blobs(300, classes=2, seed=7, spread=2.2)
    model = Softmax(8, 2, seed=7, lr=0.03)
    rng = np.random.default_rng(7)
    truth = Truth()
    for epoch in range(15):
        losses, correct = [], 0
        for idx in batches(len(x), 20, rng):
            loss, c = model.step(x[idx], y[idx])
            losses.append(loss)
            correct += c
        loss, accuracy = float(np.mean(losses)), correct / len(x)
        print_stats(epoch, loss, accuracy)
        truth.add(at=epoch + 1, Loss=loss, Accuracy=accuracy * 100)
    truth.write("the script's epoch loss and accuracy", libraries=("numpy",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"catdog": run}, root=HELDOUT34)
