"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A conditional GAN printing as HeshanBandaranayake/hand-written-digit-generetor
``train_gan.py``: ``Loading MNIST dataset...``, ``Starting cGAN training for {steps} steps...``,
every 50 steps ``Step {step}/{steps} [D loss: {d_loss[0]:.4f}, acc.: {100 * d_loss[1]:.2f}%]
[G loss: {g_loss:.4f}]`` (``d_loss`` the mean of Keras' ``[loss, accuracy]`` on the real and the
fake half batch, real labels softened to 0.9), then ``Training finished. Generating samples...``
and ``Saved generator.keras and sample images.``. Here: the same loop in PyTorch on sklearn's
8x8 digits, 800 steps; the accuracy is computed as Keras' ``binary_accuracy`` does (prediction
thresholded at 0.5 compared with the label as given, so the softened real labels never count).

Truth: ``D loss``, ``acc.`` (the printed percentage) and ``G loss`` at the printed step.
"""

from _toy import digits_np
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    latent_dim, steps, batch_size = 16, 800, 64
    half_batch = int(batch_size / 2)
    torch.manual_seed(3)
    np.random.seed(3)
    print("Loading MNIST dataset...")
    X, y = digits_np(seed=3)
    X_train = X * 2 - 1.0
    y_train = y.reshape(-1, 1)

    class Gen(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(10, latent_dim)
            self.net = nn.Sequential(nn.Linear(2 * latent_dim, 64), nn.LeakyReLU(0.2),
                                     nn.Linear(64, 64), nn.Tanh())

        def forward(self, z, lab):
            return self.net(torch.cat([z, self.emb(lab.view(-1))], 1))

    class Disc(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(10, 64)
            self.net = nn.Sequential(nn.Linear(128, 64), nn.LeakyReLU(0.2), nn.Dropout(0.4),
                                     nn.Linear(64, 1), nn.Sigmoid())

        def forward(self, img, lab):
            return self.net(torch.cat([img, self.emb(lab.view(-1))], 1))

    generator, discriminator = Gen(), Disc()
    d_opt = torch.optim.Adam(discriminator.parameters(), lr=0.0002, betas=(0.5, 0.999))
    g_opt = torch.optim.Adam(generator.parameters(), lr=0.0001, betas=(0.5, 0.999))
    bce = nn.BCELoss()

    def train_on_batch(imgs, labs, target):
        d_opt.zero_grad()
        out = discriminator(imgs, labs)
        loss = bce(out, target)
        loss.backward()
        d_opt.step()
        acc = ((out > 0.5).float() == target).float().mean().item()
        return np.array([loss.item(), acc])

    truth = Truth()
    print(f"Starting cGAN training for {steps} steps...")
    for step in range(steps):
        idx = np.random.randint(0, X_train.shape[0], half_batch)
        real_imgs = torch.tensor(X_train[idx], dtype=torch.float32)
        real_labels = torch.tensor(y_train[idx])
        noise = torch.tensor(np.random.normal(0, 1, (half_batch, latent_dim)), dtype=torch.float32)
        fake_labels = torch.tensor(np.random.randint(0, 10, (half_batch, 1)))
        with torch.no_grad():
            gen_imgs = generator(noise, fake_labels)
        y_real = torch.ones(half_batch, 1) * 0.9
        y_fake = torch.zeros(half_batch, 1)
        d_loss_real = train_on_batch(real_imgs, real_labels, y_real)
        d_loss_fake = train_on_batch(gen_imgs, fake_labels, y_fake)
        d_loss = 0.5 * np.add(d_loss_real, d_loss_fake)
        g_opt.zero_grad()
        noise = torch.tensor(np.random.normal(0, 1, (batch_size, latent_dim)), dtype=torch.float32)
        sampled = torch.tensor(np.random.randint(0, 10, (batch_size, 1)))
        g_loss_t = bce(discriminator(generator(noise, sampled), sampled), torch.ones(batch_size, 1))
        g_loss_t.backward()
        g_opt.step()
        g_loss = g_loss_t.item()
        if step % 50 == 0:
            print(f"Step {step}/{steps} [D loss: {d_loss[0]:.4f}, acc.: {100 * d_loss[1]:.2f}%] "
                  f"[G loss: {g_loss:.4f}]")
            truth.add(at=step, **{"D loss": d_loss[0], "acc.": 100 * d_loss[1], "G loss": g_loss})
    print("Training finished. Generating samples...")
    print("Saved generator.keras and sample images.")
    truth.write("the script's discriminator [loss, accuracy] means and generator loss",
                libraries=("torch",), rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"heshan": run}, root=HELDOUT56)
