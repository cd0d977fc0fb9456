"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

The training output kept in rohan2606/bayou
``src/main/python/bayou/models/low_level_evidences/nohuo.train.py`` (a stored log of a run):
``Reading data file...``, ``Done!``, ``Model parameters: 50361480.0`` (a float count), then
every 5 global steps ``1920/191900 (epoch 1) loss: 8.237, gen_loss: 8.051, Ret_loss 8.237,
FS_loss 7.963, KL_loss: 13.235, `` (note ``Ret_loss`` and ``FS_loss`` without a colon, a
trailing comma and space), each such line followed by a line holding a tab. Here: a small
variational autoencoder on sklearn's digits, Adam, 2 epochs; ``gen_loss`` the reconstruction,
``KL_loss`` the KL term, ``loss`` their weighted sum, ``Ret_loss`` the same total with the KL
weight 1 and ``FS_loss`` the reconstruction of the mean code (the original's are retrieval and
feature-selection losses of its model; the line format is the same).

Truth: ``loss``, ``gen_loss``, ``Ret_loss``, ``FS_loss``, ``KL_loss`` of each printed step, at
its global step (the ``1920/191900`` counter); ``Model parameters`` is a count (not listed).
"""

from _toy import batches, digits
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    print("Reading data file...")
    Xtr, ytr, _, _, _, _ = digits(seed=6)
    Xtr = (Xtr - Xtr.min()) / (Xtr.max() - Xtr.min())
    print("Done!")
    torch.manual_seed(6)
    enc = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 8))
    dec = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 64))
    params = list(enc.parameters()) + list(dec.parameters())
    print("Model parameters: {}".format(float(sum(p.numel() for p in params))))
    opt = torch.optim.Adam(params, lr=3e-3)
    truth = Truth()
    epochs, bs = 2, 30
    n_batches = (len(Xtr) + bs - 1) // bs
    total = epochs * n_batches
    step = 0
    for epoch in range(epochs):
        for X, _ in batches(Xtr, ytr, bs, epoch):
            mu, logvar = enc(X).chunk(2, dim=1)
            z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
            gen = F.mse_loss(dec(z), X, reduction="sum") / len(X)
            kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp()) / len(X)
            loss = gen + 0.1 * kl
            ret = gen + kl
            fs = F.mse_loss(dec(mu), X, reduction="sum") / len(X)
            opt.zero_grad()
            loss.backward()
            opt.step()
            step += 1
            if step % 10 == 0:
                print("{}/{} (epoch {}) loss: {:.3f}, gen_loss: {:.3f}, Ret_loss {:.3f}, "
                      "FS_loss {:.3f}, KL_loss: {:.3f}, ".format(
                          step, total, epoch + 1, loss.item(), gen.item(), ret.item(), fs.item(),
                          kl.item()))
                print("\t")
                truth.add(at=step, loss=loss.item(), gen_loss=gen.item(), Ret_loss=ret.item(),
                          FS_loss=fs.item(), KL_loss=kl.item())
    truth.write("the script's batch losses at every fifth global step", libraries=("torch",),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"bayou": run}, root=HELDOUT37)
