"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A hand-written GAN loop printing as Bollo7/GAN_project ``train_gan.py`` (class ``GAN``):
``Current run's seed: {SEED}, GAN type: GAN``, ``Training started!``, then the log line
``Epoch {epoch}/{N} | Batch {batch_idx}/{len} Loss D: {:.4f} | Loss G: {:.4f} | D(x): {:.4f} |
D(G(z)): {:.4f}/{:.4f}`` under the script's own condition ``batch_idx != 0 and ((batch_idx + 1)
% self.log_when//2) == 0`` (operator precedence makes it fire once an epoch, on the last batch),
and ``FID at the end of epoch: {stat}`` (an unformatted NumPy float), then ``Finished
training!``. Here: a 2-D GAN (small MLPs) on a ring of Gaussians, 12 batches an epoch, 8 epochs;
the "FID" is the script's ``w2_mod`` Frechet distance taken on the 2-D points themselves (no
Inception network).

Truth: ``Loss D``, ``Loss G``, ``D(x)`` and ``D(G(z))`` (both numbers of the ``a/b`` pair, in
order) at the printed epoch; ``FID at the end of epoch`` with no step (its line states none).
The seed is a printed config value (params).
"""

from _toy import gan_data
from _capture import HELDOUT56, Truth, main


def w2_mod(v1, v2):
    import numpy as np
    import numpy.linalg as la
    import scipy.linalg

    eps = 1e-8
    m1, m2 = np.mean(v1, 0), np.mean(v2, 0)
    c1, c2 = np.cov(v1.T), np.cov(v2.T)
    norm = la.norm(m1 - m2)
    offset = np.eye(c1.shape[0]) * eps
    sigmas = scipy.linalg.sqrtm((c1 + offset).dot(c2 + offset))
    if np.iscomplexobj(sigmas):
        sigmas = sigmas.real
    return norm ** 2 + np.trace(c1) + np.trace(c2) - 2 * np.trace(sigmas)


def run() -> None:
    import torch
    import torch.nn as nn

    SEED, N_EPOCHS, BATCH_SIZE, NOISE = 7, 8, 32, 4
    torch.manual_seed(SEED)
    print(f"Current run's seed: {SEED}, GAN type: GAN")
    data = gan_data(12 * BATCH_SIZE, seed=SEED)
    G = nn.Sequential(nn.Linear(NOISE, 32), nn.ReLU(), nn.Linear(32, 2))
    D = nn.Sequential(nn.Linear(2, 32), nn.LeakyReLU(0.2), nn.Linear(32, 1), nn.Sigmoid())
    opt_g = torch.optim.Adam(G.parameters(), lr=2e-3, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(D.parameters(), lr=2e-3, betas=(0.5, 0.999))
    criterion = nn.BCELoss()
    big_noise = torch.randn(256, NOISE)
    log_when = len(data) // BATCH_SIZE
    n_batches = log_when
    truth = Truth()
    print('Training started!')
    for epoch in range(1, N_EPOCHS + 1):
        order = torch.randperm(len(data))
        for batch_idx in range(n_batches):
            x_real = data[order[batch_idx * BATCH_SIZE:(batch_idx + 1) * BATCH_SIZE]]
            D.zero_grad()
            y_real = torch.ones(BATCH_SIZE)
            D_output1 = D(x_real).view(-1)
            D_real_loss = criterion(D_output1, y_real)
            D_real_loss.backward()
            D_x = D_output1.mean().item()
            noise_z = torch.randn(BATCH_SIZE, NOISE)
            x_fake = G(noise_z)
            D_output2 = D(x_fake.detach()).view(-1)
            D_fake_loss = criterion(D_output2, torch.zeros(BATCH_SIZE))
            D_fake_loss.backward()
            D_G_z = D_output2.mean().item()
            D_loss = D_real_loss + D_fake_loss
            opt_d.step()
            G.zero_grad()
            D_output3 = D(x_fake).view(-1)
            G_loss = criterion(D_output3, torch.ones(BATCH_SIZE))
            G_loss.backward()
            D_G_z2 = D_output3.mean().item()
            opt_g.step()
            if batch_idx != 0 and ((batch_idx + 1) % log_when // 2) == 0:
                print(f'Epoch {epoch}/{N_EPOCHS} | Batch {batch_idx}/{n_batches} '
                      f'Loss D: {D_loss:.4f} | Loss G: {G_loss:.4f} | D(x): {D_x:.4f} | '
                      f'D(G(z)): {D_G_z:.4f}/{D_G_z2:.4f}')
                truth.add(at=epoch, **{"Loss D": D_loss.item(), "Loss G": G_loss.item(),
                                       "D(x)": D_x})
                truth.add(at=epoch, **{"D(G(z))": D_G_z})
                truth.add(at=epoch, **{"D(G(z))": D_G_z2})
            if batch_idx != 0 and ((batch_idx + 1) % log_when == 0):
                with torch.no_grad():
                    fake = G(big_noise).numpy()
                    real = data[torch.randperm(len(data))[:256]].numpy()
                    stat = w2_mod(real, fake)
                print(f"FID at the end of epoch: {stat}")
                truth.add(**{"FID at the end of epoch": float(stat)})
    print('Finished training!')
    truth.write("the script's D/G losses, D outputs and the Frechet distance of each epoch",
                libraries=("torch", "scipy"), params={"Current run's seed": SEED},
                rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"bollo7": run}, root=HELDOUT56)
