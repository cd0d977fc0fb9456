"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written segmentation loop printing as howdrox/MRI-Analysis ``report/2-train_10_epochs.md``
(its kept run): ``Start time: <datetime>``, ``reading train images...``, ``done creating train
dataset``, the same for validation, then per epoch ``epoch 1, phase train, total step 0``, every
10th global step ``epoch 1, phase train, step 10, loss_train, 0.833``, ``epoch 1, phase valid,
total step 41``, ``epoch 1 | val_loss: 0.7647483065014794``, ``epoch 1 | val_dsc:
0.7146526799177243`` and ``Time:  <datetime>``. Here: a small 1-D convolutional segmenter on
synthetic noisy step signals, soft Dice loss, Adam, batches of 8 (41 steps an epoch), 5 epochs.

Truth: ``loss_train`` (three decimals) at the global step the line prints (``step 10``; the
epoch is carried but the step counts on across epochs); ``val_loss`` and ``val_dsc`` (full
precision) at the printed epoch. Times and ``total step`` counts are no metrics.
"""

from _toy import batches  # noqa: F401
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import datetime

    import numpy as np
    import torch
    import torch.nn as nn

    rng = np.random.default_rng(8)
    torch.manual_seed(8)

    def make(n):
        X = np.zeros((n, 1, 64), np.float32)
        Y = np.zeros((n, 1, 64), np.float32)
        for i in range(n):
            a = rng.integers(5, 40)
            b = a + rng.integers(8, 20)
            Y[i, 0, a:b] = 1
            X[i, 0] = Y[i, 0] + rng.normal(0, 0.6, 64)
        return torch.tensor(X), torch.tensor(Y)

    print("Start time:", datetime.datetime.now())
    print("reading train images...")
    Xtr, Ytr = make(328)
    print("done creating train dataset")
    print("reading validation images...")
    Xva, Yva = make(80)
    print("done creating validation dataset")
    net = nn.Sequential(nn.Conv1d(1, 8, 5, padding=2), nn.ReLU(), nn.Conv1d(8, 1, 5, padding=2),
                        nn.Sigmoid())
    opt = torch.optim.Adam(net.parameters(), lr=0.003)

    def dice_loss(p, y):
        return 1 - (2 * (p * y).sum() + 1) / (p.sum() + y.sum() + 1)

    truth = Truth()
    step = 0
    for epoch in range(1, 6):
        print(f"epoch {epoch}, phase train, total step {step}")
        perm = torch.randperm(len(Xtr))
        for i in range(0, len(Xtr), 8):
            j = perm[i:i + 8]
            loss = dice_loss(net(Xtr[j]), Ytr[j])
            opt.zero_grad()
            loss.backward()
            opt.step()
            step += 1
            if step % 10 == 0:
                print(f"epoch {epoch}, phase train, step {step}, loss_train, {loss.item():.3f}")
                truth.add(at=step, loss_train=loss.item())
        print(f"epoch {epoch}, phase valid, total step {step}")
        with torch.no_grad():
            losses, dscs = [], []
            for i in range(0, len(Xva), 8):
                p = net(Xva[i:i + 8])
                losses.append(dice_loss(p, Yva[i:i + 8]).item())
                pb = (p > 0.5).float()
                y = Yva[i:i + 8]
                dscs.append(((2 * (pb * y).sum(dim=(1, 2))) / (pb.sum(dim=(1, 2)) + y.sum(dim=(1, 2)))).mean().item())
        val_loss, val_dsc = float(np.mean(losses)), float(np.mean(dscs))
        print(f"epoch {epoch} | val_loss: {val_loss}")
        print(f"epoch {epoch} | val_dsc: {val_dsc}")
        truth.add(at=epoch, val_loss=val_loss, val_dsc=val_dsc)
        print("Time: ", datetime.datetime.now())
    truth.write("the loop's batch Dice losses and the validation loss and Dice score",
                libraries=("torch",), rel=1e-6, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"mrilog": run}, root=HELDOUT48)
