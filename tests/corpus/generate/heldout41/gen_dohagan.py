"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch GAN printing as 17-doha/GANS ``trainer.py``: every step ``Training
progress in epoch #0, step 5, discriminator loss=0.693 , generator loss=0.712`` (a space before
the comma) and at each epoch's end ``Disciminator Accuracy on real images: 55%, on fake images:
40%`` (the original's spelling; ``%.0f`` of percentages, measured on 100 fresh real and 100
fresh fake samples). Here: an MLP generator and discriminator on sklearn's 8x8 digits (the
original: Keras models on MNIST), Adam, batches of 64, 3 epochs of 6 steps (the original: 100 of
468); the plots and the saved generator are left out.

Truth: ``discriminator loss`` and ``generator loss`` at the printed epoch (the step counter
restarts each epoch); ``Disciminator Accuracy on real images`` and ``on fake images`` as the
line labels them, rounded as printed (no step).
"""

from _toy import digit_images
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    X, _ = digit_images(seed=19)
    X = X.reshape(-1, 64) * 2 - 1
    torch.manual_seed(19)
    noise_dim = 16
    generator = nn.Sequential(nn.Linear(noise_dim, 64), nn.LeakyReLU(0.2), nn.Linear(64, 64),
                              nn.Tanh())
    discriminator = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Linear(64, 1))
    bce = nn.BCEWithLogitsLoss()
    opt_d = torch.optim.Adam(discriminator.parameters(), lr=2e-3)
    opt_g = torch.optim.Adam(generator.parameters(), lr=2e-3)
    truth = Truth()

    def generate_real_images(n):
        return X[torch.randint(0, len(X), (n,))], torch.ones(n, 1)

    def generate_img_using_model(n):
        with torch.no_grad():
            return generator(torch.randn(n, noise_dim)), torch.zeros(n, 1)

    def accuracy(x, y):
        with torch.no_grad():
            return ((discriminator(x) > 0).float() == y).float().mean().item()

    epochs, epoch_steps, batch_size = 3, 6, 64
    for epoch in range(epochs):
        for step in range(epoch_steps):
            X_fake, y_fake = generate_img_using_model(batch_size)
            X_real, y_real = generate_real_images(batch_size)
            X_batch, y_batch = torch.cat([X_real, X_fake]), torch.cat([y_real, y_fake])
            d_loss = bce(discriminator(X_batch), y_batch)
            opt_d.zero_grad()
            d_loss.backward()
            opt_d.step()
            gan_loss = bce(discriminator(generator(torch.randn(batch_size, noise_dim))),
                           torch.ones(batch_size, 1))
            opt_g.zero_grad()
            gan_loss.backward()
            opt_g.step()
            print('Training progress in epoch #%d, step %d, discriminator loss=%.3f , '
                  'generator loss=%.3f' % (epoch, step, d_loss.item(), gan_loss.item()))
            truth.add(at=epoch, **{"discriminator loss": d_loss.item(),
                                   "generator loss": gan_loss.item()})
        X_real, y_real = generate_real_images(100)
        acc_real = accuracy(X_real, y_real)
        X_fake, y_fake = generate_img_using_model(100)
        acc_fake = accuracy(X_fake, y_fake)
        print('Disciminator Accuracy on real images: %.0f%%, on fake images: %.0f%%'
              % (acc_real * 100, acc_fake * 100))
        truth.add(**{"Disciminator Accuracy on real images": round(acc_real * 100),
                     "on fake images": round(acc_fake * 100)})
    truth.write("the script's batch losses and the discriminator's sample accuracies",
                libraries=("torch",), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"dohagan": run}, root=HELDOUT41)
