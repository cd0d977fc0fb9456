"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written GAN loop printing as vltkv/Generate-faces-with-GAN ``training/training.py`` does:
every 50 batches ``print(f'[{epoch}/{num_epochs}][{i}/{len(dataloader)}]\\tLoss_D:
{errD.item():.4f}\\tLoss_G: {errG.item():.4f}')`` (tab-separated). Here: a GAN of two small MLPs
on 2-D points of a ring of eight Gaussians, BCE losses, 5 epochs of 120 batches.

Truth: the script's ``errD.item()`` and ``errG.item()`` of each printed batch, ``Loss_D`` and
``Loss_G``. The line states two counters, ``[epoch/num_epochs][batch/batches]``, neither of them a
global step: no step is given (a judgement call, said in the README).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import math

    import torch
    import torch.nn as nn
    from torch.utils.data import DataLoader, TensorDataset

    torch.manual_seed(31)
    centers = torch.tensor([[math.cos(2 * math.pi * k / 8), math.sin(2 * math.pi * k / 8)]
                            for k in range(8)]) * 2.0
    points = centers[torch.randint(0, 8, (1920,))] + 0.05 * torch.randn(1920, 2)
    dataloader = DataLoader(TensorDataset(points), batch_size=16, shuffle=True)
    nz = 4
    netG = nn.Sequential(nn.Linear(nz, 32), nn.ReLU(), nn.Linear(32, 2))
    netD = nn.Sequential(nn.Linear(2, 32), nn.LeakyReLU(0.2), nn.Linear(32, 1), nn.Sigmoid())
    criterion = nn.BCELoss()
    optimizerD = torch.optim.Adam(netD.parameters(), lr=2e-3, betas=(0.5, 0.999))
    optimizerG = torch.optim.Adam(netG.parameters(), lr=2e-3, betas=(0.5, 0.999))
    truth = Truth()
    num_epochs = 5
    for epoch in range(num_epochs):
        for i, (real_cpu,) in enumerate(dataloader, 0):
            netD.zero_grad()
            b_size = real_cpu.size(0)
            output_real = netD(real_cpu).view(-1)
            errD_real = criterion(output_real, torch.ones_like(output_real))
            errD_real.backward()
            noise = torch.randn(b_size, nz)
            fake = netG(noise)
            output_fake = netD(fake.detach()).view(-1)
            errD_fake = criterion(output_fake, torch.zeros_like(output_fake))
            errD_fake.backward()
            errD = errD_real + errD_fake
            optimizerD.step()
            netG.zero_grad()
            output = netD(fake).view(-1)
            errG = criterion(output, torch.ones_like(output))
            errG.backward()
            optimizerG.step()
            if i % 50 == 0:
                print(f'[{epoch}/{num_epochs}][{i}/{len(dataloader)}]\tLoss_D: {errD.item():.4f}'
                      f'\tLoss_G: {errG.item():.4f}')
                truth.add(Loss_D=errD.item(), Loss_G=errG.item())
    truth.write("the script's errD.item() and errG.item() of each printed batch",
                libraries=("torch",), rel=1e-3)


if __name__ == "__main__":
    main(__file__, {"ganfaces": run}, root=HELDOUT31)
