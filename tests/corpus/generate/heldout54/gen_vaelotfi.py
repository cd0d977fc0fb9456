"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A VAE printing as AliLotfi92/Variational_Autoencoder_Pytorch ``vae.py``: every 6th batch
``'Train Epoch: {} [{}/{} ({:.0f}%)] \\t  Loss: {:.6f} \\t Cross Entropy: {:.6f} \\t KL Loss:
{:.6f}'`` (the batch loss, its reconstruction BCE and KL parts; the last two are 0-dim tensors
formatted with ``{:.6f}``), and after each epoch ``'====> Epoch: {} Average loss: {:.4f}'`` where
the sum of the batch means is divided by the dataset size, as in the original. The original
trains on MNIST (batch 100, every 100th batch) for 3000 epochs and shows sample images; here
sklearn's digits scaled to [0, 1] as 8x8 images, batch 100, z of 2, 4 epochs.

Truth: ``train/Loss``, ``train/Cross Entropy``, ``train/KL Loss`` at the printed epoch (the
line's leading ``Train`` names the phase; the sample offset and percentage in brackets are no
step) and ``Average loss`` at the ``====> Epoch`` line's epoch (0-based).
"""

from _toy import digits01
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    X, _ = digits01(seed=22)
    torch.manual_seed(22)
    z_dim = 2
    encode = nn.Sequential(nn.Linear(64, 100), nn.LeakyReLU(0.2, True), nn.Linear(100, 100),
                           nn.LeakyReLU(0.2, True), nn.Linear(100, 2 * z_dim))
    decode = nn.Sequential(nn.Linear(z_dim, 100), nn.LeakyReLU(0.2, True), nn.Linear(100, 100),
                           nn.LeakyReLU(0.2, True), nn.Linear(100, 64), nn.Sigmoid())
    for m in list(encode) + list(decode):
        if isinstance(m, nn.Linear):
            nn.init.normal_(m.weight, 0, 0.02)
            m.bias.data.fill_(0)
    params = list(encode.parameters()) + list(decode.parameters())
    optim = torch.optim.Adam(params, lr=0.001, betas=(0.9, 0.999))
    truth = Truth()
    n = len(X)
    for epoch in range(4):
        train_loss = 0
        order = torch.randperm(n, generator=torch.Generator().manual_seed(epoch))
        for batch_idx in range((n + 99) // 100):
            x_true = X[order[batch_idx * 100:(batch_idx + 1) * 100]]
            stats = encode(x_true)
            mu, logvar = stats[:, :z_dim], stats[:, z_dim:]
            z = torch.randn_like(mu) * logvar.mul(0.5).exp() + mu
            x_recon = decode(z)
            vae_recon_loss = F.binary_cross_entropy(x_recon, x_true, reduction="sum").div(
                len(x_true))
            KL = -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(1).mean()
            loss = vae_recon_loss + KL
            train_loss += loss.item()
            optim.zero_grad()
            loss.backward()
            optim.step()
            if batch_idx % 6 == 0:
                print('Train Epoch: {} [{}/{} ({:.0f}%)] \t  Loss: {:.6f} \t Cross Entropy: {:.6f} \t KL Loss: {:.6f}'.format(
                    epoch, batch_idx * len(x_true), n, 100. * batch_idx / ((n + 99) // 100),
                    loss.item(), vae_recon_loss, KL))
                truth.add(at=epoch, **{"train/Loss": loss.item(),
                                       "train/Cross Entropy": vae_recon_loss.item(),
                                       "train/KL Loss": KL.item()})
        print('====> Epoch: {} Average loss: {:.4f}'.format(epoch, train_loss / n))
        truth.add(at=epoch, **{"Average loss": train_loss / n})
    truth.write("the script's batch losses and epoch average", libraries=("torch",), rel=1e-3,
                abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"vaelotfi": run}, root=HELDOUT54)
