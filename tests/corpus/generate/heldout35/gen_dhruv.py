"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as DhruvSrikanth/2D-3D-Single-View-Reconstruction ``train.py`` (commit 00349e2c) with its
``logger.py`` (commit 480c56aa): a logger whose stdout handler formats ``[%(asctime)s]
%(levelname)s: %(message)s`` with ``datefmt='%a, %d %b %Y %H:%M:%S'`` (the file handlers are
left out); ``Found model save directory at -> ...``, ``Starting Training phase``, each epoch a
plain ``print("\nepoch {}/{}")``, ``Training IoU -> {dict}`` (mean IoU per taxonomy id),
``Overall mean Training IoU -> x``, ``Validation phase running now for Epoch - n``, a bare tqdm
bar over the validation batches (stderr), ``Validation IoU -> {dict}`` and again ``Overall mean
Training IoU -> x`` (the original's label, though the number is the validation one),
``Saving Autoencoder Model at ...`` every second epoch, ``End of program execution``. The
original's Keras ``Progbar`` over the training batches is left out (no TensorFlow here).
Here: a logistic "voxel" decoder (32 binary outputs from 12 inputs) on three synthetic
classes, 3 epochs of 8 batches; the IoU of thresholded predictions, averaged per class over
the epoch's batches as the original's ``iou_dict`` does (the dict is not reset between the
training and validation phases, as in the original).

Truth: ``train/IoU/<id>`` per class and ``Overall mean Training IoU`` after training;
``val/IoU/<id>`` per class and a second ``Overall mean Training IoU`` value after
validation; no step (the epoch is on a line above).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import logging
    import time

    import numpy as np
    from tqdm import tqdm

    sh = logging.StreamHandler(sys.stdout)
    sh.setFormatter(logging.Formatter('[%(asctime)s] %(levelname)s: %(message)s',
                                      datefmt='%a, %d %b %Y %H:%M:%S'))
    logger = logging.getLogger('')
    logger.setLevel(logging.INFO)
    logger.addHandler(sh)

    rng = np.random.default_rng(14)
    ids = ['02691156', '02958343', '03001627']
    protos = rng.normal(size=(3, 12))
    Wt = rng.normal(size=(12, 32))

    def sample(n):
        c = rng.integers(3, size=n)
        x = protos[c] + 0.5 * rng.normal(size=(n, 12))
        v = (x @ Wt + 0.5 * rng.normal(size=(n, 32)) > 0).astype(float)
        return x, v, [ids[k] for k in c]

    W = np.zeros((12, 32))
    sig = lambda z: 1 / (1 + np.exp(-z))

    def iou(v, p):
        pred = p > 0.5
        inter = (pred & (v > 0.5)).sum(1)
        union = (pred | (v > 0.5)).sum(1)
        return inter / np.maximum(union, 1)

    def update(iou_dict, tax, vals):
        for t, v in zip(tax, vals):
            iou_dict.setdefault(t, []).append(float(v))
        return {t: float(np.mean(v)) for t, v in iou_dict.items()}

    truth = Truth()
    epochs, batch_size = 3, 16
    logger.info("Found model save directory at -> {0}".format("checkpoints"))
    logger.info("Starting Training phase")
    for epoch in range(epochs):
        print("\nepoch {}/{}".format(epoch + 1, epochs))
        iou_dict = {}
        for step in range(8):
            x, v, tax = sample(batch_size)
            p = sig(x @ W)
            W -= 0.5 * x.T @ (p - v) / batch_size
            mean_iou_train = update(iou_dict, tax, iou(v, p))
        overall = sum(mean_iou_train.values()) / len(mean_iou_train)
        logger.info("Training IoU -> {0}".format(mean_iou_train))
        logger.info("Overall mean Training IoU -> {0}".format(overall))
        truth.add(**{f"train/IoU/{k}": val for k, val in mean_iou_train.items()})
        truth.add(**{"Overall mean Training IoU": overall})
        logger.info("Validation phase running now for Epoch - {0}".format(epoch + 1))
        for step in tqdm(range(4), total=4):
            x, v, tax = sample(batch_size)
            mean_iou_val = update(iou_dict, tax, iou(v, sig(x @ W)))
            time.sleep(0.01)
        overall = sum(mean_iou_val.values()) / len(mean_iou_val)
        logger.info("Validation IoU -> {0}".format(mean_iou_val))
        logger.info("Overall mean Training IoU -> {0}".format(overall))
        truth.add(**{f"val/IoU/{k}": val for k, val in mean_iou_val.items()})
        truth.add(**{"Overall mean Training IoU": overall})
        if (epoch + 1) % 2 == 0:
            logger.info("Saving Autoencoder Model at {0}".format(
                "checkpoints/ae_model_epoch_{0}.h5".format(epoch + 1)))
    logger.info("End of program execution")
    truth.write("the script's per-class mean IoU dicts and their overall means",
                libraries=("numpy", "tqdm"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"dhruv": run}, root=HELDOUT35)
