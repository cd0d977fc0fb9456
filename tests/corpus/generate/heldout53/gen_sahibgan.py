"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A hand-written conditional GAN loop printing as sahibgoa/DCGAN-MNIST ``v2/dcgan_mnist.py``
(``GAN.train``): after each epoch ``'{}: avg_d {}\\tavg_g {}'.format(epoch, loss_d_sum /
num_steps, loss_g_sum / num_steps)``, the epoch counted from 0 and the averages printed whole
(the original sums the float32 numbers a TensorFlow session returns; here they are float32 too).
Here: label-conditioned MLP generator and discriminator (PyTorch instead of TensorFlow 1) on
sklearn's digits, Adam(beta1=0.5), batch 64, 16 epochs; the sample-image saving is left out.

Truth: ``avg_d`` and ``avg_g`` at the printed epoch (the leading number, 0-based).
"""

from _toy import digits_np
from _capture import HELDOUT53, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    Xtr, ytr, _, _ = digits_np(seed=2)
    X = torch.tensor(Xtr, dtype=torch.float32)
    Y = F.one_hot(torch.tensor(ytr), 10).float()
    torch.manual_seed(2)
    gen = nn.Sequential(nn.Linear(100 + 10, 128), nn.ReLU(), nn.Linear(128, 64), nn.Sigmoid())
    disc = nn.Sequential(nn.Linear(64 + 10, 128), nn.LeakyReLU(0.2), nn.Linear(128, 1))
    opt_d = torch.optim.Adam(disc.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_g = torch.optim.Adam(gen.parameters(), lr=2e-4, betas=(0.5, 0.999))
    batch_size, num_epoch = 64, 16
    g = torch.Generator().manual_seed(3)
    truth = Truth()
    for epoch in range(num_epoch):
        loss_g_sum = loss_d_sum = 0
        num_steps = len(X) // batch_size
        order = torch.randperm(len(X), generator=g)
        for step in range(num_steps):
            j = order[step * batch_size:(step + 1) * batch_size]
            x, y = X[j], Y[j]
            z = torch.randn(batch_size, 100, generator=g)
            logits_real = disc(torch.cat([x, y], 1))
            logits_fake = disc(torch.cat([gen(torch.cat([z, y], 1)).detach(), y], 1))
            loss_d = (F.binary_cross_entropy_with_logits(logits_real, torch.ones_like(logits_real))
                      + F.binary_cross_entropy_with_logits(logits_fake, torch.zeros_like(logits_fake)))
            opt_d.zero_grad()
            loss_d.backward()
            opt_d.step()
            loss_d_sum += np.float32(loss_d.item())

            z = torch.randn(batch_size, 100, generator=g)
            logits_fake = disc(torch.cat([gen(torch.cat([z, y], 1)), y], 1))
            loss_g = F.binary_cross_entropy_with_logits(logits_fake, torch.ones_like(logits_fake))
            opt_g.zero_grad()
            loss_g.backward()
            opt_g.step()
            loss_g_sum += np.float32(loss_g.item())

        avg_d, avg_g = loss_d_sum / num_steps, loss_g_sum / num_steps
        print('{}: avg_d {}\tavg_g {}'.format(epoch, avg_d, avg_g))
        truth.add(at=epoch, avg_d=avg_d, avg_g=avg_g)
    truth.write("the script's epoch mean losses (float32)", libraries=("torch",), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"sahibgan": run}, root=HELDOUT53)
