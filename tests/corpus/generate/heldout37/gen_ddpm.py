"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

A denoising-diffusion loop printing as YHL04/ddpm ``__main__.py``: every 20th step (here every 10th)
``print(f"Epoch {epoch} | step {step:03d} Loss: {loss} ")`` (the step zero-padded to three
digits and restarting each epoch, the loss an unformatted Python float, a trailing space). Here:
a DDPM (T = 50, linear betas) with a small MLP noise predictor on 2-D points of a ring, Adam,
4 epochs of 60 steps.

Truth: the step loss, ``Loss``, at the printed epoch (the ``step`` restarts each epoch: no step of
its own), at full precision.
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import math

    import torch
    import torch.nn as nn

    torch.manual_seed(10)
    T = 50
    betas = torch.linspace(1e-4, 0.05, T)
    abar = torch.cumprod(1 - betas, 0)
    angle = torch.rand(3840) * 2 * math.pi
    data = torch.stack([angle.cos(), angle.sin()], 1) + 0.05 * torch.randn(3840, 2)
    net = nn.Sequential(nn.Linear(3, 64), nn.SiLU(), nn.Linear(64, 64), nn.SiLU(), nn.Linear(64, 2))
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    truth = Truth()

    def train_step(x0):
        t = torch.randint(0, T, (len(x0),))
        eps = torch.randn_like(x0)
        a = abar[t][:, None]
        xt = a.sqrt() * x0 + (1 - a).sqrt() * eps
        pred = net(torch.cat([xt, (t[:, None].float() / T)], 1))
        loss = ((pred - eps) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()

    for epoch in range(4):
        perm = torch.randperm(len(data))
        for step in range(60):
            loss = train_step(data[perm[step * 64:(step + 1) * 64]])
            if step % 10 == 0:
                print(f"Epoch {epoch} | step {step:03d} Loss: {loss} ")
                truth.add(at=epoch, Loss=loss)
    truth.write("the script's step losses", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"ddpm": run}, root=HELDOUT37)
