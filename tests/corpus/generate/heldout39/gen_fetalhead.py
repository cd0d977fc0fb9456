"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as TrinhThaiSonDHQT/Fetal-Head-Segmentation
``notebooks/accuracy_focus/standard_u_net/standard_u-net_results.tsx`` (a kept training log):
per epoch a block ``Epoch 1/100``, ``  Train Loss: 0.9677``, ``  Val Loss:   0.9568``, ``  Val
Dice:   0.1005``, ``  Val IoU:    0.0530``, ``  Val PA:     0.8672``, ``  LR:         0.000100``,
``  → Saved best model (Dice: 0.1005)`` when the Dice improved, and a blank line. Here: a 1-D
segmentation toy (a small conv net marking the bump in noisy signals), Dice+BCE loss, 10 epochs,
the learning rate halved at epoch 6.

Truth: ``train/Loss``, ``val/Loss``, ``val/Dice``, ``val/IoU``, ``val/PA`` at the block's epoch;
``LR`` is a setting (optional); the ``Saved best model`` Dice repeats the block's (optional).
"""

from _toy import batches  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    g = torch.Generator().manual_seed(8)

    def make(n):
        x = torch.randn(n, 1, 48, generator=g) * 0.6
        m = torch.zeros(n, 1, 48)
        for k in range(n):
            a = int(torch.randint(4, 30, (1,), generator=g))
            w = int(torch.randint(6, 14, (1,), generator=g))
            m[k, 0, a:a + w] = 1
        return x + m, m

    Xtr, Mtr = make(256)
    Xva, Mva = make(64)
    torch.manual_seed(8)
    model = nn.Sequential(nn.Conv1d(1, 8, 5, padding=2), nn.ReLU(), nn.Conv1d(8, 1, 5, padding=2))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    bce = nn.BCEWithLogitsLoss()

    def dice_loss(logits, m):
        p = torch.sigmoid(logits)
        return 1 - (2 * (p * m).sum() + 1) / (p.sum() + m.sum() + 1)

    truth = Truth()
    best = 0.0
    epochs = 10
    for epoch in range(1, epochs + 1):
        if epoch == 6:
            for grp in opt.param_groups:
                grp['lr'] = 5e-4
        total = 0.0
        for i in range(0, 256, 32):
            opt.zero_grad()
            out = model(Xtr[i:i + 32])
            loss = dice_loss(out, Mtr[i:i + 32]) + bce(out, Mtr[i:i + 32])
            loss.backward()
            opt.step()
            total += loss.item()
        train_loss = total / 8
        with torch.no_grad():
            out = model(Xva)
            val_loss = (dice_loss(out, Mva) + bce(out, Mva)).item()
            pred = (torch.sigmoid(out) > 0.5).float()
            inter = (pred * Mva).sum().item()
            dice = 2 * inter / (pred.sum().item() + Mva.sum().item() + 1e-8)
            iou = inter / ((pred + Mva).clamp(max=1).sum().item() + 1e-8)
            pa = (pred == Mva).float().mean().item()
        lr = opt.param_groups[0]['lr']
        print(f"Epoch {epoch}/{epochs}")
        print(f"  Train Loss: {train_loss:.4f}")
        print(f"  Val Loss:   {val_loss:.4f}")
        print(f"  Val Dice:   {dice:.4f}")
        print(f"  Val IoU:    {iou:.4f}")
        print(f"  Val PA:     {pa:.4f}")
        print(f"  LR:         {lr:.6f}")
        truth.add(at=epoch, **{"train/Loss": train_loss, "val/Loss": val_loss, "val/Dice": dice,
                               "val/IoU": iou, "val/PA": pa})
        truth.allow(LR=lr)
        if dice > best:
            best = dice
            print(f"  → Saved best model (Dice: {dice:.4f})")
            truth.allow(**{"Saved best model/Dice": dice, "Dice": dice})
        print()
    truth.write("the script's epoch losses and validation scores", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"fetalhead": run}, root=HELDOUT39)
