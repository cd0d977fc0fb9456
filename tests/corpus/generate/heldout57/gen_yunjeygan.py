"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A PyTorch GAN printing as yunjey/pytorch-tutorial
``tutorials/03-advanced/generative_adversarial_network/main.py``: every 200th step
``'Epoch [{}/{}], Step [{}/{}], d_loss: {:.4f}, g_loss: {:.4f}, D(x): {:.2f}, D(G(z)): {:.2f}'``
(the epoch 0-based over the epoch count). Here: the script's MLP discriminator and generator
(smaller) on sklearn's 8x8 digits scaled to [-1, 1], BCE, Adam 2e-4, batch 20, a line every
20th step, 3 epochs.

Truth: ``d_loss``, ``g_loss``, ``D(x)``, ``D(G(z))`` at the printed epoch (the ``Step`` counter
restarts each epoch).
"""

from _toy import *  # noqa: F401,F403  (sets the import path)
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_digits

    X, _ = load_digits(return_X_y=True)
    X = torch.tensor(X / 8.0 - 1.0, dtype=torch.float32)
    torch.manual_seed(29)
    latent_size, hidden_size, image_size = 16, 64, 64
    num_epochs, batch_size = 3, 20
    D = nn.Sequential(nn.Linear(image_size, hidden_size), nn.LeakyReLU(0.2),
                      nn.Linear(hidden_size, hidden_size), nn.LeakyReLU(0.2),
                      nn.Linear(hidden_size, 1), nn.Sigmoid())
    G = nn.Sequential(nn.Linear(latent_size, hidden_size), nn.ReLU(),
                      nn.Linear(hidden_size, hidden_size), nn.ReLU(),
                      nn.Linear(hidden_size, image_size), nn.Tanh())
    criterion = nn.BCELoss()
    d_optimizer = torch.optim.Adam(D.parameters(), lr=0.0002)
    g_optimizer = torch.optim.Adam(G.parameters(), lr=0.0002)
    total_step = len(X) // batch_size
    truth = Truth()
    for epoch in range(num_epochs):
        order = torch.randperm(len(X))
        for i in range(total_step):
            images = X[order[i * batch_size:(i + 1) * batch_size]]
            real_labels = torch.ones(batch_size, 1)
            fake_labels = torch.zeros(batch_size, 1)
            outputs = D(images)
            d_loss_real = criterion(outputs, real_labels)
            real_score = outputs
            z = torch.randn(batch_size, latent_size)
            outputs = D(G(z))
            d_loss_fake = criterion(outputs, fake_labels)
            fake_score = outputs
            d_loss = d_loss_real + d_loss_fake
            d_optimizer.zero_grad(); g_optimizer.zero_grad()
            d_loss.backward()
            d_optimizer.step()
            z = torch.randn(batch_size, latent_size)
            g_loss = criterion(D(G(z)), real_labels)
            d_optimizer.zero_grad(); g_optimizer.zero_grad()
            g_loss.backward()
            g_optimizer.step()
            if (i + 1) % 20 == 0:
                print('Epoch [{}/{}], Step [{}/{}], d_loss: {:.4f}, g_loss: {:.4f}, D(x): {:.2f}, '
                      'D(G(z)): {:.2f}'.format(epoch, num_epochs, i + 1, total_step, d_loss.item(),
                                               g_loss.item(), real_score.mean().item(),
                                               fake_score.mean().item()))
                truth.add(at=epoch, d_loss=d_loss.item(), g_loss=g_loss.item(),
                          **{"D(x)": real_score.mean().item(),
                             "D(G(z))": fake_score.mean().item()})
    truth.write("the script's batch losses and mean discriminator scores",
                libraries=("torch",), rel=1e-4, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"yunjeygan": run}, root=HELDOUT57)
