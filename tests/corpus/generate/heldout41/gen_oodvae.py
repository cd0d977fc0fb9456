"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as 2yejin2/OOD-generation ``train_vae.py``: every 10th
batch (not the 0th) ``Epoch : [1/6] [10/35]  Train Loss : 0.0523 Time : 0.0312`` (the running
mean since the epoch began, an AverageMeter), after each epoch ``\\nValidation ========== Epoch :
1/6 Validation Loss : 0.0456 \\n`` (a leading blank line, a trailing space and blank line), and
``Process complete``. Here: a label-conditioned VAE (one-hot label concatenated to input and
code) trained with the original's plain MSE reconstruction loss on sklearn's 8x8 digits,
RMSprop, batches of 32, 6 epochs (the original: MNIST, 100 epochs).

Truth: ``Train Loss`` and ``Validation Loss`` at the printed epoch (``Epoch : [1/6]``,
``Epoch : 1/6``); the batch counter ``[10/35]`` restarts each epoch.
"""

from _toy import batches, digit_images
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    X, y = digit_images(seed=15)
    X = X.reshape(-1, 64)
    Xtr, ytr, Xva, yva = X[:1120], y[:1120], X[1120:1440], y[1120:1440]

    class VAE(nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = nn.Linear(74, 48)
            self.mu, self.logvar = nn.Linear(48, 8), nn.Linear(48, 8)
            self.dec = nn.Sequential(nn.Linear(18, 48), nn.ReLU(), nn.Linear(48, 64),
                                     nn.Sigmoid())

        def forward(self, x, c):
            h = F.relu(self.enc(torch.cat([x, c], 1)))
            mu, logvar = self.mu(h), self.logvar(h)
            z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
            return self.dec(torch.cat([z, c], 1)), mu, logvar, z

    class AverageMeter:
        def __init__(self):
            self.sum = self.count = self.avg = 0

        def update(self, val, n=1):
            self.sum += val * n
            self.count += n
            self.avg = self.sum / self.count

    torch.manual_seed(15)
    network = VAE()
    optimizer = torch.optim.RMSprop(network.parameters(), lr=0.001)
    loss_function = nn.MSELoss()
    epochs, truth = 6, Truth()
    n_batches = (len(Xtr) + 31) // 32
    for epoch in range(1, epochs + 1):
        train_loss = AverageMeter()
        network.train()
        start = time.time()
        for i, (data, target) in enumerate(batches(Xtr, ytr, 32, epoch)):
            recon_x, mu, logvar, z = network(data, F.one_hot(target, 10).float())
            loss = loss_function(recon_x, data)
            train_loss.update(loss.item(), data.shape[0])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if i % 10 == 0 and i != 0:
                end = time.time() - start
                print('Epoch : [{0}/{1}] [{2}/{3}]  Train Loss : {loss.avg:.4f} Time : {time:.4f}'
                      .format(epoch, epochs, i, n_batches, loss=train_loss, time=end))
                truth.add(at=epoch, **{"Train Loss": train_loss.avg})
                start = time.time()
        network.eval()
        vali_loss = AverageMeter()
        with torch.no_grad():
            for data, target in batches(Xva, yva, 32, 0):
                recon_x, mu, logvar, z = network(data, F.one_hot(target, 10).float())
                vali_loss.update(loss_function(recon_x, data).item(), data.shape[0])
        print('\nValidation ========== Epoch : {0}/{1} Validation Loss : {loss.avg:.4f} \n'
              .format(epoch, epochs, loss=vali_loss))
        truth.add(at=epoch, **{"Validation Loss": vali_loss.avg})
    print("Process complete")
    truth.write("the script's AverageMeter means", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"oodvae": run}, root=HELDOUT41)
