"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written GAN loop printing as Sezoir/DCGAN-Dog-Generator ``DCGAN.py`` (``DCGAN.train``):
per epoch a tqdm bar (total = the number of batches) whose description is set each batch to
``Progress for epoch {0}`` (``"{%s}" % epoch``) and whose postfix string is ``Generator loss:
0.69315, Discriminator loss: 1.38629`` (``set_postfix_str``). Here: PyTorch stands in for
TensorFlow, a small MLP GAN on the 8x8 digits, 3 epochs of 4 batches.

Truth: ``Generator loss`` and ``Discriminator loss`` of each postfix state, at the epoch the
description names (the braces are the original's own).
"""

from _toy import digit_images
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import tqdm

    imgs, _ = digit_images(seed=8)
    X = imgs.view(-1, 64)[:256]
    torch.manual_seed(8)
    G = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, 64), nn.Tanh())
    D = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Linear(64, 1))
    og = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
    od = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
    bce = F.binary_cross_entropy_with_logits
    truth = Truth()
    bs = 64
    for epoch in range(3):
        with tqdm(total=len(X) // bs) as pbar:
            for i in range(0, len(X), bs):
                images = X[i:i + bs]
                noise = torch.randn(len(images), 16)
                fake = G(noise)
                real_out, fake_out = D(images), D(fake.detach())
                disc_loss = bce(real_out, torch.ones_like(real_out)) + bce(fake_out, torch.zeros_like(fake_out))
                od.zero_grad()
                disc_loss.backward()
                od.step()
                gen_out = D(fake)
                gen_loss = bce(gen_out, torch.ones_like(gen_out))
                og.zero_grad()
                gen_loss.backward()
                og.step()
                pbar.set_description("Progress for epoch {%s}" % epoch)
                pbar.set_postfix_str("Generator loss: {:.5f}, Discriminator loss: {:.5f}".format(
                    gen_loss.item(), disc_loss.item()))
                truth.add(at=epoch, **{"Generator loss": gen_loss.item(),
                                       "Discriminator loss": disc_loss.item()})
                pbar.update(1)
            pbar.close()
    truth.write("the script's batch generator and discriminator losses",
                libraries=("torch", "tqdm"), rel=1e-4, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"doggan": run}, root=HELDOUT45)
