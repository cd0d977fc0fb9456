"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as penghui-yang/L2D ``train.py`` (commit e3c438ad): ``print("Epoch:%2d" % epoch,
end="  ")``, and after the epoch's last batch ``"[{}/{}], LR {:.4e}, Loss: {:.4e}"`` with
``end="  "`` (the loss of that last batch, the optimizer's learning rate). The stored file has
only ``train``; the caller's rest of the line is not in it, so here the line is ended by a
bare ``print()`` after each epoch. NumPy softmax regression on Gaussian blobs, 12 epochs of 10
batches, the learning rate halved every 4 epochs (a step schedule).

Truth: ``Loss`` (the last batch's loss) each epoch at step ``Epoch``; ``LR`` optional (a
schedule set by config).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import numpy as np
    from _toy import Softmax, blobs

    X, y = blobs(400, 8, 4, seed=5)
    model = Softmax(8, 4, seed=5)
    rng = np.random.default_rng(5)
    truth = Truth()
    bs = 40
    nb = len(X) // bs
    for epoch in range(12):
        lr = 0.2 * 0.5 ** (epoch // 4)
        print("Epoch:%2d" % epoch, end="  ")
        idx = rng.permutation(len(X))
        for i in range(nb):
            b = idx[i * bs:(i + 1) * bs]
            loss, _, _ = model.step(X[b], y[b], lr=lr)
            if i == nb - 1:
                print("[{}/{}], LR {:.4e}, Loss: {:.4e}"
                      .format(i + 1, nb, lr, loss), end="  ")
                truth.add(at=epoch, Loss=loss)
                truth.allow(LR=lr)
        print()
    truth.write("the script's last-batch loss of each epoch",
                libraries=("numpy",), rel=1e-4)


if __name__ == "__main__":
    main(__file__, {"l2d": run}, root=HELDOUT35)
