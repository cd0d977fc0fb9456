"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A GAN loop printing as 294coder/DCGAN ``dcgan.py``: ``training start!``, then per epoch ``'[%d/%d]
- ptime: %.2f, loss_d: %.3f, loss_g: %.3f'`` (the epoch over the total, the epoch's time, the
epoch means of the discriminator and generator losses, label-smoothed BCE with logits). Here:
small MLP generator and discriminator on sklearn's 8x8 digits, Adam, 20 epochs of batches of 64.

Truth: ``loss_d`` and ``loss_g`` at the printed epoch (``[epoch/total]`` leads the line);
``ptime`` is a timing: in neither.
"""

from _toy import batches, digits
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn

    torch.manual_seed(29)
    Xtr, _, _, _, _, _ = digits(seed=29)
    Xtr = Xtr.clamp(-3, 3) / 3
    G = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, 64), nn.Tanh())
    D = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Linear(64, 1))
    BCE_loss = nn.BCEWithLogitsLoss()
    G_optimizer = torch.optim.Adam(G.parameters(), lr=2e-4)
    D_optimizer = torch.optim.Adam(D.parameters(), lr=1e-4)
    truth = Truth()
    train_epoch = 20
    print('training start!')
    for epoch in range(train_epoch):
        D_losses, G_losses = [], []
        epoch_start_time = time.time()
        for x_, _ in batches(Xtr, torch.zeros(len(Xtr)), 64, epoch):
            mini_batch = x_.size()[0]
            y_real_ = torch.ones(mini_batch) - .1
            y_fake_ = torch.zeros(mini_batch) + .1
            D.zero_grad()
            D_real_loss = BCE_loss(D(x_).squeeze(), y_real_)
            G_result = G(torch.randn((mini_batch, 16)))
            D_fake_loss = BCE_loss(D(G_result.detach()).squeeze(), y_fake_)
            D_train_loss = D_real_loss + D_fake_loss
            D_train_loss.backward()
            D_optimizer.step()
            D_losses.append(D_train_loss.item())
            G.zero_grad()
            G_train_loss = BCE_loss(D(G(torch.randn((mini_batch, 16)))).squeeze(), y_real_)
            G_train_loss.backward()
            G_optimizer.step()
            G_losses.append(G_train_loss.item())
        per_epoch_ptime = time.time() - epoch_start_time
        d_loss = torch.mean(torch.FloatTensor(D_losses))
        g_loss = torch.mean(torch.FloatTensor(G_losses))
        print('[%d/%d] - ptime: %.2f, loss_d: %.3f, loss_g: %.3f' % ((epoch + 1), train_epoch, per_epoch_ptime, d_loss, g_loss))
        truth.add(at=epoch + 1, loss_d=d_loss.item(), loss_g=g_loss.item())
    truth.write("the loop's epoch-mean losses", libraries=("torch",), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"dcganfaces": run}, root=HELDOUT61)
