"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written loop with a tqdm bar as in ChengJiacheng/unet ``nn/test.py``: ``with
tqdm(total=total, desc="进度条") as pbar:`` (a Chinese description, "progress bar"), each
iteration ``pbar.set_postfix({'loss' : '{0:1.5f}'.format(loss)})`` then ``pbar.update(1)`` (on
stderr). Here: a small denoising autoencoder in PyTorch on 16-sample signals, 20 Adam
iterations, the loss the MSE to the clean signals.

Truth: the script's loss of each iteration, ``loss`` (the bar's count is no labelled step: none
given). The postfix set at the last iteration is drawn again when the bar closes: the same
state, listed once.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    torch.manual_seed(31)
    t = torch.linspace(0, 1, 16)
    clean = torch.sin(2 * 3.14159 * (t + torch.rand(256, 1)) * (1 + 2 * torch.rand(256, 1)))
    noisy = clean + 0.3 * torch.randn_like(clean)
    model = nn.Sequential(nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 16))
    opt = torch.optim.Adam(model.parameters(), lr=0.02)
    truth = Truth()
    total = 20
    with tqdm(total=total, desc="进度条") as pbar:
        for i in range(total):
            loss_t = nn.functional.mse_loss(model(noisy), clean)
            opt.zero_grad()
            loss_t.backward()
            opt.step()
            loss = loss_t.item()
            pbar.set_postfix({'loss' : '{0:1.5f}'.format(loss)})
            pbar.update(1)
            truth.add(loss=loss)
    truth.write("the script's loss of each iteration", libraries=("torch", "tqdm"), rel=1e-4)


if __name__ == "__main__":
    main(__file__, {"unet": run}, root=HELDOUT31)
