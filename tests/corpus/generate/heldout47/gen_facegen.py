"""HELD-OUT fixture (forty-seventh half, see generate/heldout47/README.md): do not read while
tuning the parser.

A hand-written least-squares GAN loop printing as puhach/facegen-dcgan ``facegen.py``
(``run_training`` and ``train``): ``Loading data...``, ``Training on CPU...``, every
``print_every`` batches ``'Epoch [{:5d}/{:5d}] | Batch [{:5d}/{:5d}] | d_loss: {:6.4f} | g_loss:
{:6.4f}'``, and ``Done!``. Here: MLP generator and discriminator on sklearn's digits (for CelebA),
batches of 32, 4 epochs, a line every 10th batch.

Truth: ``d_loss`` and ``g_loss`` of each printed line at the printed epoch (1-based); the batch
counter restarts each epoch and is not a step of its own.
"""

from _toy import batches, digits
from _capture import HELDOUT47, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    print("Loading data...")
    Xtr, ytr, _, _, _, _ = digits(seed=11)
    real_all = torch.tanh(Xtr / 2)
    torch.manual_seed(11)
    z_size = 16
    D = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Linear(64, 1))
    G = nn.Sequential(nn.Linear(z_size, 64), nn.ReLU(), nn.Linear(64, 64), nn.Tanh())
    d_opt = torch.optim.Adam(D.parameters(), lr=2e-4, betas=[0.5, 0.999])
    g_opt = torch.optim.Adam(G.parameters(), lr=2e-4, betas=[0.5, 0.999])
    print('Training on CPU...')
    truth = Truth()
    n_epochs, print_every, bs = 4, 10, 32
    n_batches = (len(real_all) + bs - 1) // bs
    for epoch in range(n_epochs):
        for batch_i, real in enumerate(batches(real_all, None, bs, epoch)):
            d_loss = torch.mean((D(real) - 1) ** 2) + torch.mean(D(G(torch.rand(len(real), z_size) * 2 - 1)) ** 2)
            d_opt.zero_grad()
            d_loss.backward()
            d_opt.step()
            g_loss = torch.mean((D(G(torch.rand(len(real), z_size) * 2 - 1)) - 1) ** 2)
            g_opt.zero_grad()
            g_loss.backward()
            g_opt.step()
            if batch_i % print_every == 0:
                print('Epoch [{:5d}/{:5d}] | Batch [{:5d}/{:5d}] | d_loss: {:6.4f} | g_loss: {:6.4f}'.format(
                    epoch + 1, n_epochs, batch_i, n_batches, d_loss.item(), g_loss.item()))
                truth.add(at=epoch + 1, d_loss=d_loss.item(), g_loss=g_loss.item())
    print('Done!')
    truth.write("the script's batch losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"facegen": run}, root=HELDOUT47)
