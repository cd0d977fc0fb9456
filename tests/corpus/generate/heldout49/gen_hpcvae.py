"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A VAE loop printing as syrkis/hpc ``src/train.py``: a tqdm bar over the batches of each epoch
whose description is set every batch to ``f'Epoch {epoch + 1}/{epochs}, Loss: {loss.item():.2f}'``
(the batch's summed BCE + KL loss). Here: a 64-16-4 MLP VAE on sklearn's digits in [0, 1], Adam,
2 epochs of batches of 128.

Truth: ``Loss`` of every description state (each batch's loss, listed once) at the epoch the
description names.
"""

from _toy import batches, digits
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import tqdm

    Xtr, ytr, _, _, _, _ = digits(seed=11, scale=False)

    class VAE(nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = nn.Linear(64, 16)
            self.mu, self.logvar = nn.Linear(16, 4), nn.Linear(16, 4)
            self.dec = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 64), nn.Sigmoid())

        def forward(self, x):
            h = F.relu(self.enc(x))
            mu, logvar = self.mu(h), self.logvar(h)
            z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
            return self.dec(z), mu, logvar

    torch.manual_seed(11)
    model = VAE()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    truth = Truth()
    epochs = 2
    for epoch in range(epochs):
        pbar = tqdm(list(batches(Xtr, ytr, 128, epoch)))
        losses = []
        for x, _ in pbar:
            optimizer.zero_grad()
            x_hat, mu, logvar = model(x)
            kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
            loss = F.binary_cross_entropy(x_hat, x, reduction='sum') + kld
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
            pbar.set_description(f'Epoch {epoch + 1}/{epochs}, Loss: {loss.item():.2f}')
            truth.add(at=epoch + 1, Loss=loss.item())
    truth.write("the script's batch losses", libraries=("torch", "tqdm"), rel=1e-4, abs_tol=0.005)


if __name__ == "__main__":
    main(__file__, {"hpcvae": run}, root=HELDOUT49)
