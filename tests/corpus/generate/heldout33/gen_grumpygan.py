"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written 1-D GAN printing as grumpybavarian/simple_pytorch_gan ``gan_1d_gaussian.py`` does:
every 10 epochs ``Epoch {}: g: {}, d: {}`` (unformatted floats; the means divide by the last
batch index ``i`` and by ``i * 3``, as in the original). Here: the original's generator and
discriminator (two ELU layers of 32) on N(0, 1), a one-pass pretraining of D, 3 D steps per G
step, 128 samples in batches of 8, 60 epochs (the saved ``dists.npy`` is not written).

Truth: ``g`` and ``d`` at the epoch.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    import torch.optim as optim

    torch.manual_seed(33)
    np.random.seed(33)
    torch.set_num_threads(1)

    class Generator(nn.Module):
        def __init__(self):
            super(Generator, self).__init__()
            self.layer1 = nn.Linear(1, 32)
            self.layer2 = nn.Linear(32, 32)
            self.logits = nn.Linear(32, 1)

        def forward(self, x):
            return self.logits(F.elu(self.layer2(F.elu(self.layer1(x)))))

    class Discriminator(nn.Module):
        def __init__(self):
            super(Discriminator, self).__init__()
            self.layer1 = nn.Linear(1, 32)
            self.layer2 = nn.Linear(32, 32)
            self.logits = nn.Linear(32, 1)

        def forward(self, x):
            return torch.sigmoid(self.logits(F.elu(self.layer2(F.elu(self.layer1(x))))))

    truth = Truth()
    g = Generator()
    d = Discriminator()
    n = 128
    data = np.random.normal(0, 1, (n, 1))
    batched_data = np.split(data, n / 8)
    g_optim = optim.Adam(g.parameters(), lr=1e-3)
    d_optim = optim.Adam(d.parameters(), lr=1e-3)
    criterion = nn.BCELoss()

    def d_step(batch):
        d_optim.zero_grad()
        labels_real = torch.ones((batch.shape[0], 1))
        d_loss_real = criterion(d(torch.from_numpy(batch).float()), labels_real)
        d_loss_real.backward()
        labels_fake = torch.zeros((batch.shape[0], 1))
        batch_fake = g(torch.rand((batch.shape[0], 1)))
        d_loss_fake = criterion(d(batch_fake), labels_fake)
        d_loss_fake.backward()
        d_optim.step()
        return d_loss_fake.item() + d_loss_real.item()

    for i, batch in enumerate(batched_data):
        d_step(batch)
    for epoch in range(60):
        g_loss_mean = 0.
        d_loss_mean = 0.
        for i, batch in enumerate(batched_data):
            for _ in range(3):
                d_loss_mean += d_step(batch)
            g_optim.zero_grad()
            d_prediction_fake = d(g(torch.rand((batch.shape[0], 1))))
            g_loss = criterion(d_prediction_fake, torch.ones((batch.shape[0], 1)))
            g_loss_mean += g_loss.item()
            g_loss.backward()
            g_optim.step()
        if epoch % 10 == 0:
            print("Epoch {}: g: {}, d: {}".format(epoch, g_loss_mean / i, d_loss_mean / (i * 3)))
            truth.add(at=epoch, g=g_loss_mean / i, d=d_loss_mean / (i * 3))
    truth.write("the script's summed generator and discriminator losses over the divisors it prints",
                libraries=("torch", "numpy"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"grumpygan": run}, root=HELDOUT33)
