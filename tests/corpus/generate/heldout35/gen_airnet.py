"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as lizhemin15/AIR-Net ``MinPy/toolbox/pprint.py``: ``progress_bar(epoch_now, epoch_all,
loss_dict)`` does ``print("\r", end="")`` and then ``"loss_fid:{:.2},nmae_test:{:.2},
loss_all:{:.2}. Trainning progress: {:.3} %: ".format(...)`` followed by print's space and a
run of ``▋`` (one per 2 %), with ``end=''`` and a flush: one terminal line redrawn in place
(two significant digits, so small numbers come out as ``0.0034`` or ``3.4e-05``). Here:
matrix completion of a rank-2 20x20 matrix from 50 % of its entries by gradient descent on a
factorisation, with a small Frobenius penalty; ``loss_fid`` the fit on the observed entries,
``nmae_test`` the normalised mean absolute error on the hidden ones, ``loss_all`` fit plus
penalty; the bar drawn every 50 of 500 steps, then a final newline (ours).

Truth: ``loss_fid``, ``nmae_test``, ``loss_all`` of each drawn state (rel 5e-2, two significant
digits), no step (the progress is a percentage).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import numpy as np

    def progress_bar(epoch_now, epoch_all, loss_dict):
        print("\r", end="")
        print("loss_fid:{:.2},nmae_test:{:.2}, loss_all:{:.2}. Trainning progress: {:.3} %: ".format(
            loss_dict['loss_fid'][-1], loss_dict['nmae_test'][-1], loss_dict['loss_all'][-1],
            epoch_now / epoch_all * 100), "▋" * (int(epoch_now / epoch_all * 100 // 2)), end='')
        sys.stdout.flush()

    rng = np.random.default_rng(22)
    M = rng.normal(size=(20, 2)) @ rng.normal(size=(2, 20))
    mask = rng.random((20, 20)) < 0.5
    U, V = 0.1 * rng.normal(size=(20, 4)), 0.1 * rng.normal(size=(20, 4))
    loss_dict = {"loss_fid": [], "nmae_test": [], "loss_all": []}
    truth = Truth()
    epoch_all = 500
    for epoch in range(epoch_all):
        R = (U @ V.T - M) * mask
        fid = float((R ** 2).sum() / mask.sum())
        reg = 1e-3 * float((U ** 2).sum() + (V ** 2).sum())
        gU = 2 * R @ V / mask.sum() + 2e-3 * U
        gV = 2 * R.T @ U / mask.sum() + 2e-3 * V
        U -= 0.5 * gU
        V -= 0.5 * gV
        if epoch % 50 == 0:
            hidden = ~mask
            nmae = float(np.abs((U @ V.T - M)[hidden]).mean() / (M.max() - M.min()))
            loss_dict["loss_fid"].append(fid)
            loss_dict["nmae_test"].append(nmae)
            loss_dict["loss_all"].append(fid + reg)
            progress_bar(epoch, epoch_all, loss_dict)
            truth.add(loss_fid=fid, nmae_test=nmae, loss_all=fid + reg)
    print()
    truth.write("the script's loss dict, last entries drawn on the progress line",
                libraries=("numpy",), rel=5e-2)


if __name__ == "__main__":
    main(__file__, {"airnet": run}, root=HELDOUT35)
