"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A small U-Net on synthetic shape masks printing as Heythem985/implementing-a-U_NET ``train.py``:
per epoch ``f'Epoch {ep}/{epochs} — loss: {loss:.4f}'`` (an em dash; the sample-weighted mean
BCE-with-logits loss), then ``Saved model to unet_small.pth`` (no file is written here). The
original uses 200 64x64 images and 3 epochs; here 96 16x16 images of squares and discs, a
two-level U-Net, 15 epochs.

Truth: ``loss`` at the printed epoch.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    rng = np.random.default_rng(12)
    n, s = 96, 16
    imgs, masks = np.zeros((n, 1, s, s), np.float32), np.zeros((n, 1, s, s), np.float32)
    yy, xx = np.mgrid[:s, :s]
    for k in range(n):
        cx, cy, r = rng.integers(4, 12), rng.integers(4, 12), rng.integers(2, 5)
        m = ((xx - cx) ** 2 + (yy - cy) ** 2 <= r * r) if k % 2 else (
            (abs(xx - cx) <= r) & (abs(yy - cy) <= r))
        masks[k, 0] = m
        imgs[k, 0] = m * 0.8 + rng.normal(0, 0.3, (s, s))
    imgs, masks = torch.tensor(imgs), torch.tensor(masks)
    torch.manual_seed(12)

    def conv(i, o):
        return nn.Sequential(nn.Conv2d(i, o, 3, padding=1), nn.ReLU(), nn.Conv2d(o, o, 3, padding=1),
                             nn.ReLU())

    class UNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.d1, self.d2 = conv(1, 8), conv(8, 16)
            self.up = nn.ConvTranspose2d(16, 8, 2, stride=2)
            self.u1 = conv(16, 8)
            self.out = nn.Conv2d(8, 1, 1)

        def forward(self, x):
            a = self.d1(x)
            b = self.d2(nn.functional.max_pool2d(a, 2))
            return self.out(self.u1(torch.cat([self.up(b), a], 1)))

    model = UNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    loss_fn = nn.BCEWithLogitsLoss()
    epochs = 15
    truth = Truth()
    for ep in range(1, epochs + 1):
        model.train()
        total_loss = 0.0
        g = torch.Generator().manual_seed(ep)
        order = torch.randperm(n, generator=g)
        for i in range(0, n, 8):
            j = order[i:i + 8]
            loss = loss_fn(model(imgs[j]), masks[j])
            opt.zero_grad()
            loss.backward()
            opt.step()
            total_loss += loss.item() * len(j)
        loss = total_loss / n
        print(f'Epoch {ep}/{epochs} — loss: {loss:.4f}')
        truth.add(at=ep, loss=loss)
    print('Saved model to unet_small.pth')
    truth.write("the script's epoch mean loss", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"unetshapes": run}, root=HELDOUT54)
