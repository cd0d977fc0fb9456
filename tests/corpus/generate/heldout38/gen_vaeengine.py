"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A hand-written PyTorch VAE loop printing as Mohamad2881/Variational-Autoencoder-VAE
``engine.py``: each epoch a plain tqdm bar over the batches (stderr, no description), then
``print(f"EPOCH: {epoch:} | train_loss: {train_loss: .4f}")`` (the space flag: a leading space
before positive numbers). Here: a 64-32-(2+2)-32-64 VAE on sklearn's digits, loss = summed
squared error + KL (weight 1) per image, Adam, 10 epochs of 5 batches.

Truth: ``train_loss`` (the mean batch loss) at the printed epoch.
"""

from _toy import digits, loader
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm.auto import tqdm

    Xtr, ytr, _, _, _, _ = digits(seed=21)
    torch.manual_seed(21)

    class VAE(nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = nn.Sequential(nn.Linear(64, 32), nn.ReLU())
            self.mu, self.lv = nn.Linear(32, 2), nn.Linear(32, 2)
            self.dec = nn.Sequential(nn.Linear(2, 32), nn.ReLU(), nn.Linear(32, 64))

        def forward(self, x):
            h = self.enc(x)
            z_mean, z_log_var = self.mu(h), self.lv(h)
            encoded = z_mean + torch.randn_like(z_mean) * torch.exp(0.5 * z_log_var)
            return encoded, z_mean, z_log_var, self.dec(encoded)

    def loss_fn(images, z_mean, z_log_var, decoded, weight=1):
        kl = -0.5 * torch.sum(1 + z_log_var - z_mean ** 2 - torch.exp(z_log_var), dim=1)
        rec = ((decoded - images) ** 2).sum(dim=1)
        return (rec + weight * kl).mean()

    model = VAE()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    truth = Truth()
    for epoch in range(10):
        model.train()
        train_loss = 0
        data_loader = loader(Xtr, ytr, 250, epoch)
        for (images, _) in tqdm(data_loader):
            encoded, z_mean, z_log_var, decoded = model(images)
            loss = loss_fn(images, z_mean, z_log_var, decoded, weight=1)
            train_loss += loss.item()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        train_loss /= len(data_loader)
        print(f"EPOCH: {epoch:} | train_loss: {train_loss: .4f}")
        truth.add(at=epoch, train_loss=train_loss)
    truth.write("the script's epoch mean losses", libraries=("torch", "tqdm"), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"vaeengine": run}, root=HELDOUT38)
