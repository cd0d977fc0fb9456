"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop printing as the kept output of jiyidi-1/pytoech_demo
``训练结果记录/lab8.md`` shows: ``[1,   300] loss: 1.677`` (epoch from 1, batch, the running
loss over the last 300 batches, %-format ``'[%d, %5d] loss: %.3f'``) three times an epoch, then
``accuracy on test set: 95%   [correct: 9561 , total: 10000 ]`` (a whole percentage). Here:
NumPy softmax regression on Gaussian blobs, batches of 4, a line every 60 batches, 5 epochs.

Truth: the running loss of each line, ``loss``, no step (epoch and batch both printed); the
test percentage, computed by the script as ``100 * correct // total`` and printed with %d,
``test/accuracy`` (the data it was measured on names its phase, RESULT_ON_SPLIT; the blind truth
said ``accuracy on test set``). ``correct`` and ``total`` are counts (no truth).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import numpy as np
    from _toy import Softmax, blobs, batches

    xa, ya = blobs(1120, seed=2)
    x, y, xt, yt = xa[:720], ya[:720], xa[720:], ya[720:]
    model = Softmax(8, 4, seed=2, lr=0.02)
    rng = np.random.default_rng(2)
    truth = Truth()
    for epoch in range(5):
        running_loss = 0.0
        for i, idx in enumerate(batches(len(x), 4, rng)):
            loss, _ = model.step(x[idx], y[idx])
            running_loss += loss
            if i % 60 == 59:
                print('[%d, %5d] loss: %.3f' % (epoch + 1, i + 1, running_loss / 60))
                truth.add(loss=running_loss / 60)
                running_loss = 0.0
        correct = int((model.probs(xt).argmax(1) == yt).sum())
        total = len(yt)
        acc = 100 * correct // total
        print('accuracy on test set: %d%%   [correct: %d , total: %d ]' % (acc, correct, total))
        truth.add(**{"test/accuracy": acc})
    truth.write("the script's running loss and integer test percentage", libraries=("numpy",),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"jiyidi": run}, root=HELDOUT34)
