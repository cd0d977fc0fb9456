"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written PyTorch GAN loop reporting as Gerryflap/master_thesis
``trainloops/listeners/loss_reporter.py`` does: ``print("Epoch %d"%state_dict["epoch"])``, then
for each loss ``print(key + ": ", value)`` (one value a line, print's own space after the
colon, the float unformatted), then an empty ``print()``. Here: a GAN on 2-D points from a ring
of eight Gaussians, small MLPs, Adam, 15 epochs of 8 batches; the reported losses are the
epoch means of the discriminator and generator losses (keys ``D_loss``, ``G_loss``, the names
chosen here).

Truth: the script's epoch means, ``D_loss`` and ``G_loss``; no step (the value lines state
none; the epoch is on the line above).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import math

    import torch
    import torch.nn as nn

    def report(state_dict):
        print("Epoch %d" % state_dict["epoch"])
        for key, value in state_dict["losses"].items():
            print(key + ": ", value)
        print()

    torch.manual_seed(32)
    angles = torch.arange(8) * 2 * math.pi / 8
    centers = torch.stack([torch.cos(angles), torch.sin(angles)], 1) * 2
    G = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2))
    D = nn.Sequential(nn.Linear(2, 32), nn.LeakyReLU(0.2), nn.Linear(32, 1))
    oG = torch.optim.Adam(G.parameters(), lr=2e-3, betas=(0.5, 0.999))
    oD = torch.optim.Adam(D.parameters(), lr=2e-3, betas=(0.5, 0.999))
    bce = nn.BCEWithLogitsLoss()
    truth = Truth()
    for epoch in range(15):
        d_sum = g_sum = 0.0
        for _ in range(8):
            real = centers[torch.randint(0, 8, (64,))] + 0.1 * torch.randn(64, 2)
            fake = G(torch.randn(64, 4))
            d_loss = bce(D(real), torch.ones(64, 1)) + bce(D(fake.detach()), torch.zeros(64, 1))
            oD.zero_grad()
            d_loss.backward()
            oD.step()
            g_loss = bce(D(fake), torch.ones(64, 1))
            oG.zero_grad()
            g_loss.backward()
            oG.step()
            d_sum += d_loss.item()
            g_sum += g_loss.item()
        losses = {"D_loss": d_sum / 8, "G_loss": g_sum / 8}
        report({"epoch": epoch, "losses": losses})
        truth.add(**losses)
    truth.write("the script's epoch mean discriminator and generator losses",
                libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"gerryflap": run}, root=HELDOUT32)
