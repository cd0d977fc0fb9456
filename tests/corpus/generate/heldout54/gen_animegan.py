"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A GAN printing as AdamWang518/AnimeFaceGAN ``gan.py``: the batch index ``print(i)`` before every
batch, and per epoch ``f"Epoch [{epoch+1}/{epochs}], train_Loss:
{running_train_loss/len(train_loader)}"`` where the running sum adds the generator loss tensors
themselves (a 0-dim tensor with a grad_fn, which an f-string formats through ``item()``, so the
value prints as an unformatted float), then ``Model saved.``. Here: an MLP generator and discriminator on sklearn's digits (the original
uses convolutional models on anime faces), 5 batches of 64 per epoch, 20 epochs, no files.

Truth: ``train_Loss`` at the printed epoch, full precision. The batch
indices are counts, no metric.
"""

from _toy import batches, digits01
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    X, y = digits01(seed=9)
    X, y = X[:320] * 2 - 1, y[:320]
    torch.manual_seed(9)
    gen = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 64), nn.Tanh())
    dis = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Linear(64, 1), nn.Sigmoid())
    g_optimizer = torch.optim.Adam(gen.parameters(), lr=0.0002, betas=(0.5, 0.999))
    d_optimizer = torch.optim.Adam(dis.parameters(), lr=0.0002, betas=(0.5, 0.999))
    loss_function = torch.nn.BCELoss()
    epochs, n_batches = 20, 5
    truth = Truth()
    for epoch in range(epochs):
        running_train_loss = 0.0
        for i, (images, labels) in enumerate(batches(X, y, 64, epoch)):
            print(i)
            size = images.size(0)
            random_noise = torch.randn(size, 32)
            d_optimizer.zero_grad()
            real_output = dis(images)
            d_real_loss = loss_function(real_output, torch.ones_like(real_output))
            d_real_loss.backward()
            gen_img = gen(random_noise)
            fake_output = dis(gen_img.detach())
            d_fake_loss = loss_function(fake_output, torch.zeros_like(fake_output))
            d_fake_loss.backward()
            d_optimizer.step()
            g_optimizer.zero_grad()
            fake_output = dis(gen_img)
            g_loss = loss_function(fake_output, torch.ones_like(fake_output))
            g_loss.backward()
            g_optimizer.step()
            running_train_loss += g_loss
        value = running_train_loss / n_batches
        print(f"Epoch [{epoch+1}/{epochs}], train_Loss: {value}")
        print('Model saved.')
        truth.add(at=epoch + 1, train_Loss=value.item())
    truth.write("the script's mean generator loss", libraries=("torch",), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"animegan": run}, root=HELDOUT54)
