"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A homework VAE printing as mechaGabe/NPR-DeepfakeDetection ``HW2_GenAI25/HW/main.py`` (commit
55318a8d) with its ``train.py``: five epochs of ``Epoch {epoch+1}, Loss {train_loss:.4f}``, the
loss the mean over the batches of the batch ELBO. ``VAE.py`` and ``ELBO.py`` are homework stubs
there; they are filled in here as the stubs' comments ask (two strided convolutions, fully
connected mean and log-variance, a one-dimensional latent, the reparameterisation trick, a
deconvolutional decoder without sigmoid, a Gaussian likelihood: half the summed squared error
plus the KL term, averaged over the batch). The latent traversal, prior samples and t-SNE that
follow only draw figures and are left out. Here: sklearn's 8x8 digits scaled to [0, 1] in place
of MNIST, batch size 128.

Truth: ``Loss`` at the printed epoch.
"""

from _toy import digit_images
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    import torch.optim as optim

    class Encoder(nn.Module):
        def __init__(self, latent_dim=1):
            super().__init__()
            self.conv1 = nn.Conv2d(1, 16, 4, 2, 1)
            self.conv2 = nn.Conv2d(16, 32, 4, 2, 1)
            self.fc_mu = nn.Linear(32 * 2 * 2, latent_dim)
            self.fc_logvar = nn.Linear(32 * 2 * 2, latent_dim)

        def forward(self, x):
            h = F.relu(self.conv2(F.relu(self.conv1(x))))
            h = h.view(h.size(0), -1)
            return self.fc_mu(h), self.fc_logvar(h)

    class Decoder(nn.Module):
        def __init__(self, latent_dim=1):
            super().__init__()
            self.fc = nn.Linear(latent_dim, 32 * 2 * 2)
            self.deconv1 = nn.ConvTranspose2d(32, 16, 4, 2, 1)
            self.deconv2 = nn.ConvTranspose2d(16, 1, 4, 2, 1)

        def forward(self, z):
            h = F.relu(self.fc(z)).view(z.size(0), 32, 2, 2)
            return self.deconv2(F.relu(self.deconv1(h)))

    class VAE(nn.Module):
        def __init__(self, latent_dim=1):
            super().__init__()
            self.encoder, self.decoder = Encoder(latent_dim), Decoder(latent_dim)

        def reparameterize(self, mu, logvar):
            return mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)

        def forward(self, x):
            mu, logvar = self.encoder(x)
            z = self.reparameterize(mu, logvar)
            return self.decoder(z), mu, logvar, z

    def ELBO(x, recon_mu, mu, logvar):
        rec = 0.5 * ((x - recon_mu) ** 2).sum(dim=(1, 2, 3))
        kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)
        return (rec + kl).mean()

    def train_epoch(vae, loader, optimizer):
        vae.train()
        total_loss = 0.0
        for x, _ in loader:
            optimizer.zero_grad()
            recon_mu, mu, logvar, _ = vae(x)
            loss = ELBO(x, recon_mu, mu, logvar)
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
        return total_loss / len(loader)

    X, y = digit_images(seed=25)
    X = (X + 1) / 2
    torch.manual_seed(25)
    latent_dim = 1
    vae = VAE(latent_dim)
    optimizer = optim.Adam(vae.parameters(), lr=1e-3)
    g = torch.Generator().manual_seed(1)

    class Loader:
        def __len__(self):
            return (len(X) + 127) // 128

        def __iter__(self):
            order = torch.randperm(len(X), generator=g)
            for i in range(0, len(X), 128):
                yield X[order[i:i + 128]], y[order[i:i + 128]]

    truth = Truth()
    epochs = 5
    for epoch in range(epochs):
        train_loss = train_epoch(vae, Loader(), optimizer)
        print(f"Epoch {epoch+1}, Loss {train_loss:.4f}")
        truth.add(at=epoch + 1, Loss=train_loss)
    truth.write("the mean over the batches of the batch-averaged negative ELBO",
                libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"vaehw": run}, root=HELDOUT52)
