"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as GeonwooVincentKim/New_DCGAN ``Main/DCGAN_Training.py`` (commit 1668a874): first
``Starting Training Loop...``, then every 50 iterations ``"[%d %d] [%d %d]\t Loss_D : %.4f\t
Loss_G : %.4f\tD(x) : %.4f\t D(G(z)) : %.4f / %.4f"`` (the original's string pieces joined
as Python joins them: no space between ``Loss_G``'s tab and ``D(x)``). Here: a GAN on 1-D
points in NumPy (an affine generator against a logistic-regression discriminator on the
features x and x², the gradients written out by hand), 3 epochs of 120 iterations.

Truth: ``Loss_D``, ``Loss_G``, ``D(x)`` each printed line; the two numbers after ``D(G(z))``
(before and after the discriminator's step) as ``D(G(z))`` twice per line, in order. No
step (the line states epoch and iteration).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(4)
    sig = lambda z: 1 / (1 + np.exp(-z))
    g = np.array([0.2, -1.0])  # x = g0 * z + g1
    d = np.zeros(3)  # D(x) = sig(d0 * x + d1 * x^2 + d2)
    feats = lambda x: np.stack([x, x * x, np.ones_like(x)], 1)
    truth = Truth()
    num_epochs, n_iter, bs = 3, 120, 64
    print("Starting Training Loop...")
    for epoch in range(num_epochs):
        for i in range(n_iter):
            real = rng.normal(2.0, 0.7, bs)
            z = rng.normal(size=bs)
            fake = g[0] * z + g[1]
            pr, pf = sig(feats(real) @ d), sig(feats(fake) @ d)
            errD = -np.log(pr + 1e-12).mean() - np.log(1 - pf + 1e-12).mean()
            D_x, D_G_z1 = pr.mean(), pf.mean()
            grad_d = feats(real).T @ (pr - 1) / bs + feats(fake).T @ pf / bs
            d -= 0.05 * grad_d
            pf = sig(feats(fake) @ d)
            errG = -np.log(pf + 1e-12).mean()
            D_G_z2 = pf.mean()
            dx = -(1 - pf) * (d[0] + 2 * d[1] * fake) / bs
            g -= 0.05 * np.array([(dx * z).sum(), dx.sum()])
            if i % 50 == 0:
                print("[%d %d] [%d %d]\t "
                      "Loss_D : %.4f\t Loss_G : %.4f\t"
                      "D(x) : %.4f\t D(G(z)) : %.4f / %.4f" % (
                          epoch, num_epochs, i, n_iter,
                          errD, errG, D_x, D_G_z1, D_G_z2))
                truth.add(Loss_D=errD, Loss_G=errG, **{"D(x)": D_x})
                truth.add(**{"D(G(z))": D_G_z1})
                truth.add(**{"D(G(z))": D_G_z2})
    truth.write("the script's discriminator and generator losses and mean outputs",
                libraries=("numpy",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"geonwoo": run}, root=HELDOUT35)
