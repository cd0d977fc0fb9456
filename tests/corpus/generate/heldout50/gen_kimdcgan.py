"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A GAN printing as KimRass/DCGAN ``train.py``: each epoch one line assembled from six ``print``
calls with ``end=""``: ``f"[ {epoch}/{n_epochs} ][ {elapsed} ]"``, ``f"[ Real D loss: {..:
.4f} ]"``, ``f"[ Fake D loss: {..: .4f} ]"``, ``f"[ G loss: {..: .4f} ]"``, ``f"[ D(x): {..:
.4f} ]"``, ``f"[ D(G(z)): {..: .4f} | {..: .4f}]"`` (a space-sign format), then ``Saved
checkpoint.`` when the summed losses improve. Here: an MLP generator and discriminator on
sklearn's digits in [-1, 1] instead of the DCGAN on CelebA; BCE, Adam; 6 epochs. The original
formats the last batch's prediction tensors ``real_pred``/``fake_pred1``/``fake_pred2``
directly, which a batch tensor cannot be; here their means are printed. The elapsed time is
``str(timedelta)`` of whole seconds (the original's ``get_elapsed_time`` is not shown).

Truth: ``Real D loss``, ``Fake D loss``, ``G loss`` (epoch means), ``D(x)`` and the two values
after ``D(G(z))`` (both under that name) at the epoch of the ``[ e/E ]`` prefix.
"""

from _toy import digits
from _capture import HELDOUT50, Truth, main


def run() -> None:
    from datetime import timedelta
    from time import time

    import torch
    import torch.nn as nn
    from torch.optim import Adam
    from torch.utils.data import DataLoader, TensorDataset

    torch.manual_seed(14)
    Xtr, _, _, _, _, _ = digits(seed=14, scale=False)
    train_dl = DataLoader(TensorDataset(Xtr * 2 - 1), batch_size=64, shuffle=True,
                          drop_last=True)
    LATENT_DIM, n_epochs, batch_size, gen_weight = 16, 6, 64, 1.0
    gen = nn.Sequential(nn.Linear(LATENT_DIM, 64), nn.ReLU(), nn.Linear(64, 64), nn.Tanh())
    disc = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Linear(64, 1), nn.Sigmoid())
    disc_optim = Adam(params=disc.parameters(), lr=1e-3, betas=(0.5, 0.999))
    gen_optim = Adam(params=gen.parameters(), lr=1e-3, betas=(0.5, 0.999))
    crit = nn.BCELoss()

    def get_elapsed_time(start_time):
        return str(timedelta(seconds=round(time() - start_time)))

    truth = Truth()
    best_loss = float("inf")
    for epoch in range(1, n_epochs + 1):
        accum_real_disc_loss = accum_fake_disc_loss = accum_gen_loss = 0
        start_time = time()
        for step, (real_image,) in enumerate(train_dl, start=1):
            real_label = torch.ones(size=(batch_size, 1))
            fake_label = torch.zeros(size=(batch_size, 1))
            real_pred = disc(real_image)
            real_disc_loss = crit(real_pred, real_label)
            noise = torch.randn(batch_size, LATENT_DIM)
            fake_image = gen(noise)
            fake_pred1 = disc(fake_image.detach())
            fake_disc_loss = crit(fake_pred1, fake_label)
            disc_loss = real_disc_loss + fake_disc_loss
            disc_optim.zero_grad()
            disc_loss.backward()
            disc_optim.step()
            fake_pred2 = disc(fake_image)
            gen_loss = crit(fake_pred2, real_label)
            gen_loss *= gen_weight
            gen_optim.zero_grad()
            gen_loss.backward()
            gen_optim.step()
            accum_real_disc_loss += real_disc_loss.item()
            accum_fake_disc_loss += fake_disc_loss.item()
            accum_gen_loss += gen_loss.item()

        r, f = accum_real_disc_loss / len(train_dl), accum_fake_disc_loss / len(train_dl)
        g = accum_gen_loss / len(train_dl) / gen_weight
        dx, dgz1, dgz2 = (real_pred.mean().item(), fake_pred1.mean().item(),
                          fake_pred2.mean().item())
        print(f"[ {epoch}/{n_epochs} ][ {get_elapsed_time(start_time)} ]", end="")
        print(f"[ Real D loss: {r: .4f} ]", end="")
        print(f"[ Fake D loss: {f: .4f} ]", end="")
        print(f"[ G loss: {g: .4f} ]", end="")
        print(f"[ D(x): {dx: .4f} ]", end="")
        print(f"[ D(G(z)): {dgz1: .4f} | {dgz2: .4f}]")
        truth.add(at=epoch, **{"Real D loss": r, "Fake D loss": f, "G loss": g, "D(x)": dx,
                               "D(G(z))": dgz1})
        truth.add(at=epoch, **{"D(G(z))": dgz2})

        tot_loss = accum_real_disc_loss + accum_gen_loss
        if tot_loss < best_loss:
            print(f"Saved checkpoint.")
            best_loss = tot_loss
    truth.write("the epoch's mean losses and the last batch's mean discriminator outputs",
                libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"kimdcgan": run}, root=HELDOUT50)
