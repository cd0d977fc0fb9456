"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A variational autoencoder trained as BMThi/High-Dimensional-Deep-Learning
``autoencoders_vae/vae/solutions/train_vae.py`` does: after each epoch ``print(f'Epoch {epoch},
Training loss: {epoch_loss:.4f}')``, the summed ELBO loss over the epoch divided by the number
of training samples. Here: a fully connected VAE with a 2-d latent on the digits-like 8x8 toy
set (`_toy.digits`), binary cross-entropy plus KL (beta 1), Adam 1e-3, batches of 128 as in
the original, 15 epochs.

Truth: the script's ``epoch_loss``, ``train/loss`` (``Training loss``), at the printed epoch.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from _toy import digits

    torch.manual_seed(36)
    X, _ = digits(n=640, seed=5)
    data = torch.tensor(X, dtype=torch.float32)

    class VAE(nn.Module):
        def __init__(self, latent_dim=2):
            super().__init__()
            self.enc = nn.Linear(64, 32)
            self.mu = nn.Linear(32, latent_dim)
            self.logvar = nn.Linear(32, latent_dim)
            self.dec1 = nn.Linear(latent_dim, 32)
            self.dec2 = nn.Linear(32, 64)

        def forward(self, x):
            h = F.relu(self.enc(x))
            mu, logvar = self.mu(h), self.logvar(h)
            z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
            return torch.sigmoid(self.dec2(F.relu(self.dec1(z)))), mu, logvar

    def loss_function(recon, x, mu, logvar, beta=1):
        bce = F.binary_cross_entropy(recon, x, reduction='sum')
        kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
        return bce + beta * kld

    vae = VAE()
    optimizer = torch.optim.Adam(vae.parameters(), lr=1e-3)
    truth = Truth()
    for epoch in range(1, 16):
        vae.train()
        running_loss = 0.0
        perm = torch.randperm(len(data))
        for b in range(0, len(data), 128):
            x = data[perm[b:b + 128]]
            optimizer.zero_grad()
            recon_batch, mu, logvar = vae(x)
            loss = loss_function(recon_batch, x, mu, logvar)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
        epoch_loss = running_loss / len(data)
        print(f'Epoch {epoch}, Training loss: {epoch_loss:.4f}')
        truth.add(at=epoch, **{"train/loss": epoch_loss})
    truth.write("the script's summed loss over the epoch divided by the sample count",
                libraries=("torch",), rel=1e-4)


if __name__ == "__main__":
    main(__file__, {"bmthi": run}, root=HELDOUT36)
