"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written VAE loop printing as Aditya-en/vae ``vae.py``: ``print("Using ", device)``, every
batch ``f'Batch {batch_idx+1}/{len(dataloader)} || loss {loss.item():.5f}'`` (the summed BCE +
0.2 KLD of the batch), per epoch ``f'Epoch {epoch+1}, Loss: {train_loss/len(dataset):.4f}'``
(per sample), ``f'Model saved to {model_path}'`` and ``f'Samples saved to {sample_path}'``
(nothing is written here). Here: a small fully-connected VAE on sklearn's digits scaled to [0,
1] (the original: a convolutional VAE on landscape images), Adam, 3 epochs of 8 batches of 64.

Truth: ``loss`` per batch without step (``Batch i/N`` restarts each epoch) and ``Loss`` per
epoch at the printed epoch (one name: the judge ignores case).
"""

from _toy import digits01
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    torch.manual_seed(16)
    X, _ = digits01(seed=16)
    X = X[:512]
    device = "cpu"
    print("Using ", device)

    class VAE(nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = nn.Sequential(nn.Linear(64, 64), nn.ReLU())
            self.mu, self.logvar = nn.Linear(64, 8), nn.Linear(64, 8)
            self.dec = nn.Sequential(nn.Linear(8, 64), nn.ReLU(), nn.Linear(64, 64), nn.Sigmoid())

        def forward(self, x):
            h = self.enc(x)
            mu, logvar = self.mu(h), self.logvar(h)
            z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
            return self.dec(z), mu, logvar

    def loss_function(recon_x, x, mu, logvar, beta=0.2):
        BCE = nn.functional.binary_cross_entropy(recon_x, x, reduction='sum')
        KLD = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
        return BCE + beta * KLD

    model = VAE()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    truth = Truth()
    for epoch in range(3):
        model.train()
        train_loss = 0
        order = torch.randperm(len(X))
        dataloader = [X[order[i:i + 64]] for i in range(0, len(X), 64)]
        for batch_idx, data in enumerate(dataloader):
            optimizer.zero_grad()
            recon_batch, mu, logvar = model(data)
            loss = loss_function(recon_batch, data, mu, logvar)
            loss.backward()
            train_loss += loss.item()
            optimizer.step()
            print(f'Batch {batch_idx+1}/{len(dataloader)} || loss {loss.item():.5f}')
            truth.add(loss=loss.item())
        print(f'Epoch {epoch+1}, Loss: {train_loss/len(X):.4f}')
        truth.add(at=epoch + 1, Loss=train_loss / len(X))
        print('Model saved to vae.pth')
        print(f'Samples saved to samples/sample_modifiedLoss_epoch_{epoch+1}.png')
    truth.write("the script's batch and epoch losses", libraries=("torch",), rel=1e-4,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"landvae": run}, root=HELDOUT44)
