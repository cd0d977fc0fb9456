"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written PyTorch VAE printing as rvcowlagi-wpi/DAC44-GAN
``Uncertainty-Propagation/variational_propagator1.py``: ``print("Start training VAE...")``, each
epoch ``print("\\tEpoch", epoch + 1, "complete!", "\\tAverage Loss: ", overall_loss /
(batch_idx * batch_size))`` (print's own separators, an unformatted float), ``print("Finish!!")``.
Here: a small VAE on sklearn's digits rows (scaled to [0, 1]), Adam, 20 epochs.

Truth: ``Average Loss`` at the printed epoch, the value exactly as the script computes it
(summed loss over ``batch_idx * batch_size``, the original's own divisor).
"""

from _toy import digits
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    Xtr, _, _, _, _, _ = digits(seed=4)
    X = (Xtr - Xtr.min()) / (Xtr.max() - Xtr.min())
    torch.manual_seed(4)
    x_dim, hidden_dim, latent_dim, batch_size = 64, 32, 4, 100

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = nn.Linear(x_dim, hidden_dim)
            self.mu = nn.Linear(hidden_dim, latent_dim)
            self.lv = nn.Linear(hidden_dim, latent_dim)
            self.dec = nn.Sequential(nn.Linear(latent_dim, hidden_dim), nn.ReLU(),
                                     nn.Linear(hidden_dim, x_dim), nn.Sigmoid())

        def forward(self, x):
            h = F.relu(self.enc(x))
            mean, log_var = self.mu(h), self.lv(h)
            z = mean + torch.exp(0.5 * log_var) * torch.randn_like(log_var)
            return self.dec(z), mean, log_var

    def loss_function(x, x_hat, mean, log_var):
        rec = F.binary_cross_entropy(x_hat, x, reduction='sum')
        kld = -0.5 * torch.sum(1 + log_var - mean.pow(2) - log_var.exp())
        return rec + kld

    model = Model()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    truth = Truth()
    print("Start training VAE...")
    model.train()
    n = (len(X) // batch_size) * batch_size
    for epoch in range(20):
        overall_loss = 0
        perm = torch.randperm(len(X))[:n]
        for batch_idx, i in enumerate(range(0, n, batch_size)):
            x = X[perm[i:i + batch_size]].view(batch_size, x_dim)
            optimizer.zero_grad()
            x_hat, mean, log_var = model(x)
            loss = loss_function(x, x_hat, mean, log_var)
            overall_loss += loss.item()
            loss.backward()
            optimizer.step()
        avg = overall_loss / (batch_idx * batch_size)
        print("\tEpoch", epoch + 1, "complete!", "\tAverage Loss: ", avg)
        truth.add(at=epoch + 1, **{"Average Loss": avg})
    print("Finish!!")
    truth.write("the script's summed epoch loss over batch_idx * batch_size",
                libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"dac44vae": run}, root=HELDOUT43)
