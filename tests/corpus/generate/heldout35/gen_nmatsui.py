"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as nmatsui/libtorch_pytorch_mnist ``pytorch/func.py``: every ``log_interval`` batches
``Train Epoch: {} [{:6d}/{:6d} ({:2.0f}%)]\tLoss: {:.6f}``; after each epoch ``print('\n')`` and
``Test set: Average loss: {:.6f}, Accuracy: {}/{} ({:.2f}%)\n`` (the average of the batch
losses). Here: NumPy softmax regression on Gaussian blobs, 3 epochs of 15 batches of 32.

Truth: ``train/Loss`` of each printed batch (the line opens with the phase word; the blind truth
said ``Loss``; no step: the line states the epoch and a sample count);
``test/Average loss`` and ``test/Accuracy`` (the percentage) each epoch; the correct count
printed after ``Accuracy:`` is optional under ``test/Accuracy``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import numpy as np
    from _toy import Softmax, blobs, split

    X, y = blobs(640, 10, 5, seed=2)
    (Xtr, ytr), (Xte, yte) = split(X, y, 0.75)
    model = Softmax(10, 5, seed=2)
    rng = np.random.default_rng(2)
    truth = Truth()
    bs, log_interval = 32, 3
    nb = len(Xtr) // bs
    for epoch in range(1, 4):
        idx = rng.permutation(len(Xtr))
        for batch_idx in range(nb):
            b = idx[batch_idx * bs:(batch_idx + 1) * bs]
            loss, _, _ = model.step(Xtr[b], ytr[b], lr=0.05)
            if batch_idx % log_interval == 0:
                print('Train Epoch: {} [{:6d}/{:6d} ({:2.0f}%)]'
                      '\tLoss: {:.6f}'.format(
                          epoch, batch_idx * bs, len(Xtr),
                          100. * batch_idx / nb, loss))
                truth.add(**{"train/Loss": loss})
        test_loss, correct, cnt = 0.0, 0, 0
        for i in range(0, len(Xte), bs):
            l, a = model.evaluate(Xte[i:i + bs], yte[i:i + bs])
            test_loss += l
            correct += int(round(a * len(yte[i:i + bs])))
            cnt += 1
        test_loss /= cnt
        print('\n')
        print('Test set: Average loss: {:.6f}, Accuracy: {}/{} ({:.2f}%)\n'.format(
            test_loss, correct, len(Xte), 100. * correct / len(Xte)))
        truth.add(**{"test/Average loss": test_loss, "test/Accuracy": 100. * correct / len(Xte)})
        truth.allow(**{"test/Accuracy": correct})
    truth.write("the script's batch losses and its test-set average loss and accuracy",
                libraries=("numpy",), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"nmatsui": run}, root=HELDOUT35)
