"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written WGAN printing as thisisiron/TF2-GAN ``wgan/train.py``: each epoch
``print('Time for epoch {} is {} sec - gen_loss = {}, disc_loss = {}'.format(epoch + 1,
time.time() - start, gen_loss / batch_size, disc_loss / (batch_size*n_critic)))`` (the epoch's
summed losses divided as in the original, unformatted). Here: PyTorch instead of TensorFlow (no
TensorFlow installed), so the losses are NumPy scalars (printed at full precision) where the original prints
``tf.Tensor(..., shape=(), dtype=float32)``; a 1-D WGAN with weight clipping and RMSprop on a
two-mode mixture, critic trained every batch and the generator every fifth, 20 epochs.

Truth: ``gen_loss`` and ``disc_loss`` at the printed epoch; the seconds are a time.
"""

from _toy import digits  # noqa: F401  (keeps the shared path set-up)
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(13)
    latent_dim, batch_size, n_critic, epochs = 8, 32, 5, 20
    G = nn.Sequential(nn.Linear(latent_dim, 32), nn.ReLU(), nn.Linear(32, 1))
    D = nn.Sequential(nn.Linear(1, 32), nn.LeakyReLU(0.2), nn.Linear(32, 1))
    g_opt = torch.optim.RMSprop(G.parameters(), lr=5e-4)
    d_opt = torch.optim.RMSprop(D.parameters(), lr=5e-4)
    data = torch.cat([torch.randn(640, 1) * 0.3 - 2, torch.randn(640, 1) * 0.3 + 2])
    truth = Truth()
    it = 0
    for epoch in range(epochs):
        start = time.time()
        disc_loss = np.float32(0)
        gen_loss = np.float32(0)
        perm = torch.randperm(len(data))
        for i in range(0, len(data), batch_size):
            real = data[perm[i:i + batch_size]]
            z = torch.randn(batch_size, latent_dim)
            d_loss = D(G(z).detach()).mean() - D(real).mean()
            d_opt.zero_grad()
            d_loss.backward()
            d_opt.step()
            for p in D.parameters():
                p.data.clamp_(-0.01, 0.01)
            disc_loss += np.float32(d_loss.item())
            it += 1
            if it % n_critic == 0:
                g_loss = -D(G(torch.randn(batch_size, latent_dim))).mean()
                g_opt.zero_grad()
                g_loss.backward()
                g_opt.step()
                gen_loss += np.float32(g_loss.item())
        g_print, d_print = gen_loss / batch_size, disc_loss / (batch_size * n_critic)
        print('Time for epoch {} is {} sec - gen_loss = {}, disc_loss = {}'.format(
            epoch + 1, time.time() - start, g_print, d_print))
        truth.add(at=epoch + 1, gen_loss=float(g_print), disc_loss=float(d_print))
    truth.write("the script's summed epoch losses over the original's divisors",
                libraries=("torch", "numpy"), rel=1e-5, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"tf2wgan": run}, root=HELDOUT43)
