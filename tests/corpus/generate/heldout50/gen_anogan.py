"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

The GAN stage of an AnoGAN printing as jonad/AnoGan-Pytorch ``scripts/train.py``: ``Starting the
training loop ...``, then each epoch one f-string continued over two source lines with a
backslash inside the literal, so the continuation line's indentation stays in the output:
``f'{epoch:<10} {"generator loss:"} {mean G loss}\\`` + newline + 8 spaces +
``{"discriminator loss:"} {mean D loss}'`` (unformatted Python floats). Here: an MLP generator
and discriminator on sklearn's digits (64 pixels in [-1, 1]) instead of the DCGAN on images,
BCE, Adam (beta1 0.5); 15 epochs; the checkpoints are not written.

Truth: ``generator loss`` and ``discriminator loss`` (the epoch's mean batch losses), without a
step: the line starts with a bare epoch number and no label, which is left as the line's
position (it is 0-based, so position and epoch agree).
"""

from _toy import digits
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.optim as optim
    from torch.utils.data import DataLoader, TensorDataset

    torch.manual_seed(8)
    Xtr, _, _, _, _, _ = digits(seed=8, scale=False)
    dataloader = DataLoader(TensorDataset(Xtr * 2 - 1), batch_size=64, shuffle=True)
    n_latent_vector, num_epochs, learning_rate, beta1 = 16, 15, 2e-4, 0.5
    real_label, fake_label = 1.0, 0.0
    generator_network = nn.Sequential(nn.Linear(n_latent_vector, 64), nn.ReLU(),
                                      nn.Linear(64, 64), nn.Tanh())
    discriminator_network = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2),
                                          nn.Linear(64, 1), nn.Sigmoid())
    criterion = nn.BCELoss()
    optimizer_d = optim.Adam(discriminator_network.parameters(), lr=learning_rate * 5,
                             betas=(beta1, 0.999))
    optimizer_g = optim.Adam(generator_network.parameters(), lr=learning_rate * 5,
                             betas=(beta1, 0.999))

    def train_discriminator(data, label):
        output = discriminator_network(data).view(-1)
        error = criterion(output, label)
        error.backward()
        return error, output

    truth = Truth()
    print('Starting the training loop ...')
    for epoch in range(num_epochs):
        generator_losses = []
        discriminator_losses = []
        for i, data in enumerate(dataloader, 1):
            discriminator_network.zero_grad()
            b_size = data[0].size(0)
            label = torch.full((b_size,), real_label)
            error_d_real, _ = train_discriminator(data[0], label)
            noise = torch.randn(b_size, n_latent_vector)
            fake = generator_network(noise)
            label.fill_(fake_label)
            error_d_fake, _ = train_discriminator(fake.detach(), label)
            error_discriminator = error_d_fake + error_d_real
            optimizer_d.step()
            generator_network.zero_grad()
            label.fill_(real_label)
            error_generator = criterion(discriminator_network(fake).view(-1), label)
            error_generator.backward()
            optimizer_g.step()
            generator_losses.append(error_generator.item())
            discriminator_losses.append(error_discriminator.item())

        print(f'{epoch:<10} {"generator loss:"} {sum(generator_losses)/len(generator_losses)}\
        {"discriminator loss:"} {sum(discriminator_losses)/len(discriminator_losses)}')
        truth.add(**{"generator loss": sum(generator_losses) / len(generator_losses),
                     "discriminator loss": sum(discriminator_losses) / len(discriminator_losses)})
    truth.write("the epoch's mean generator and discriminator batch losses",
                libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"anogan": run}, root=HELDOUT50)
