"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A VAE, then a classifier on its frozen encoder, trained as analytique-bourassa/VAE-Classifier
``script/training_script.py`` (commit 2425ec77) does: for the VAE each epoch ``print("[epoch
%03d]  average training loss: %.4f" % ...)`` (two spaces) and every ``TEST_FREQUENCY`` (5)
epochs ``print("[epoch %03d] average test loss: %.4f" % ...)`` (one space); for the classifier a
``tqdm(range(num_epochs))`` bar over the epochs with ``[epoch %03d]  average training loss:
%.4f`` and every 5 epochs ``[epoch %03d]  average testing loss: %.4f`` printed under it; at the
end ``print('Accuracy of the model on the 10000 test images: %d %%' % accuracy)`` (the
original's fixed text; an integer percentage). Here: the ELBO (per sample, summed over pixels)
of a small torch VAE on the digits-like toy set instead of Pyro's SVI, 11 VAE epochs, then
logistic regression on the 2-d latent means, 11 epochs; no plots, no t-SNE.

Truth: ``average training loss`` (both phases: the VAE's ELBO loss, then the classifier's
cross-entropy; the label is the same), ``average test loss`` and ``average testing loss`` at the
printed epoch; the final accuracy under its printed label
``Accuracy of the model on the 10000 test images``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import tqdm
    from _toy import digits, split

    torch.manual_seed(0)
    X, y = digits(n=640, seed=17)
    Xtr, ytr, Xte, yte = split(X, y, frac=0.75, seed=17)
    Xtr, Xte = (torch.tensor(a, dtype=torch.float32) for a in (Xtr, Xte))
    ytr, yte = torch.tensor(ytr), torch.tensor(yte)
    TEST_FREQUENCY = 5

    class VAE(nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = nn.Linear(64, 32)
            self.mu = nn.Linear(32, 2)
            self.lv = nn.Linear(32, 2)
            self.dec = nn.Sequential(nn.Linear(2, 32), nn.ReLU(), nn.Linear(32, 64))

        def encode(self, x):
            h = F.relu(self.enc(x))
            return self.mu(h), self.lv(h)

        def loss(self, x):
            mu, lv = self.encode(x)
            z = mu + torch.randn_like(mu) * torch.exp(0.5 * lv)
            rec = F.binary_cross_entropy_with_logits(self.dec(z), x, reduction='sum')
            kl = -0.5 * torch.sum(1 + lv - mu ** 2 - lv.exp())
            return rec + kl

    vae = VAE()
    opt = torch.optim.Adam(vae.parameters(), lr=1.0e-3 * 10)

    def batches(Xs, ys=None, bs=64):
        for i in range(0, len(Xs), bs):
            yield (Xs[i:i + bs], None if ys is None else ys[i:i + bs])

    truth = Truth()
    for epoch in range(11):
        epoch_loss = 0.
        for x, _ in batches(Xtr):
            opt.zero_grad()
            loss = vae.loss(x)
            loss.backward()
            opt.step()
            epoch_loss += loss.item()
        total_epoch_loss_train = epoch_loss / len(Xtr)
        print("[epoch %03d]  average training loss: %.4f" % (epoch, total_epoch_loss_train))
        truth.add(at=epoch, **{"average training loss": total_epoch_loss_train})
        if epoch % TEST_FREQUENCY == 0:
            with torch.no_grad():
                test_loss = sum(vae.loss(x).item() for x, _ in batches(Xte))
            total_epoch_loss_test = test_loss / len(Xte)
            print("[epoch %03d] average test loss: %.4f" % (epoch, total_epoch_loss_test))
            truth.add(at=epoch, **{"average test loss": total_epoch_loss_test})

    for p in vae.parameters():
        p.requires_grad_(False)
    classifier = nn.Linear(2, 10)
    optimizer = torch.optim.SGD(classifier.parameters(), lr=0.5)
    for epoch in tqdm(range(11)):
        total = 0.
        for x, t in batches(Xtr, ytr):
            optimizer.zero_grad()
            loss = F.cross_entropy(classifier(vae.encode(x)[0]), t)
            loss.backward()
            optimizer.step()
            total += loss.item() * len(t)
        loss_train = total / len(ytr)
        print("[epoch %03d]  average training loss: %.4f" % (epoch, loss_train))
        truth.add(at=epoch, **{"average training loss": loss_train})
        if epoch % TEST_FREQUENCY == 0:
            with torch.no_grad():
                loss_test = F.cross_entropy(classifier(vae.encode(Xte)[0]), yte).item()
            print("[epoch %03d]  average testing loss: %.4f" % (epoch, loss_test))
            truth.add(at=epoch, **{"average testing loss": loss_test})
    with torch.no_grad():
        accuracy = 100 * (classifier(vae.encode(Xte)[0]).argmax(1) == yte).float().mean().item()
    print('Accuracy of the model on the 10000 test images: %d %%' % accuracy)
    truth.add(**{"Accuracy of the model on the 10000 test images": int(accuracy)})
    truth.write("the script's mean ELBO loss and cross-entropy of each epoch and the test "
                "accuracy (the printed integer percentage)", libraries=("torch", "tqdm"),
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"analytique": run}, root=HELDOUT36)
