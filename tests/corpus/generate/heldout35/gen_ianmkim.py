"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as ianmkim/vietnet ``old_train.py``: every ``logging_interval`` batches
``Train Epoch: {} [{}/{} ({:.0f}%)] Loss: {:.6f} Accuracy: {:.2f}%`` (the batch's loss and
accuracy, one space between, no tab). Here: NumPy softmax regression on Gaussian blobs, 4
epochs of 20 batches of 24, a line every 4 batches. (The original computes its accuracy from
the max logit rather than the argmax; ours is the batch's real accuracy.)

Truth: ``train/Loss`` and ``train/Accuracy`` (percent: the line opens with the phase word; the
blind truth said ``Loss``, ``Accuracy``) of each printed batch, no step (epoch and sample
count on the line).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import numpy as np
    from _toy import Softmax, blobs

    X, y = blobs(480, 12, 6, seed=3)
    model = Softmax(12, 6, seed=3)
    rng = np.random.default_rng(3)
    truth = Truth()
    bs, logging_interval = 24, 4
    nb = len(X) // bs
    for epoch in range(1, 5):
        idx = rng.permutation(len(X))
        for batch_idx in range(nb):
            b = idx[batch_idx * bs:(batch_idx + 1) * bs]
            loss, acc, _ = model.step(X[b], y[b], lr=0.03)
            if batch_idx % logging_interval == 0:
                print('Train Epoch: {} [{}/{} ({:.0f}%)] Loss: {:.6f} Accuracy: {:.2f}%'.format(
                    epoch, batch_idx * bs, len(X),
                    100. * batch_idx / nb, loss,
                    100. * acc))
                truth.add(**{"train/Loss": loss, "train/Accuracy": 100. * acc})
    truth.write("the script's loss and accuracy of each printed batch",
                libraries=("numpy",), rel=1e-5, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"ianmkim": run}, root=HELDOUT35)
