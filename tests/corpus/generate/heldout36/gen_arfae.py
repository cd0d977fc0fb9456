"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A convolutional autoencoder trained as arf-themascoteers/ae-mnist-mixed ``train.py`` does:
after each epoch ``print(f'Epoch:{epoch + 1}, Loss:{loss.item():.4f}')``, the last batch's MSE
(no spaces after the colons). Here: a small conv autoencoder on the digits-like 8x8 toy set
(`_toy.digits`), Adam 1e-2 with weight decay 1e-5 as in the original, batches of 64, 14 epochs.

Truth: the last batch's ``loss.item()`` of each epoch, ``Loss``, at the printed epoch.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from _toy import digits

    torch.manual_seed(36)
    X, _ = digits(n=480, seed=36)
    data = torch.tensor(X, dtype=torch.float32).reshape(-1, 1, 8, 8)

    class AE(nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = nn.Sequential(nn.Conv2d(1, 8, 3, stride=2, padding=1), nn.ReLU(),
                                         nn.Conv2d(8, 16, 3, stride=2, padding=1))
            self.decoder = nn.Sequential(
                nn.ConvTranspose2d(16, 8, 3, stride=2, padding=1, output_padding=1), nn.ReLU(),
                nn.ConvTranspose2d(8, 1, 3, stride=2, padding=1, output_padding=1), nn.Sigmoid())

        def forward(self, x):
            return self.decoder(self.encoder(x))

    model = AE()
    model.train()
    criterion = nn.MSELoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2, weight_decay=1e-5)
    truth = Truth()
    for epoch in range(14):
        perm = torch.randperm(len(data))
        for b in range(0, len(data), 64):
            img = data[perm[b:b + 64]]
            recon = model(img)
            loss = criterion(recon, img)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        print(f'Epoch:{epoch + 1}, Loss:{loss.item():.4f}')
        truth.add(at=epoch + 1, Loss=loss.item())
    truth.write("the script's last-batch loss.item() of each epoch", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"arfae": run}, root=HELDOUT36)
