"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written GAN loop printing as Alienge/mnistGan ``gan.py``: the discriminator's and the
generator's variable lists pretty-printed with a ``#`` rule between them, then a discriminator
pre-training loop printing ``"."`` (no newline) each iteration and every 100th
``print("\\rdLossReal:", dLossReal, 'dLossFake', dLossFake)`` (the original fetches
``d_loss_real`` twice, so both numbers are the loss on real images; reproduced), then the
alternating loop printing ``"."`` each iteration and every 100th ``print("\\rIteration:", i,
'at', datetime.datetime.now())`` and ``print("EStimate:", np.squeeze(estimate))`` (the
discriminator's logit for a generated sample). Here: PyTorch stands in for TensorFlow 1 (the
losses print as NumPy float32 as ``sess.run`` gives them), an MLP GAN on sklearn's digits scaled
to [0, 1], 400 pre-training and 300 alternating iterations, the same intervals of 100 scaled to
50.

Truth: ``dLossReal`` and ``dLossFake`` at each pre-training report, without step (the
iteration is not printed); ``EStimate`` optional (a logit, not a training metric).
"""

from _toy import digits01
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import datetime
    import pprint

    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(15)
    X, _ = digits01(seed=15)
    batch_size, z_dimensions = 50, 16
    D = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 1))
    G = nn.Sequential(nn.Linear(z_dimensions, 64), nn.ReLU(), nn.Linear(64, 64), nn.Sigmoid())
    d_opt = torch.optim.Adam(D.parameters(), lr=0.003)
    g_opt = torch.optim.Adam(G.parameters(), lr=0.001)
    pp = pprint.PrettyPrinter()
    pp.pprint([f"<tf.Variable 'd{i}/{n}:0'>" for i, (n, _) in enumerate(D.named_parameters())])
    print("#" * 20)
    pp.pprint([f"<tf.Variable 'g{i}/{n}:0'>" for i, (n, _) in enumerate(G.named_parameters())])
    truth = Truth()

    def real_batch():
        return X[torch.randint(0, len(X), (batch_size,))]

    def bce(logits, target):
        return F.binary_cross_entropy_with_logits(logits, torch.full_like(logits, target))

    for i in range(400):
        print(".", end='')
        real, fake = real_batch(), G(torch.randn(batch_size, z_dimensions)).detach()
        d_loss_real = bce(D(real), 1.0)
        d_loss_fake = bce(D(fake), 0.0)
        d_opt.zero_grad()
        (d_loss_real + d_loss_fake).backward()
        d_opt.step()
        dLossReal = dLossFake = np.float32(d_loss_real.item())
        if i % 50 == 0:
            print("\rdLossReal:", dLossReal, 'dLossFake', dLossFake)
            truth.add(dLossReal=float(dLossReal), dLossFake=float(dLossFake))
    for i in range(300):
        print('.', end="")
        real, fake = real_batch(), G(torch.randn(batch_size, z_dimensions))
        d_loss = bce(D(real), 1.0) + bce(D(fake.detach()), 0.0)
        d_opt.zero_grad()
        d_loss.backward()
        d_opt.step()
        g_loss = bce(D(G(torch.randn(batch_size, z_dimensions))), 1.0)
        g_opt.zero_grad()
        g_loss.backward()
        g_opt.step()
        if i % 50 == 0:
            print("\rIteration:", i, 'at', datetime.datetime.now())
            with torch.no_grad():
                estimate = np.float32(D(G(torch.randn(1, z_dimensions))).item())
            print("EStimate:", np.squeeze(estimate))
            truth.allow(EStimate=float(estimate))
    truth.write("the script's pre-training discriminator losses", libraries=("torch", "numpy"),
                rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"mnistgan": run}, root=HELDOUT44)
