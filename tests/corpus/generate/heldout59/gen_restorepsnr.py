"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

An image-restoration CNN trained with AdamW, a cosine schedule, L1 loss and gradient clipping,
printing as Rain016/NYCU-Computer-Vision-2026-Spring ``hw4/train.py``: ``f'Train:
{len(train_files)}  Val: {len(val_files)}'``, ``f'Model params: {n_params:.1f}M'``, per epoch a
tqdm bar described ``f'[{epoch}/{args.epochs}]'`` (``leave=False``) whose postfix is
``loss=f'{loss.item():.4f}'`` (a string), then either ``f'Epoch {epoch:4d} |
loss={avg_loss:.4f} | lr={lr_now:.2e} | val PSNR={val_psnr:.2f} dB'`` (every ``val_freq``
epochs and the last) with ``f'  -> Saved best (PSNR={best_psnr:.2f})'`` on a new best, or the
same line without the PSNR. The file's mixed precision (CUDA autocast and GradScaler) is left
out on the CPU, and no checkpoint is written. The repository's dataset and model modules were
not read: here 8x8 digit images degraded by noise and a blur, restored by a 3-layer residual
CNN, batches of 4 (drop_last), 3 batches a pass, validation on 6 full images one at a time,
lr 3e-4, 5 epochs, ``--val_freq 5``.

Truth: each bar state's ``loss`` at the bar's epoch; ``loss`` (the epoch mean) and ``val PSNR``
at the printed epoch; the saved-best PSNR is optional (``PSNR``); ``lr`` is a schedule and
``Model params`` is optional.
"""

from _toy import digits
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import random

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    import torch.optim as optim
    from tqdm import tqdm

    random.seed(42); np.random.seed(42); torch.manual_seed(42)
    Xtr, _, Xva, _, _, _ = digits(seed=42)
    def imgs(X, n):
        x = X[:n].view(-1, 1, 8, 8)
        x = (x - x.amin()) / (x.amax() - x.amin())
        blur = F.avg_pool2d(F.pad(x, (1, 1, 1, 1), mode='replicate'), 3, stride=1)
        return (blur + 0.15 * torch.randn_like(x)).clamp(0, 1), x
    train_deg, train_cln = imgs(Xtr, 12)
    val_deg, val_cln = imgs(Xva, 6)
    truth = Truth()

    def psnr(pred, target, max_val=1.0):
        mse = F.mse_loss(pred.float(), target.float())
        return (20 * torch.log10(torch.tensor(max_val)) - 10 * torch.log10(mse)).item()

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.body = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(),
                                      nn.Conv2d(16, 16, 3, padding=1), nn.ReLU(),
                                      nn.Conv2d(16, 1, 3, padding=1))

        def forward(self, x):
            return x + self.body(x)

    print(f'Train: {len(train_deg)}  Val: {len(val_deg)}')
    model = Net()
    n_params = sum(p.numel() for p in model.parameters()) / 1e6
    print(f'Model params: {n_params:.1f}M')
    truth.allow(**{"Model params": n_params})
    epochs, val_freq = 5, 5
    optimizer = optim.AdamW(model.parameters(), lr=3e-4, betas=(0.9, 0.999), weight_decay=1e-4)
    scheduler = optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs, eta_min=1e-6)
    criterion = nn.L1Loss()
    best_psnr = 0.0
    for epoch in range(1, epochs + 1):
        model.train()
        total_loss = 0.0
        order = torch.randperm(len(train_deg))
        train_loader = [(train_deg[order[i:i + 4]], train_cln[order[i:i + 4]]) for i in range(0, 12, 4)]
        pbar = tqdm(train_loader, desc=f'[{epoch}/{epochs}]', leave=False)
        for deg, cln in pbar:
            optimizer.zero_grad(set_to_none=True)
            loss = criterion(model(deg), cln)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
            optimizer.step()
            total_loss += loss.item()
            pbar.set_postfix(loss=f'{loss.item():.4f}')
            truth.add(at=epoch, loss=float(f'{loss.item():.4f}'))
        scheduler.step()
        avg_loss = total_loss / len(train_loader)
        lr_now = optimizer.param_groups[0]['lr']
        if epoch % val_freq == 0 or epoch == epochs:
            model.eval()
            with torch.no_grad():
                val_psnr = sum(psnr(model(val_deg[i:i + 1]).clamp(0, 1), val_cln[i:i + 1])
                               for i in range(len(val_deg))) / len(val_deg)
            print(f'Epoch {epoch:4d} | loss={avg_loss:.4f}'
                  f' | lr={lr_now:.2e} | val PSNR={val_psnr:.2f} dB')
            truth.add(at=epoch, loss=avg_loss, **{"val PSNR": val_psnr})
            if val_psnr > best_psnr:
                best_psnr = val_psnr
                print(f'  -> Saved best (PSNR={best_psnr:.2f})')
                truth.allow(PSNR=best_psnr)
        else:
            print(f'Epoch {epoch:4d} | loss={avg_loss:.4f} | lr={lr_now:.2e}')
            truth.add(at=epoch, loss=avg_loss)
    truth.write("the postfix strings' values, the epoch mean L1 loss and the mean validation "
                "PSNR", libraries=("torch", "tqdm"), rel=1e-5, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"restorepsnr": run}, root=HELDOUT59)
