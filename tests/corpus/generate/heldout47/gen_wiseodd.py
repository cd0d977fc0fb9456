"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written GAN loop printing as TakLee96/gan ``mnist_gan.py`` (after wiseodd's vanilla GAN
post): every k iterations a block of ``'Iter: {}'``, ``'D loss: {:.4}'``, ``'G_loss: {:.4}'``
(four significant digits, the two labels spelt differently) and an empty line. Here: PyTorch for
TensorFlow, the same 128-unit MLPs on sklearn's digits in [0, 1] (for MNIST), batches of 128,
Adam, 2000 iterations with a block every 100th (the original: 1,000,000 and every 1000th);
image grids are not written.

Truth: ``D loss`` and ``G_loss`` at the iteration of the ``Iter:`` header above them.
"""

from _toy import digits
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    Xtr, _, _, _, _, _ = digits(seed=20, scale01=True)
    rng = np.random.default_rng(20)
    torch.manual_seed(20)
    Dn = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 1))
    Gn = nn.Sequential(nn.Linear(100, 128), nn.ReLU(), nn.Linear(128, 64), nn.Sigmoid())
    d_opt, g_opt = torch.optim.Adam(Dn.parameters()), torch.optim.Adam(Gn.parameters())
    z = lambda m: torch.tensor(rng.uniform(-1., 1., size=[m, 100]), dtype=torch.float32)
    bce = F.binary_cross_entropy_with_logits
    truth = Truth()
    for it in range(2000):
        X_mb = Xtr[torch.tensor(rng.integers(0, len(Xtr), 128))]
        d_real, d_fake = Dn(X_mb), Dn(Gn(z(128)).detach())
        D_loss = bce(d_real, torch.ones_like(d_real)) + bce(d_fake, torch.zeros_like(d_fake))
        d_opt.zero_grad()
        D_loss.backward()
        d_opt.step()
        g_logit = Dn(Gn(z(128)))
        G_loss = bce(g_logit, torch.ones_like(g_logit))
        g_opt.zero_grad()
        G_loss.backward()
        g_opt.step()
        if it % 100 == 0:
            print('Iter: {}'.format(it))
            print('D loss: {:.4}'.format(D_loss.item()))
            print('G_loss: {:.4}'.format(G_loss.item()))
            print()
            truth.add(at=it, **{"D loss": D_loss.item(), "G_loss": G_loss.item()})
    truth.write("the script's batch losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"wiseodd": run}, root=HELDOUT47)
