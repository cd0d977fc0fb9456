"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as RoschildRui/DeepLearning_CV_EXP
``exp1/results/exp1_4/code_output.md`` (a kept run of a house-price MLP): a few set-up lines
(``train set size: 1168`` ...), ``use device: cpu``, per epoch a tqdm bar ``Epoch 1/500`` with
``unit='batch'`` and a ``loss=`` postfix set every batch, then ``epoch 1/500 - train loss:
5.2850, validation loss: 0.6312, validation R²: -9.0661, time: 0.12s``. Here: an MLP on
sklearn's diabetes data (standardised target), 7 epochs of 6 batches.

Truth: ``train/loss``, ``val/loss`` (``validation loss``) and ``val/R²`` (``validation R²``) at
the printed epoch; the bar's ``loss`` postfix (the batch loss, three significant digits as
tqdm prints it) once per epoch, its last state, which the closing bar always shows, no step;
earlier postfix states are optional (a bar draws only some of them). Times are no metric.
"""

import sys
import time

from _toy import diabetes
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, Xva, yva = diabetes(seed=10)
    print(f"numerical feature dimension: {Xtr.shape[1]}")
    print("categorical feature dimension: 0")
    print(f"preprocessed feature dimension: {Xtr.shape[1]}")
    print(f"train set size: {len(Xtr)}")
    print(f"validation set size: {len(Xva)}")
    print(f"use device: cpu")
    sys.stdout.flush()
    torch.manual_seed(10)
    model = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 1))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    crit = nn.MSELoss()
    truth = Truth()
    epochs = 7
    for epoch in range(1, epochs + 1):
        t0 = time.time()
        total = 0.0
        order = torch.randperm(len(Xtr), generator=torch.Generator().manual_seed(epoch))
        chunks = [order[i:i + 64] for i in range(0, len(Xtr), 64)]
        pbar = tqdm(chunks, desc=f"Epoch {epoch}/{epochs}", unit="batch")
        last = None
        for idx in pbar:
            opt.zero_grad()
            loss = crit(model(Xtr[idx]).squeeze(1), ytr[idx])
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
            pbar.set_postfix(loss=loss.item())
            if last is not None:
                truth.allow(loss=last)
            last = loss.item()
        pbar.close()
        truth.add(loss=last)
        with torch.no_grad():
            pred = model(Xva).squeeze(1)
            val_loss = crit(pred, yva).item()
            r2 = 1 - ((pred - yva) ** 2).sum().item() / ((yva - yva.mean()) ** 2).sum().item()
        train_loss = total / len(Xtr)
        print(f"epoch {epoch}/{epochs} - train loss: {train_loss:.4f}, validation loss: "
              f"{val_loss:.4f}, validation R²: {r2:.4f}, time: {time.time() - t0:.2f}s")
        sys.stdout.flush()
        truth.add(at=epoch, **{"train/loss": train_loss, "val/loss": val_loss, "val/R²": r2})
    truth.write("the script's epoch losses and R², and the bar's last batch loss",
                libraries=("torch", "tqdm"), rel=5e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cvexp": run}, root=HELDOUT39)
