"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as EnablingIntelligence/VisualizingCNNs ``main.py``: ``Start training the model``
when training, else ``Start testing the model``, ``Finished testing the model`` and
``Final test metrics: loss = {result['loss']}, accuracy = {result['accuracy']}`` (unformatted
floats). The training function's own prints are in a file not read; here the script runs
both branches in turn: training prints nothing but the banner, then the test branch prints its
lines. To give the fixture more than one point, three models are trained and tested (three
seeds), each run printing the two banners and the final line.

Truth: ``test/loss`` and ``test/accuracy`` of each run (the line says test), no step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import numpy as np
    from _toy import Softmax, batches, blobs, split

    truth = Truth()
    for seed in (11, 12, 13):
        X, y = blobs(600, 10, 5, seed=seed)
        (Xtr, ytr), (Xte, yte) = split(X, y, 0.8)
        model = Softmax(10, 5, seed=seed)
        rng = np.random.default_rng(seed)
        print("Start training the model")
        for _ in range(3):
            for idx in batches(len(Xtr), 32, rng):
                model.step(Xtr[idx], ytr[idx], lr=0.05)
        print("Start testing the model")
        loss, acc = model.evaluate(Xte, yte)
        result = {"loss": loss, "accuracy": acc}
        print("Finished testing the model")
        print(f"Final test metrics: loss = {result['loss']}, accuracy = {result['accuracy']}")
        truth.add(**{"test/loss": loss, "test/accuracy": acc})
    truth.write("the script's test loss and accuracy of each run",
                libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"visualcnn": run}, root=HELDOUT35)
