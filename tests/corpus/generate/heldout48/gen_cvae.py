"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written conditional-VAE loop printing as MaggiePN92/cvae ``train_loop.py``: for every epoch
a tqdm bar over the batches whose description is set every batch to ``Epoch [1/3]`` and whose
postfix is ``set_postfix(loss = loss.item() / len(x))`` (a float tqdm formats with three
significant digits). Here: a small conditional VAE with a class token on sklearn's digits scaled
to [0, 1] (BCE + KL, plus 10 times the class token's cross-entropy, as in the original), Adam,
batches of 300, three epochs.

Truth: the postfix ``loss`` of every batch (each drawn state once), at no step: the description
names no phase and its epoch is the bar's, not the line's.
"""

from _toy import batches  # noqa: F401
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from sklearn.datasets import load_digits
    from torch.utils.data import DataLoader, TensorDataset
    from tqdm import tqdm

    torch.manual_seed(92)
    d = load_digits()
    train_loader = DataLoader(TensorDataset(torch.tensor(d.data / 16.0, dtype=torch.float32),
                                            torch.tensor(d.target)), batch_size=300, shuffle=True)

    class CVAE(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(10, 8)
            self.enc = nn.Sequential(nn.Linear(64 + 8, 64), nn.ReLU())
            self.mu, self.logvar = nn.Linear(64, 4), nn.Linear(64, 4)
            self.dec = nn.Sequential(nn.Linear(4 + 8, 64), nn.ReLU(), nn.Linear(64, 64))
            self.cls = nn.Linear(64, 10)

        def forward(self, x, c):
            h = self.enc(torch.cat([x, self.emb(c)], 1))
            mean, logvar = self.mu(h), self.logvar(h)
            z = mean + torch.randn_like(mean) * torch.exp(0.5 * logvar)
            return torch.sigmoid(self.dec(torch.cat([z, self.emb(c)], 1))), mean, logvar, self.cls(h)

    def vae_loss(x, x_hat, mean, logvar):
        return (F.binary_cross_entropy(x_hat, x, reduction='sum')
                - 0.5 * torch.sum(1 + logvar - mean.pow(2) - logvar.exp()))

    model = CVAE()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    model.train()
    epochs = 3
    truth = Truth()
    for epoch in range(epochs):
        train_bar = tqdm(iterable=train_loader)
        for i, (x, c) in enumerate(train_bar):
            x_hat, mean, logvar, cls_token = model(x, c)
            loss = vae_loss(x, x_hat, mean, logvar)
            cls_loss = F.cross_entropy(cls_token, c.long(), reduction='sum')
            loss = loss + cls_loss * 10
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            train_bar.set_description(f'Epoch [{epoch+1}/{epochs}]')
            train_bar.set_postfix(loss = loss.item() / len(x))
            truth.add(loss=loss.item() / len(x))
    truth.write("the loop's per-sample batch loss", libraries=("torch", "tqdm"), rel=5e-3)


if __name__ == "__main__":
    main(__file__, {"cvae": run}, root=HELDOUT48)
