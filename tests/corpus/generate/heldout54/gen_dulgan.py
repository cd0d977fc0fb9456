"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

An MLP GAN printing as ADulian/GAN ``gan.py`` (``GAN.fit``): ``--- Training...``, then per epoch
``"\\nEpoch {}/{}"``, ``"Train - Disc: {:.5f} Gen: {:.5f}"`` (the epoch means of the batch
discriminator loss, half the real plus fake BCE, and of the generator loss) and ``Generating and
Saving Fixed Data``. Here: sklearn's digits (8x8, scaled to [-1, 1]) instead of MNIST, smaller
blocks, 14 epochs, no image files.

Truth: ``train/Disc`` and ``train/Gen`` at the printed epoch (the line's leading ``Train`` names
the phase).
"""

from _toy import batches, digits01
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    X, y = digits01(seed=6)
    X = X * 2 - 1
    torch.manual_seed(6)
    z_dim = 16

    def block(i, o, normalize=True):
        layers = [nn.Linear(i, o)]
        if normalize:
            layers.append(nn.BatchNorm1d(o, 0.8))
        layers.append(nn.LeakyReLU(0.2))
        return layers

    gen = nn.Sequential(*block(z_dim, 32, normalize=False), *block(32, 64),
                        nn.Linear(64, 64), nn.Tanh())
    disc = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Linear(64, 32), nn.Dropout(0.4),
                         nn.LeakyReLU(0.2), nn.Linear(32, 1), nn.Sigmoid())
    g_opt = torch.optim.Adam(gen.parameters(), lr=1e-3, betas=(0.5, 0.999))
    d_opt = torch.optim.Adam(disc.parameters(), lr=1e-3, betas=(0.5, 0.999))
    crit = nn.BCELoss()
    epochs = 14
    truth = Truth()
    print("--- Training...")
    for i in range(epochs):
        d_losses, g_losses = [], []
        for x, _ in batches(X, y, 128, i):
            b = x.shape[0]
            ones, zeros = torch.ones(b, 1), torch.zeros(b, 1)
            fake = gen(torch.randn(b, z_dim))
            d_opt.zero_grad()
            d_loss = (crit(disc(x), ones) + crit(disc(fake.detach()), zeros)) / 2
            d_loss.backward()
            d_opt.step()
            d_losses.append(d_loss.item())
            g_opt.zero_grad()
            g_loss = crit(disc(fake), ones)
            g_loss.backward()
            g_opt.step()
            g_losses.append(g_loss.item())
        dl, gl = np.mean(d_losses), np.mean(g_losses)
        print("\nEpoch {}/{}".format(i + 1, epochs))
        print("Train - Disc: {:.5f} Gen: {:.5f}".format(dl, gl))
        print("Generating and Saving Fixed Data")
        truth.add(at=i + 1, **{"train/Disc": dl, "train/Gen": gl})
    truth.write("the script's epoch mean losses", libraries=("torch",), rel=1e-3, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"dulgan": run}, root=HELDOUT54)
