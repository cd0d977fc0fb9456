"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

Two hand-written VAE runs printing as Xiang-cd/microvae ``vae_mnist.py``: ``Training Bernoulli
VAE``, then per epoch ``f'Epoch {epoch}, Loss: {average_loss:.4f}'`` (summed ELBO loss over the
set size), ``\\nSampling from Bernoulli VAE``; then the same for the Gaussian VAE (``\\nTraining
Gaussian VAE``, epochs counted again from 1, ``\\nSampling from Gaussian VAE``). Here: sklearn's
digits in [0, 1] (for MNIST), latent 8, batches of 128, 10 epochs each; the original's
``IPython.embed()`` between the runs is left out.

Truth: ``Loss`` at the printed epoch, both runs under the one name (the second run restarts the
epochs; the headers naming the model are not put into the name).
"""

from _toy import batches, digits
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    Xtr, _, _, _, _, _ = digits(seed=5, scale01=True)
    truth = Truth()

    class VAE(nn.Module):
        def __init__(self, kind):
            super().__init__()
            self.kind = kind
            self.enc = nn.Sequential(nn.Linear(64, 48), nn.ReLU())
            self.mu, self.logvar = nn.Linear(48, 8), nn.Linear(48, 8)
            self.dec = nn.Sequential(nn.Linear(8, 48), nn.ReLU(), nn.Linear(48, 64))

        def loss(self, x):
            h = self.enc(x)
            mu, logvar = self.mu(h), self.logvar(h)
            z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
            out = self.dec(z)
            if self.kind == "bernoulli":
                rec = F.binary_cross_entropy(torch.sigmoid(out), x, reduction="sum")
            else:
                rec = F.mse_loss(out, x, reduction="sum")
            return rec - 0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())

    def train_vae(model, opt, epochs=10):
        for epoch in range(1, epochs + 1):
            train_loss = 0
            for data in batches(Xtr, None, 128, epoch):
                opt.zero_grad()
                loss = model.loss(data)
                loss.backward()
                train_loss += loss.item()
                opt.step()
            average_loss = train_loss / len(Xtr)
            print(f'Epoch {epoch}, Loss: {average_loss:.4f}')
            truth.add(at=epoch, Loss=average_loss)

    torch.manual_seed(5)
    bern, gauss = VAE("bernoulli"), VAE("gaussian")
    print("Training Bernoulli VAE")
    train_vae(bern, torch.optim.Adam(bern.parameters(), lr=1e-3))
    print("\nSampling from Bernoulli VAE")
    print("\nTraining Gaussian VAE")
    train_vae(gauss, torch.optim.Adam(gauss.parameters(), lr=1e-3))
    print("\nSampling from Gaussian VAE")
    truth.write("the script's epoch mean losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"microvae": run}, root=HELDOUT47)
