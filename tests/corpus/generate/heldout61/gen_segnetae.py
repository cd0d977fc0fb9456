"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A denoising autoencoder printing as 2min0/Autoencoder-master ``train_autoencoder.py``: ``+++++
Resampling mode +++++``, every 20th batch ``'Epoch: [{0}][{1}/{2}]\\tBatch Time {batch_time.val:.3f}
({batch_time.avg:.3f})\\tLoss {loss:.5f}\\t'``, in validation every 20th batch ``'Validation:
[{0}/{1}]\\tBatch Time ... \\tLoss {recon_loss:.4f}\\t'``, then ``'\\n * VAL LOSS - {loss:.3f}\\n'``
and, without improvement, ``"\\nEpochs since last improvement: %d\\n"``. On an improvement the
script also runs its validation over a "major" and a "minor" test set (batches of one image),
which print ``Validation:`` lines too. The printed loss is the script's: the MSE of the last
image of the batch (its ``max(loss, max_loss)`` over the batch keeps only the last). Here: an MLP
autoencoder with input noise on sklearn's 8x8 digits (resampling classes 0 and 2 three times),
Adam, 6 epochs of batches of 32; the validation set is one batch; the two test sets hold 20
images each.

Truth: ``Loss`` at the printed epoch (``Epoch: [e][i/n]``); ``val/Loss``: every ``Validation:``
line's loss and every `` * VAL LOSS`` (one series: the same quantity, printed by the
validation routine, whatever set it was handed), no step. ``Batch Time`` is a timing;
``Epochs since last improvement`` a count: in neither.
"""

from _toy import digits
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(2)
    Xtr, ytr, Xva, _, Xte, yte = digits(seed=2)
    lo, hi = Xtr.min(), Xtr.max()
    scale = lambda X: ((X - lo) / (hi - lo)).view(-1, 1, 8, 8)
    Xtr, Xva, Xte = scale(Xtr), scale(Xva), scale(Xte)
    truth = Truth()

    class ExpoAverageMeter:
        def __init__(self, beta=0.9):
            self.beta, self.val, self.avg, self.count = beta, 0, 0, 0

        def update(self, val):
            self.val = val
            self.avg = val if self.count == 0 else self.beta * self.avg + (1 - self.beta) * val
            self.count += 1

    class AE(nn.Module):
        def __init__(self, noise_level=0.15):
            super().__init__()
            self.noise_level = noise_level
            self.enc = nn.Sequential(nn.Flatten(), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 12))
            self.dec = nn.Sequential(nn.Linear(12, 32), nn.ReLU(), nn.Linear(32, 64), nn.Sigmoid())

        def forward(self, x):
            if self.training:
                x = x + self.noise_level * torch.randn_like(x)
            return self.dec(self.enc(x)).view(-1, 1, 8, 8)

    print('+++++ Resampling mode +++++')
    weights = np.where((ytr.numpy() == 0) | (ytr.numpy() == 2), 3.0, 1.0)
    model = AE()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3, weight_decay=5e-4)
    gen = torch.Generator().manual_seed(2)

    def train(epoch):
        model.train()
        batch_time, start = ExpoAverageMeter(), time.time()
        idx = torch.multinomial(torch.tensor(weights), len(Xtr), replacement=True, generator=gen)
        nb = (len(idx) + 31) // 32
        for i_batch in range(nb):
            x = Xtr[idx[i_batch * 32:(i_batch + 1) * 32]]
            optimizer.zero_grad()
            x_hat = model(x)
            max_loss = 0.
            for i in range(np.array(x.size())[0]):
                loss = (x_hat[i, :, :, :] - x[i, :, :, :]).pow(2).mean()
                auto_max_loss = max(loss, max_loss)
            auto_max_loss.backward()
            optimizer.step()
            batch_time.update(time.time() - start)
            start = time.time()
            if i_batch % 20 == 0:
                print('Epoch: [{0}][{1}/{2}]\t'
                      'Batch Time {batch_time.val:.3f} ({batch_time.avg:.3f})\t'
                      'Loss {loss:.5f}\t'
                      .format(epoch, i_batch, nb, batch_time=batch_time, loss=auto_max_loss))
                truth.add(at=epoch, Loss=auto_max_loss.item())

    def valid(X, batch_size):
        model.eval()
        batch_time, start = ExpoAverageMeter(), time.time()
        nb = (len(X) + batch_size - 1) // batch_size
        with torch.no_grad():
            for i_batch in range(nb):
                x = X[i_batch * batch_size:(i_batch + 1) * batch_size]
                x_hat = model(x)
                max_loss = 0.
                for i in range(np.array(x.size())[0]):
                    loss = (x_hat[i, :, :, :] - x[i, :, :, :]).pow(2).mean()
                    auto_max_loss = max(loss, max_loss)
                val_loss = auto_max_loss
                batch_time.update(time.time() - start)
                start = time.time()
                if i_batch % 20 == 0:
                    print('Validation: [{0}/{1}]\t'
                          'Batch Time {batch_time.val:.3f} ({batch_time.avg:.3f})\t'
                          'Loss {recon_loss:.4f}\t'.format(i_batch, nb, batch_time=batch_time,
                                                           recon_loss=auto_max_loss))
                    truth.add(**{"val/Loss": auto_max_loss.item()})
        return val_loss

    best_loss, epochs_since_improvement = 100000, 0
    for epoch in range(6):
        train(epoch)
        val_loss = valid(Xva, len(Xva))
        print('\n * VAL LOSS - {loss:.3f}\n'.format(loss=val_loss))
        truth.add(**{"val/Loss": val_loss.item()})
        is_best = val_loss < best_loss
        best_loss = min(best_loss, val_loss)
        if not is_best:
            epochs_since_improvement += 1
            print("\nEpochs since last improvement: %d\n" % epochs_since_improvement)
        else:
            epochs_since_improvement = 0
            valid(Xte[yte == 0][:20], 1)
            valid(Xte[yte == 2][:20], 1)
    truth.write("the script's last-image reconstruction losses", libraries=("torch",),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"segnetae": run}, root=HELDOUT61)
