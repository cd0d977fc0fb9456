"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as Ace1928/eidosian_forge
``archive_forge/src/archive_forge/class_LogValidationMetricsCallback.py`` (MXNet's callback,
kept in that repository): at the end of each epoch, for each evaluation metric,
``logging.info('Epoch[%d] Validation-%s=%f', epoch, name, value)``, through the root logger
set up with ``logging.basicConfig(level=logging.INFO)`` (so ``INFO:root:`` on stderr). Here:
a NumPy softmax regression on Gaussian blobs, 12 epochs, the metrics ``accuracy`` and
``cross-entropy`` on a held-out part (MXNet's metric names).

Truth: ``val/accuracy`` and ``val/cross-entropy`` at step ``Epoch`` (six decimals).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import logging

    import numpy as np
    from _toy import Softmax, batches, blobs, split

    logging.basicConfig(level=logging.INFO)
    X, y = blobs(500, 16, 8, seed=20, spread=1.2)
    (Xtr, ytr), (Xva, yva) = split(X, y, 0.7)
    model = Softmax(16, 8, seed=20)
    rng = np.random.default_rng(20)
    truth = Truth()
    for epoch in range(12):
        for idx in batches(len(Xtr), 50, rng):
            model.step(Xtr[idx], ytr[idx], lr=0.02)
        ce, acc = model.evaluate(Xva, yva)
        for name, value in (("accuracy", acc), ("cross-entropy", ce)):
            logging.info('Epoch[%d] Validation-%s=%f', epoch, name, value)
            truth.add(at=epoch, **{f"val/{name}": value})
    truth.write("the script's held-out accuracy and cross-entropy each epoch",
                libraries=("numpy",), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"eidosian": run}, root=HELDOUT35)
