"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A hand-written PyTorch GAN loop printing as khusbuchampaneriagithub/streamlit_stock
``gn/step8.py``: every 4th batch an f-string continued with a backslash inside the string, so
the continuation line's six leading tabs are part of the output: ``Epoch [1/5]`` + six tabs +
``Batch 4/16 Discriminator Loss: 0.6931 Generator Loss: 0.6931``. Here: a GAN on a 2-D ring of
points (MLP generator and discriminator), Adam, 5 epochs of 16 batches.

Truth: ``Discriminator Loss`` and ``Generator Loss`` of each printed line at the printed epoch
(the batch counter restarts each epoch and is no step of its own).
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import math

    import torch
    import torch.nn as nn

    torch.manual_seed(8)
    n = 16 * 32
    ang = torch.rand(n) * 2 * math.pi
    data = torch.stack([torch.cos(ang), torch.sin(ang)], 1) + 0.05 * torch.randn(n, 2)
    dataloader = [(data[i:i + 32],) for i in range(0, n, 32)]
    latent_dim = 4
    generator = nn.Sequential(nn.Linear(latent_dim, 32), nn.ReLU(), nn.Linear(32, 2))
    discriminator = nn.Sequential(nn.Linear(2, 32), nn.LeakyReLU(0.2), nn.Linear(32, 1),
                                  nn.Sigmoid())
    adversarial_loss = nn.BCELoss()
    optimizer_G = torch.optim.Adam(generator.parameters(), lr=2e-3, betas=(0.5, 0.999))
    optimizer_D = torch.optim.Adam(discriminator.parameters(), lr=2e-3, betas=(0.5, 0.999))
    num_epochs = 5
    truth = Truth()
    for epoch in range(num_epochs):
        for i, batch in enumerate(dataloader):
            real_images = batch[0]
            valid = torch.ones(real_images.size(0), 1)
            fake = torch.zeros(real_images.size(0), 1)
            optimizer_D.zero_grad()
            z = torch.randn(real_images.size(0), latent_dim)
            fake_images = generator(z)
            real_loss = adversarial_loss(discriminator(real_images), valid)
            fake_loss = adversarial_loss(discriminator(fake_images.detach()), fake)
            d_loss = (real_loss + fake_loss) / 2
            d_loss.backward()
            optimizer_D.step()
            optimizer_G.zero_grad()
            gen_images = generator(z)
            g_loss = adversarial_loss(discriminator(gen_images), valid)
            g_loss.backward()
            optimizer_G.step()
            if (i + 1) % 4 == 0:
                print(
                    f"Epoch [{epoch+1}/{num_epochs}]\
						Batch {i+1}/{len(dataloader)} "
                    f"Discriminator Loss: {d_loss.item():.4f} "
                    f"Generator Loss: {g_loss.item():.4f}"
                )
                truth.add(at=epoch + 1, **{"Discriminator Loss": d_loss.item(),
                                           "Generator Loss": g_loss.item()})
    truth.write("the script's discriminator and generator batch losses", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"stockgan": run}, root=HELDOUT38)
