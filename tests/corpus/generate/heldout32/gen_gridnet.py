"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written loop printing as daigo0927/GridNet_tf ``train.py`` with its ``utils.py``
``show_progress``: the arguments first, ``for key, item in vars(args).items(): print(f'{key} :
{item}')``; every 10 batches ``sys.stdout.write(f'{epoch} epoch: [{batch}/{batch_total}, loss:
{loss}, acc: {acc}]')`` (no newline: the stored ``utils.py`` writes none, so the progress
records run on in one line), and after each epoch's validation
``print(f'\\r{e+1} epoch validation loss: {np.mean(loss_vals)}, acc: {np.mean(acc_vals)}')``
(the ``\\r`` returns to the start of that line). The losses are float32 values from the
session, printed unformatted. Here: a per-pixel logistic "segmentation" of 8x8 noisy blob
images in NumPy (float32), 3 epochs of 40 batches, a progress record every 10; the original's
``input()`` for the GPU id, the TensorFlow session, visualisation and checkpoints are left out.

Truth: the script's batch loss and pixel accuracy in each record, ``loss`` and ``acc`` (the
record states ``epoch`` and a batch count: no step); the validation means, ``val/loss`` and
``val/acc`` (``validation loss``), at the epoch the line states. The arguments are ``params``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import argparse

    import numpy as np

    def show_progress(epoch, batch, batch_total, loss, acc):
        sys.stdout.write(f'{epoch} epoch: [{batch}/{batch_total}, loss: {loss}, acc: {acc}]')
        sys.stdout.flush()

    parser = argparse.ArgumentParser(description='Hyperparams')
    parser.add_argument('--dataset', type=str, default='Blobs')
    parser.add_argument('--n_epoch', type=int, default=3)
    parser.add_argument('--batch_size', type=int, default=4)
    parser.add_argument('--num_workers', type=int, default=0)
    parser.add_argument('--image_size', nargs=2, type=int, default=[8, 8])
    parser.add_argument('--resume', type=str, default=None)
    args = parser.parse_args([])
    for key, item in vars(args).items():
        print(f'{key} : {item}')

    rng = np.random.default_rng(32)

    def make(n):
        yy, xx = np.mgrid[0:8, 0:8]
        cy, cx = rng.uniform(2, 6, (2, n, 1, 1))
        labels = ((yy - cy) ** 2 + (xx - cx) ** 2 < 5).astype(np.float32)
        images = (labels * 0.6 + rng.normal(0, 0.5, labels.shape)).astype(np.float32)
        return images, labels

    tX, tY = make(160)
    vX, vY = make(16)
    w = np.float32(0.1)
    b = np.float32(0.0)

    def step(images, labels, train):
        nonlocal w, b
        p = 1 / (1 + np.exp(-(w * images + b)))
        loss = np.float32(-np.mean(labels * np.log(p + 1e-7) + (1 - labels) * np.log(1 - p + 1e-7)))
        acc = np.float32(np.mean((p > 0.5) == (labels > 0.5)))
        if train:
            g = (p - labels).astype(np.float32)
            w = np.float32(w - 0.5 * np.mean(g * images))
            b = np.float32(b - 0.5 * np.mean(g))
        return loss, acc

    truth = Truth()
    num_batches = 40
    for e in range(args.n_epoch):
        order = rng.permutation(160)
        for i in range(num_batches):
            idx = order[i * 4:(i + 1) * 4]
            loss, acc = step(tX[idx], tY[idx], True)
            if i % 10 == 0:
                show_progress(e + 1, i + 1, num_batches, loss, acc)
                truth.add(loss=float(loss), acc=float(acc))
        loss_vals, acc_vals = [], []
        for k in range(0, 16, 4):
            loss_val, acc_val = step(vX[k:k + 4], vY[k:k + 4], False)
            loss_vals.append(loss_val)
            acc_vals.append(acc_val)
        print(f'\r{e+1} epoch validation loss: {np.mean(loss_vals)}, acc: {np.mean(acc_vals)}')
        truth.add(at=e + 1, **{"val/loss": float(np.mean(loss_vals)),
                               "val/acc": float(np.mean(acc_vals))})
    truth.write("the script's float32 batch and validation losses and accuracies",
                libraries=("numpy",), params=vars(args), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"gridnet": run}, root=HELDOUT32)
