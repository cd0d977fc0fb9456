"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop whose evaluation prints as Gaju27/eva4 ``S8/Resnet18/test.py`` does:
``'\nTest set: Average loss: {:.4f}, Accuracy: {}/{} ({:.0f}%)\n'`` (the summed batch losses
divided by the number of samples; a whole percentage). The training part prints nothing (its
progress bar is commented out in the original). Here: NumPy softmax regression on Gaussian
blobs, 12 epochs, an evaluation after each.

Truth: ``test/Average loss`` and ``test/Accuracy`` (the percentage; printed to a whole number,
hence the loose tolerance), no step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import numpy as np
    from _toy import Softmax, blobs, batches

    xa, ya = blobs(700, seed=18, spread=1.8)
    x, y, xt, yt = xa[:500], ya[:500], xa[500:], ya[500:]
    model = Softmax(8, 4, seed=18, lr=0.02)
    rng = np.random.default_rng(18)
    truth = Truth()
    for epoch in range(12):
        for idx in batches(len(x), 25, rng):
            model.step(x[idx], y[idx])
        test_loss = 0.0
        correct = 0
        for i in range(0, len(xt), 50):
            p = model.probs(xt[i:i + 50])
            test_loss += float(-np.log(p[np.arange(len(p)), yt[i:i + 50]]).mean())
            correct += int((p.argmax(1) == yt[i:i + 50]).sum())
        test_loss /= len(xt)
        print('\nTest set: Average loss: {:.4f}, Accuracy: {}/{} ({:.0f}%)\n'.format(
            test_loss, correct, len(xt), 100.00 * correct / len(xt)))
        truth.add(**{"test/Average loss": test_loss, "test/Accuracy": 100.0 * correct / len(xt)})
    truth.write("the script's test loss and accuracy after each epoch", libraries=("numpy",),
                rel=1e-2, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"gaju": run}, root=HELDOUT34)
