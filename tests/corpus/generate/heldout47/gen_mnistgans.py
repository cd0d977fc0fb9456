"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written GAN loop printing as PaulBFB/mnist_gans ``mnist_gan.py``
(``GenerativeAdversarialNetwork.train`` and ``summarize_performance``): after every batch
``f'> epoch: {epoch + 1}, batch {batch + 1}/{batches_per_epoch}, loss_disc: {d_loss:.3f},
loss_gen: {g_loss:.3f}'``, and every ``k`` epochs ``f'>Accuracy real: {acc_real*100:.2f}, fake:
{accuracy_fake*100:.2f}'`` (the discriminator's accuracy on 100 real and 100 generated
samples). Here: PyTorch MLPs for the Keras convolutional models, sklearn's digits in [0, 1] (for
MNIST), batches of 256 (half real, half generated for the discriminator), 5 epochs of 4 batches,
the accuracy line after epoch 5 (the original: every 10th of 100); the Keras ``summary()``
tables and plots are left out.

Truth: ``loss_disc`` and ``loss_gen`` at the printed epoch (the batch counter restarts each
epoch); ``Accuracy real`` and ``fake`` (named as printed) without a step (the line prints none).
"""

from _toy import digits
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    Xtr, _, _, _, _, _ = digits(seed=17, scale01=True)
    rng = np.random.default_rng(17)
    torch.manual_seed(17)
    latent = 20
    D = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Dropout(0.4), nn.Linear(64, 1))
    G = nn.Sequential(nn.Linear(latent, 64), nn.LeakyReLU(0.2), nn.Linear(64, 64), nn.Sigmoid())
    d_opt = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
    g_opt = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
    truth = Truth()
    n_epochs, n_batch = 5, 256
    batches_per_epoch, half = len(Xtr) // n_batch, n_batch // 2

    def real(n):
        return Xtr[torch.tensor(rng.integers(0, len(Xtr), n))]

    def fake(n):
        with torch.no_grad():
            return G(torch.tensor(rng.standard_normal((n, latent)), dtype=torch.float32))

    for epoch in range(n_epochs):
        for batch in range(batches_per_epoch):
            x = torch.cat([real(half), fake(half)])
            y = torch.cat([torch.ones(half, 1), torch.zeros(half, 1)])
            d_loss = F.binary_cross_entropy_with_logits(D(x), y)
            d_opt.zero_grad()
            d_loss.backward()
            d_opt.step()
            z = torch.tensor(rng.standard_normal((n_batch, latent)), dtype=torch.float32)
            g_loss = F.binary_cross_entropy_with_logits(D(G(z)), torch.ones(n_batch, 1))
            g_opt.zero_grad()
            g_loss.backward()
            g_opt.step()
            print(f'> epoch: {epoch + 1}, batch {batch + 1}/{batches_per_epoch}, loss_disc: {d_loss.item():.3f}, loss_gen: {g_loss.item():.3f}')
            truth.add(at=epoch + 1, loss_disc=d_loss.item(), loss_gen=g_loss.item())
        if (epoch + 1) % 5 == 0:
            D.eval()
            with torch.no_grad():
                acc_real = float((D(real(100)) > 0).float().mean())
                accuracy_fake = float((D(fake(100)) <= 0).float().mean())
            D.train()
            print(f'>Accuracy real: {(acc_real * 100):.2f}, fake: {(accuracy_fake * 100):.2f}')
            truth.add(**{"Accuracy real": acc_real * 100, "fake": accuracy_fake * 100})
    truth.write("the script's batch losses and discriminator accuracies", libraries=("torch",),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"mnistgans": run}, root=HELDOUT47)
