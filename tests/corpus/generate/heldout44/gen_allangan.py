"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written GAN loop printing as AllanGitGud/gan ``gan.py``: ``f'Using device: {device}'``,
every 100th batch ``f"Epoch [{epoch+1}/{epochs}], Step [{batch_idx}/{len(data_loader)}], Loss D:
{loss_D.item():.4f}, Loss G: {loss_G.item():.4f}"``, then ``"Training complete!"`` and ``"Models
saved successfully!"`` (nothing is written here). Here: an MLP GAN on sklearn's digits scaled to
[0, 1] (the original: convolutional, on MNIST), a sigmoid discriminator and BCE, Adam, 3 epochs
of 28 batches of 64, a line every 7th batch (the original: 938 batches, every 100th).

Truth: ``Loss D`` and ``Loss G`` at the printed epoch (the step counter restarts each epoch).
"""

from _toy import digits01
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    torch.manual_seed(26)
    X, _ = digits01(seed=26)
    X = X[:1792]
    device, latent_dim, epochs, batch_size = "cpu", 16, 3, 64
    print(f'Using device: {device}')
    discriminator = nn.Sequential(nn.Linear(64, 50), nn.ReLU(), nn.Dropout(0.5),
                                  nn.Linear(50, 1), nn.Sigmoid())
    generator = nn.Sequential(nn.Linear(latent_dim, 64), nn.ReLU(), nn.Linear(64, 64),
                              nn.Sigmoid())
    optimizer_D = torch.optim.Adam(discriminator.parameters(), lr=0.0002)
    optimizer_G = torch.optim.Adam(generator.parameters(), lr=0.0002)
    criterion = nn.BCELoss()
    truth = Truth()
    for epoch in range(epochs):
        order = torch.randperm(len(X))
        data_loader = [X[order[i:i + batch_size]] for i in range(0, len(X), batch_size)]
        for batch_idx, real in enumerate(data_loader):
            n = real.size(0)
            real_labels, fake_labels = torch.ones(n, 1), torch.zeros(n, 1)
            fake = generator(torch.randn(n, latent_dim))
            optimizer_D.zero_grad()
            loss_D = (criterion(discriminator(real), real_labels)
                      + criterion(discriminator(fake.detach()), fake_labels))
            loss_D.backward()
            optimizer_D.step()
            optimizer_G.zero_grad()
            loss_G = criterion(discriminator(fake), real_labels)
            loss_G.backward()
            optimizer_G.step()
            if batch_idx % 7 == 0:
                print(f"Epoch [{epoch+1}/{epochs}], Step [{batch_idx}/{len(data_loader)}], "
                      f"Loss D: {loss_D.item():.4f}, Loss G: {loss_G.item():.4f}")
                truth.add(at=epoch + 1, **{"Loss D": loss_D.item(), "Loss G": loss_G.item()})
    print("Training complete!")
    print("Models saved successfully!")
    truth.write("the script's batch losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"allangan": run}, root=HELDOUT44)
