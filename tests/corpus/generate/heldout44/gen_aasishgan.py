"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written GAN loop printing as Aasish4/GAN ``gan.py`` (a Colab export): every batch
``'epoch: %d, batch:%d/%d, d_loss=%.3f, g_loss=%.3f'`` (the discriminator's loss on a half real,
half generated batch and the combined model's generator loss) and every 10th epoch from
``summarize`` ``'Accuracy real: %.0f%%, fake: %.0f%%'`` (the discriminator's accuracy on real and
generated samples). Here: PyTorch stands in for Keras, an MLP GAN on sklearn's digits scaled to
[0, 1] (the original: 128x128 face crops), 6 epochs of 3 batches of 64, the summary every 2nd
epoch; the image loading, model summaries and plots are left out.

Truth: ``d_loss`` and ``g_loss`` at the printed epoch (the batch counter restarts each epoch);
``Accuracy real`` and ``fake`` (the percentages, whole numbers) without step.
"""

from _toy import digits01
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(25)
    X, _ = digits01(seed=25)
    latent_dim, n_batch, n_epochs = 10, 64, 6
    D = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Dropout(0.4), nn.Linear(64, 1),
                      nn.Sigmoid())
    G = nn.Sequential(nn.Linear(latent_dim, 64), nn.LeakyReLU(0.2), nn.Linear(64, 64),
                      nn.Sigmoid())
    d_opt = torch.optim.Adam(D.parameters(), lr=0.0002, betas=(0.5, 0.999))
    g_opt = torch.optim.Adam(G.parameters(), lr=0.0002, betas=(0.5, 0.999))
    dataset = X[:200]
    bat_per_epo = int(dataset.shape[0] / n_batch)
    truth = Truth()

    def real(n):
        return dataset[torch.randint(0, len(dataset), (n,))], torch.ones(n, 1)

    def fake(n):
        with torch.no_grad():
            return G(torch.randn(n, latent_dim)), torch.zeros(n, 1)

    def summarize(n_samples=100):
        D.eval()
        with torch.no_grad():
            x_real, y_real = real(n_samples)
            acc_real = ((D(x_real) > 0.5).float() == y_real).float().mean().item()
            x_fake, y_fake = fake(n_samples)
            acc_fake = ((D(x_fake) > 0.5).float() == y_fake).float().mean().item()
        D.train()
        print('Accuracy real: %.0f%%, fake: %.0f%%' % (acc_real * 100, acc_fake * 100))
        truth.add(**{"Accuracy real": round(acc_real * 100), "fake": round(acc_fake * 100)})

    for i in range(n_epochs):
        for j in range(bat_per_epo):
            x_real, y_real = real(n_batch)
            x_fake, y_fake = fake(n_batch)
            x, y = torch.cat((x_real, x_fake)), torch.cat((y_real, y_fake))
            d_loss = F.binary_cross_entropy(D(x), y)
            d_opt.zero_grad()
            d_loss.backward()
            d_opt.step()
            out = D(G(torch.randn(n_batch, latent_dim)))
            g_loss = F.binary_cross_entropy(out, torch.ones(n_batch, 1))
            g_opt.zero_grad()
            g_loss.backward()
            g_opt.step()
            print('epoch: %d, batch:%d/%d, d_loss=%.3f, g_loss=%.3f'
                  % (i + 1, j + 1, bat_per_epo, d_loss.item(), g_loss.item()))
            truth.add(at=i + 1, d_loss=d_loss.item(), g_loss=g_loss.item())
        if (i + 1) % 2 == 0:
            summarize()
    truth.write("the script's batch losses and discriminator accuracies", libraries=("torch",),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"aasishgan": run}, root=HELDOUT44)
