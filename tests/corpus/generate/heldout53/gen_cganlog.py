"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A conditional GAN trained and logged as zuzg/fashion-mnist-cgan ``src/train/train_loop.py``
(``training_loop``, ``discriminator_train_step``, ``generator_train_step``) with ``evaluate``:
``logging.basicConfig(level=logging.INFO)`` (the default ``INFO:<logger>:`` format on stderr,
logger ``src.train.train_loop``), ``Starting epoch 0...``, a plain ``tqdm`` bar over the
training batches, ``g_loss: <last batch, unformatted>, d_loss: <...>`` and ``Test Set - g_loss:
0.7000, d_loss: 1.3000``. Here: label-conditioned MLP generator and discriminator on sklearn's
digits (instead of Fashion-MNIST), Adam(lr=2e-4) with StepLR(10, 0.5), batch 64, 5 epochs; the
sample grid and W&B are left out.

Truth: ``g_loss`` and ``d_loss`` (the epoch's last batch) and ``test/g_loss``, ``test/d_loss``
(the test-set means; ``Test Set -`` names the phase), all at the epoch of the ``Starting epoch``
line they follow. The bar carries no metric.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _toy import digits_np
from _capture import HELDOUT53, Truth, main


def run() -> None:
    import logging

    import torch
    import torch.nn as nn
    from torch.optim.lr_scheduler import StepLR
    from tqdm import tqdm

    logging.basicConfig(level=logging.INFO)
    log = logging.getLogger("src.train.train_loop")

    Xtr, ytr, Xte, yte = digits_np(seed=10)
    Xtr = torch.tensor(Xtr * 2 - 1, dtype=torch.float32)
    Xte = torch.tensor(Xte * 2 - 1, dtype=torch.float32)
    ytr, yte = torch.tensor(ytr), torch.tensor(yte)
    torch.manual_seed(10)
    g = torch.Generator().manual_seed(11)

    class Generator(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(10, 10)
            self.net = nn.Sequential(nn.Linear(110, 128), nn.LeakyReLU(0.2), nn.Linear(128, 64),
                                     nn.Tanh())

        def forward(self, z, labels):
            return self.net(torch.cat([z, self.emb(labels)], 1))

    class Discriminator(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(10, 10)
            self.net = nn.Sequential(nn.Linear(74, 128), nn.LeakyReLU(0.2), nn.Dropout(0.3),
                                     nn.Linear(128, 1), nn.Sigmoid())

        def forward(self, x, labels):
            return self.net(torch.cat([x, self.emb(labels)], 1)).squeeze(1)

    generator, discriminator = Generator(), Discriminator()
    criterion = nn.BCELoss()
    d_optimizer = torch.optim.Adam(discriminator.parameters(), lr=2e-4)
    g_optimizer = torch.optim.Adam(generator.parameters(), lr=2e-4)
    d_scheduler = StepLR(d_optimizer, step_size=10, gamma=0.5)
    g_scheduler = StepLR(g_optimizer, step_size=10, gamma=0.5)

    def loader(X, y, shuffle):
        order = torch.randperm(len(X), generator=g) if shuffle else torch.arange(len(X))
        return [(X[order[i:i + 64]], y[order[i:i + 64]]) for i in range(0, len(X), 64)]

    def generator_train_step(batch_size):
        g_optimizer.zero_grad()
        z = torch.randn(batch_size, 100, generator=g)
        fake_labels = torch.randint(0, 10, (batch_size,), generator=g)
        validity = discriminator(generator(z, fake_labels), fake_labels)
        g_loss = criterion(validity, torch.ones(batch_size))
        g_loss.backward()
        g_optimizer.step()
        return g_loss.item()

    def discriminator_train_step(batch_size, real_images, labels):
        d_optimizer.zero_grad()
        real_loss = criterion(discriminator(real_images, labels), torch.ones(batch_size))
        z = torch.randn(batch_size, 100, generator=g)
        fake_labels = torch.randint(0, 10, (batch_size,), generator=g)
        fake_images = generator(z, fake_labels)
        fake_loss = criterion(discriminator(fake_images, fake_labels), torch.zeros(batch_size))
        d_loss = real_loss + fake_loss
        d_loss.backward()
        d_optimizer.step()
        return d_loss.item()

    def evaluate():
        generator.eval()
        discriminator.eval()
        g_total = d_total = 0.0
        batches = loader(Xte, yte, False)
        with torch.no_grad():
            for images, labels in batches:
                n = len(images)
                z = torch.randn(n, 100, generator=g)
                fake = generator(z, labels)
                g_total += criterion(discriminator(fake, labels), torch.ones(n)).item()
                d_total += (criterion(discriminator(images, labels), torch.ones(n))
                            + criterion(discriminator(fake, labels), torch.zeros(n))).item()
        discriminator.train()
        return g_total / len(batches), d_total / len(batches)

    truth = Truth()
    for epoch in range(5):
        log.info(f"Starting epoch {epoch}...")
        generator.train()
        for images, labels in tqdm(loader(Xtr, ytr, True)):
            batch_size = images.size(0)
            d_loss = discriminator_train_step(batch_size, images, labels)
            g_loss = generator_train_step(batch_size)
        d_scheduler.step()
        g_scheduler.step()
        generator.eval()
        log.info(f"g_loss: {g_loss}, d_loss: {d_loss}")
        avg_g_loss, avg_d_loss = evaluate()
        log.info(f"Test Set - g_loss: {avg_g_loss:.4f}, d_loss: {avg_d_loss:.4f}")
        truth.add(at=epoch, g_loss=g_loss, d_loss=d_loss)
        truth.add(at=epoch, **{"test/g_loss": avg_g_loss, "test/d_loss": avg_d_loss})
    truth.write("the loop's last batch losses and the test-set mean losses",
                libraries=("torch", "tqdm"), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cganlog": run}, root=HELDOUT53)
