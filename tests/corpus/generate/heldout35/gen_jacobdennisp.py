"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as jacobdennisp/sample-ai-repository ``python-ai-context/loops.py``: each epoch
``Epoch {epoch}/{num_epochs}``, `` Loss: {loss:.4f}``, `` Accuracy : {accuracy:.4f}`` on lines of
their own, then a rule of 30 dashes. Here the numbers come from a NumPy softmax regression on
Gaussian blobs (10 epochs, full-batch training loss and accuracy of each epoch).

Truth: ``Loss`` and ``Accuracy`` each epoch, no step (the epoch is on the line above).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import numpy as np
    from _toy import Softmax, batches, blobs

    X, y = blobs(480, 6, 3, seed=1)
    model = Softmax(6, 3, seed=1)
    rng = np.random.default_rng(1)
    truth = Truth()
    num_epochs = 10
    for epoch in range(1, num_epochs + 1):
        for idx in batches(len(X), 64, rng):
            model.step(X[idx], y[idx], lr=0.05)
        loss, accuracy = model.evaluate(X, y)
        print(f"Epoch {epoch}/{num_epochs}")
        print(f" Loss: {loss:.4f}")
        print(f" Accuracy : {accuracy:.4f}")
        print("-" * 30)
        truth.add(Loss=loss, Accuracy=accuracy)
    truth.write("the script's full-batch loss and accuracy after each epoch",
                libraries=("numpy",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"jacobdennisp": run}, root=HELDOUT35)
