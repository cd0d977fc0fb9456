"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A GAN trained one batch per "epoch", printing as AngusMcKay/GAN_yersel ``gan.py`` (``GAN.train``):
for every step a five-line block, a 57-dash rule, ``"******************Epoch {}***************************"``,
``"Discriminator loss: {}"`` (element 0 of ``0.5 * np.add(loss_real, loss_fake)``, a NumPy
float64 printed whole), ``"Generator loss: {}"`` (a Python float printed whole) and the rule
again. The original trains Keras models with ``train_on_batch``; here the same three models in
PyTorch (the discriminator's ``[loss, accuracy]`` pair is kept as a NumPy array), on sklearn's
digits, 20 steps.

Truth: ``Discriminator loss`` and ``Generator loss`` at the printed epoch (0-based), full
precision.
"""

from _toy import digits01
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    X, _ = digits01(seed=7)
    X = (X * 2 - 1).numpy()
    torch.manual_seed(7)
    rng = np.random.default_rng(7)
    zd, batch_size = 20, 32
    gen = nn.Sequential(nn.Linear(zd, 64), nn.LeakyReLU(0.2), nn.BatchNorm1d(64, momentum=0.2),
                        nn.Linear(64, 64), nn.Tanh())
    disc = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Linear(64, 32),
                         nn.LeakyReLU(0.2), nn.Linear(32, 1), nn.Sigmoid())
    d_opt = torch.optim.Adam(disc.parameters(), lr=0.0002, betas=(0.5, 0.999))
    g_opt = torch.optim.Adam(gen.parameters(), lr=0.0002, betas=(0.5, 0.999))
    bce = nn.BCELoss()

    def d_train_on_batch(x, target):
        x, t = torch.tensor(x, dtype=torch.float32), torch.tensor(target, dtype=torch.float32)
        d_opt.zero_grad()
        out = disc(x)
        loss = bce(out, t)
        loss.backward()
        d_opt.step()
        return [loss.item(), float(((out > 0.5).float() == t).float().mean())]

    def predict_noise(size):
        with torch.no_grad():
            gen.eval()
            out = gen(torch.tensor(rng.normal(0, 1, (size, zd)), dtype=torch.float32)).numpy()
            gen.train()
        return out

    real, fake = np.ones((batch_size, 1)), np.zeros((batch_size, 1))
    truth = Truth()
    for epoch in range(20):
        batch = X[rng.integers(0, X.shape[0], batch_size)]
        generated = predict_noise(batch_size)
        loss_real = d_train_on_batch(batch, real)
        loss_fake = d_train_on_batch(generated, fake)
        discriminator_loss = 0.5 * np.add(loss_real, loss_fake)
        noise = torch.tensor(rng.normal(0, 1, (batch_size, zd)), dtype=torch.float32)
        g_opt.zero_grad()
        gl = bce(disc(gen(noise)), torch.ones(batch_size, 1))
        gl.backward()
        g_opt.step()
        generator_loss = gl.item()
        print("---------------------------------------------------------")
        print("******************Epoch {}***************************".format(epoch))
        print("Discriminator loss: {}".format(discriminator_loss[0]))
        print("Generator loss: {}".format(generator_loss))
        print("---------------------------------------------------------")
        truth.add(at=epoch, **{"Discriminator loss": discriminator_loss[0],
                               "Generator loss": generator_loss})
    truth.write("the script's loss values", libraries=("torch", "numpy"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"yerselgan": run}, root=HELDOUT54)
