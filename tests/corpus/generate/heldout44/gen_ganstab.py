"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written GAN loop printing as Chediak/GAN_stability ``train.py``: the generator and
discriminator printed whole, ``'Start training...'``, ``'Start epoch %d...'``, every iteration
``'[epoch %0d, it %4d] g_loss = %.4f, d_loss = %.4f, reg=%.4f'`` (the last logged generator
loss, discriminator loss and R1 regulariser), ``'Creating samples...'`` every ``sample_every``
iterations and ``'Saving backup...'`` every ``backup_every``. Here: a 1-D GAN (two Gaussian
modes) with small MLPs, the standard non-saturating loss, an R1 penalty of weight 10, d_steps 1,
2 epochs of 8 iterations (the original loops until killed), sample_every 5, backup_every 10.

Truth: ``g_loss``, ``d_loss`` and ``reg`` at the printed iteration ``it`` (a global counter;
the epoch is the other counter).
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(7)
    generator = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 1))
    discriminator = nn.Sequential(nn.Linear(1, 16), nn.LeakyReLU(0.2), nn.Linear(16, 1))
    print(generator)
    print(discriminator)
    g_optimizer = torch.optim.Adam(generator.parameters(), lr=1e-3, betas=(0.0, 0.99))
    d_optimizer = torch.optim.Adam(discriminator.parameters(), lr=1e-3, betas=(0.0, 0.99))
    batch_size, d_steps, sample_every, backup_every, reg_param = 64, 1, 5, 10, 10.0
    truth = Truth()

    def real_batch():
        mode = torch.randint(0, 2, (batch_size, 1)).float()
        return mode * 4 - 2 + 0.3 * torch.randn(batch_size, 1)

    last = {}
    it = epoch_idx = -1
    print('Start training...')
    for _ in range(2):
        epoch_idx += 1
        print('Start epoch %d...' % epoch_idx)
        for _ in range(8):
            it += 1
            x_real = real_batch().requires_grad_()
            z = torch.randn(batch_size, 2)
            d_real = discriminator(x_real)
            grad = torch.autograd.grad(d_real.sum(), x_real, create_graph=True)[0]
            reg = reg_param * 0.5 * grad.pow(2).sum(1).mean()
            with torch.no_grad():
                x_fake = generator(z)
            dloss = (F.binary_cross_entropy_with_logits(d_real, torch.ones_like(d_real))
                     + F.binary_cross_entropy_with_logits(discriminator(x_fake),
                                                          torch.zeros_like(d_real)))
            d_optimizer.zero_grad()
            (dloss + reg).backward()
            d_optimizer.step()
            last['discriminator'], last['regularizer'] = dloss.item(), reg.item()
            if ((it + 1) % d_steps) == 0:
                d_fake = discriminator(generator(torch.randn(batch_size, 2)))
                gloss = F.binary_cross_entropy_with_logits(d_fake, torch.ones_like(d_fake))
                g_optimizer.zero_grad()
                gloss.backward()
                g_optimizer.step()
                last['generator'] = gloss.item()
            print('[epoch %0d, it %4d] g_loss = %.4f, d_loss = %.4f, reg=%.4f'
                  % (epoch_idx, it, last['generator'], last['discriminator'],
                     last['regularizer']))
            truth.add(at=it, g_loss=last['generator'], d_loss=last['discriminator'],
                      reg=last['regularizer'])
            if (it % sample_every) == 0:
                print('Creating samples...')
            if ((it + 1) % backup_every) == 0:
                print('Saving backup...')
    truth.write("the script's logged losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"ganstab": run}, root=HELDOUT44)
