"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as aladdinpersson/Machine-Learning-Collection
``ML/Pytorch/Basics/pytorch_progress_bar.py``: a new ``tqdm(loader)`` each epoch,
``loop.set_description(f"Epoch [{epoch}/{NUM_EPOCHS}]")`` and ``loop.set_postfix(loss=...,
acc=...)`` every batch (tqdm shows 3 significant digits). The original feeds random numbers;
here they are a NumPy softmax regression's batch loss and accuracy on Gaussian blobs, 2
epochs of 6 batches, with a short sleep so tqdm redraws.

Truth: ``loss`` and ``acc`` of every batch (each a postfix state), rel 5e-3, no step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import time

    import numpy as np
    from tqdm import tqdm
    from _toy import Softmax, blobs

    X, y = blobs(384, 10, 10, seed=15)
    model = Softmax(10, 10, seed=15)
    truth = Truth()
    NUM_EPOCHS = 2
    loader = [slice(i, i + 32) for i in range(0, 192, 32)]
    for epoch in range(NUM_EPOCHS):
        loop = tqdm(loader)
        for idx, b in enumerate(loop):
            loss, acc, _ = model.step(X[b], y[b], lr=0.1)
            loop.set_description(f"Epoch [{epoch}/{NUM_EPOCHS}]")
            loop.set_postfix(loss=loss, acc=acc)
            truth.add(loss=loss, acc=acc)
            time.sleep(0.015)
    truth.write("the script's batch loss and accuracy, shown in the bar's postfix",
                libraries=("numpy", "tqdm"), rel=5e-3)


if __name__ == "__main__":
    main(__file__, {"aladdin": run}, root=HELDOUT35)
