"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

An adversarially learned inference (ALI) loop printing as vwrs/ali-mnist ``train.py`` with
``utils.py``'s ``prog_ali``: each batch ``sys.stdout.write("\\r%3d: [%5d / %5d] G: %.4f D: %.4f
D(x,Gz(x)): %.4f D(Gx(z),z): %.4f" % (epoch, batch, n_batches, loss_g, loss_d, dx, dgz))``
(one terminal line redrawn), and ``print()`` after each epoch. Here: ALI on 2-D points of two
Gaussian blobs with 1-D codes, small MLPs, softplus losses as in the original, 3 epochs of 4
batches.

Truth: ``G`` and ``D`` (the generator and discriminator losses), ``D(x,Gz(x))`` and
``D(Gx(z),z)`` (the discriminator's mean logits) of each write, no step (the ``%3d:`` epoch and
the batch counter are counters on a redrawn line: not given).
"""

import sys

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    from itertools import chain

    import torch
    import torch.nn as nn

    def prog_ali(e, b, b_total, loss_g, loss_d, dx, dgz):
        sys.stdout.write("\r%3d: [%5d / %5d] G: %.4f D: %.4f D(x,Gz(x)): %.4f D(Gx(z),z): %.4f"
                         % (e, b, b_total, loss_g, loss_d, dx, dgz))
        sys.stdout.flush()

    torch.manual_seed(8)
    centers = torch.tensor([[2.0, 0.0], [-2.0, 1.0]])
    data = centers[torch.randint(0, 2, (320,))] + 0.3 * torch.randn(320, 2)
    Gx = nn.Sequential(nn.Linear(1, 16), nn.ReLU(), nn.Linear(16, 2))
    Gz = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2))
    Dxz = nn.Sequential(nn.Linear(3, 16), nn.LeakyReLU(0.2), nn.Linear(16, 1))
    optim_g = torch.optim.Adam(chain(Gx.parameters(), Gz.parameters()), lr=2e-3, betas=(.5, .999))
    optim_d = torch.optim.Adam(Dxz.parameters(), lr=1e-3, betas=(.5, .999))
    softplus = nn.Softplus()
    truth = Truth()
    BS = 80
    N = len(data) // BS
    for epoch in range(3):
        perm = torch.randperm(len(data))
        for i in range(N):
            imgs = data[perm[i * BS:(i + 1) * BS]]
            zv = torch.randn(BS, 1)
            encoded = Gz(imgs)
            z_enc = encoded[:, :1] + encoded[:, 1:].exp() * torch.randn(BS, 1)
            d_true = Dxz(torch.cat((imgs, z_enc), dim=1))
            d_fake = Dxz(torch.cat((Gx(zv), zv), dim=1))
            loss_d = torch.mean(softplus(-d_true) + softplus(d_fake))
            loss_g = torch.mean(softplus(d_true) + softplus(-d_fake))
            optim_d.zero_grad()
            loss_d.backward(retain_graph=True)
            optim_g.zero_grad()
            loss_g.backward()
            optim_d.step()
            optim_g.step()
            prog_ali(epoch + 1, i + 1, N, loss_g.item(), loss_d.item(), d_true.mean().item(),
                     d_fake.mean().item())
            truth.add(**{"G": loss_g.item(), "D": loss_d.item(),
                         "D(x,Gz(x))": d_true.mean().item(), "D(Gx(z),z)": d_fake.mean().item()})
        print()
    truth.write("the script's batch losses and mean discriminator outputs", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"alimnist": run}, root=HELDOUT37)
