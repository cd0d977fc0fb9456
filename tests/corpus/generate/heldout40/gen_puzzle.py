"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written PyTorch loop printing as Kokorick26/puzzle_solver ``train.py``: each epoch
``f"Ep{ep:02d} ↓ Loss {L/len(loader):.4f}"`` (the epoch glued to ``Ep``, a downward arrow,
the mean batch loss). Here: a small slot-style autoencoder (a convolutional encoder to four
slot vectors, a shared decoder summing the slots' reconstructions) on sklearn's 8x8 digits,
MSE, 20 epochs.

Truth: ``Loss`` at the epoch glued to ``Ep``.
"""

from _toy import batches, digits
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    truth = Truth()
    Xtr, ytr, _, _, _, _ = digits(seed=6)
    torch.manual_seed(6)

    class SlotAE(nn.Module):
        def __init__(self, k=4, d=8):
            super().__init__()
            self.k, self.d = k, d
            self.enc = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.Flatten(),
                                     nn.Linear(8 * 64, k * d))
            self.dec = nn.Sequential(nn.Linear(d, 32), nn.ReLU(), nn.Linear(32, 64))

        def forward(self, x):
            slots = self.enc(x.view(-1, 1, 8, 8)).view(-1, self.k, self.d)
            return self.dec(slots).sum(1), slots

    model = SlotAE()
    criterion = nn.MSELoss()
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    EPOCHS = 20
    for ep in range(1, EPOCHS + 1):
        model.train()
        L = 0
        loader = batches(Xtr, ytr, 128, ep)
        for x, _ in loader:
            recon, slots = model(x)
            loss = criterion(recon, x)
            opt.zero_grad()
            loss.backward()
            opt.step()
            L += loss.item()
        print(f"Ep{ep:02d} ↓ Loss {L/len(loader):.4f}")
        truth.add(at=ep, Loss=L / len(loader))
    truth.write("the epoch means of the batch losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"puzzle": run}, root=HELDOUT40)
