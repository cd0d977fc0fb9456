"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop printing as the logs kept in divyanshbajpai/EVA4-Coursework
``Assignment-6/Readme.md`` show: ``EPOCH: 0``, a tqdm bar over the batches whose description
is ``f'Loss={loss.item()} Batch_id={batch_idx} Accuracy={100*correct/processed:0.2f}'`` (the
loss unformatted), then ``\nTest set: Average loss: 0.0779, Accuracy: 9759/10000 (97.59%)\n``.
Here: NumPy softmax regression on Gaussian blobs, 3 epochs of 5 batches, the test loss summed
over samples and divided by their count as in the EVA loops (so it is small).

Truth: the description's ``Loss`` and running ``Accuracy`` of each batch (each description set
once; tqdm's closing redraw of the last one is the same state), no step (``Batch_id`` restarts
each epoch); ``test/Average loss`` and ``test/Accuracy`` (the percentage in brackets; the
counts are no truth).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import numpy as np
    from tqdm import tqdm
    from _toy import Softmax, blobs, batches

    xa, ya = blobs(620, seed=9)
    x, y, xt, yt = xa[:320], ya[:320], xa[320:], ya[320:]
    model = Softmax(8, 4, seed=9, lr=0.08)
    rng = np.random.default_rng(9)
    truth = Truth()
    for epoch in range(3):
        print("EPOCH:", epoch)
        pbar = tqdm(list(batches(len(x), 64, rng)))
        correct = processed = 0
        for batch_idx, idx in enumerate(pbar):
            loss, c = model.step(x[idx], y[idx])
            correct += c
            processed += len(idx)
            pbar.set_description(desc=f'Loss={loss} Batch_id={batch_idx} Accuracy={100*correct/processed:0.2f}')
            truth.add(Loss=loss, Accuracy=100 * correct / processed)
        pbar.close()
        p = model.probs(xt)
        test_loss = float(-np.log(p[np.arange(len(yt)), yt]).sum()) / len(yt) / 64
        tc = int((p.argmax(1) == yt).sum())
        print('\nTest set: Average loss: {:.4f}, Accuracy: {}/{} ({:.2f}%)\n'.format(
            test_loss, tc, len(yt), 100. * tc / len(yt)))
        truth.add(**{"test/Average loss": test_loss, "test/Accuracy": 100. * tc / len(yt)})
    truth.write("the script's batch loss, running accuracy and test loss/accuracy",
                libraries=("numpy", "tqdm"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"eva4cw": run}, root=HELDOUT34)
