"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written DCGAN-and-classifier run logging as PolinaKirillovna/fashion-mnist-dcgan-robustness
``src/gan_robustness/training/gan_trainer.py`` and ``classifier_trainer.py``: per GAN epoch
``epoch 3/10  d_loss=1.234 g_loss=0.876 D(x)=0.612 D(G(z))=0.401  0.0s`` (epoch means over the
batches, one-sided label smoothing), per classifier epoch ``classifier epoch 1/3``, and
``Classifier test accuracy: 0.9133``. The package's logging set-up (its ``cli.py``) was not
read: Python's ``logging.basicConfig(level=INFO)`` default format ``LEVEL:logger.name:message``
on stderr stands in. Here: small MLP generator and discriminator on the 8x8 digits (10
epochs), then an MLP classifier (3 epochs).

Truth: ``d_loss``, ``g_loss``, ``D(x)``, ``D(G(z))`` at the printed epoch; ``Classifier test
accuracy`` without step. The seconds are no metric.
"""

from _toy import digit_images
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import logging
    import time

    import numpy as np
    import torch
    import torch.nn as nn

    logging.basicConfig(level=logging.INFO)
    glog = logging.getLogger("gan_robustness.training.gan_trainer")
    clog = logging.getLogger("gan_robustness.training.classifier_trainer")
    imgs, labels = digit_images(seed=25)
    X = imgs.view(-1, 64)
    torch.manual_seed(25)
    G = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, 64), nn.Tanh())
    D = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Linear(64, 1))
    og = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
    od = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
    crit = nn.BCEWithLogitsLoss()
    truth = Truth()
    data, n, batch, epochs = X[:512], 512, 128, 10
    for epoch in range(1, epochs + 1):
        perm = torch.randperm(n)
        dl, gl, dx, dgz = [], [], [], []
        start = time.perf_counter()
        for i in range(0, n, batch):
            real = data[perm[i:i + batch]]
            bs = len(real)
            od.zero_grad()
            lr_ = D(real).squeeze(1)
            loss_real = crit(lr_, torch.full((bs,), 0.9))
            fake = G(torch.randn(bs, 16))
            lf = D(fake.detach()).squeeze(1)
            loss_d = loss_real + crit(lf, torch.zeros(bs))
            loss_d.backward()
            od.step()
            og.zero_grad()
            loss_g = crit(D(fake).squeeze(1), torch.ones(bs))
            loss_g.backward()
            og.step()
            dl.append(loss_d.item())
            gl.append(loss_g.item())
            dx.append(torch.sigmoid(lr_).mean().item())
            dgz.append(torch.sigmoid(lf).mean().item())
        h = {"d_loss": float(np.mean(dl)), "g_loss": float(np.mean(gl)),
             "D(x)": float(np.mean(dx)), "D(G(z))": float(np.mean(dgz))}
        glog.info("epoch %d/%d  d_loss=%.3f g_loss=%.3f D(x)=%.3f D(G(z))=%.3f  %.1fs", epoch,
                  epochs, h["d_loss"], h["g_loss"], h["D(x)"], h["D(G(z))"],
                  time.perf_counter() - start)
        truth.add(at=epoch, **h)
    clf = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
    copt = torch.optim.AdamW(clf.parameters(), lr=3e-3)
    xtr, ytr, xte, yte = X[:1400], labels[:1400], X[1400:], labels[1400:]
    for epoch in range(1, 4):
        perm = torch.randperm(len(xtr))
        for i in range(0, len(xtr), 64):
            j = perm[i:i + 64]
            copt.zero_grad()
            nn.functional.cross_entropy(clf(xtr[j]), ytr[j]).backward()
            copt.step()
        clog.info("classifier epoch %d/%d", epoch, 3)
    with torch.no_grad():
        accuracy = float((clf(xte).argmax(1) == yte).float().mean())
    clog.info("Classifier test accuracy: %.4f", accuracy)
    truth.add(**{"Classifier test accuracy": accuracy})
    truth.write("the script's epoch-mean GAN losses and discriminator outputs, and the "
                "classifier's test accuracy", libraries=("torch",), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"fashiongan": run}, root=HELDOUT45)
