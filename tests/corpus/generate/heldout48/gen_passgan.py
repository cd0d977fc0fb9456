"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written WGAN loop printing as andrew98450/PassGAN ``train.py``: every 10th iteration
``"[+] Epoch: [%d/%d] G_Loss: %.4f D_Loss: %.4f" % (i+1, epoch, g_loss, d_loss)`` (the
critic's last loss of the five critic steps, weight clipping at 0.01). Here: a tiny generator and
critic on one-hot "passwords" of length 6 over a 5-letter alphabet drawn from a fixed Markov
chain, 10 epochs of 20 iterations.

Truth: ``G_Loss`` and ``D_Loss`` of each printed line, at the printed epoch (the only counter on
the line; the iteration is not printed, so two lines share an epoch).
"""

from _toy import batches  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(5)
    rng = np.random.default_rng(5)
    seq_len, vocab, batch_size, epoch, n_c, c = 6, 5, 20, 10, 5, 0.01
    trans = rng.dirichlet(np.ones(vocab) * 0.5, size=vocab)
    seqs = np.zeros((400, seq_len), dtype=np.int64)
    for s in seqs:
        s[0] = rng.integers(vocab)
        for t in range(1, seq_len):
            s[t] = rng.choice(vocab, p=trans[s[t - 1]])
    data = torch.tensor(seqs)

    class NetG(nn.Module):
        def __init__(self):
            super().__init__()
            self.net = nn.Sequential(nn.Linear(16, 64), nn.ReLU(), nn.Linear(64, seq_len * vocab))

        def forward(self, z):
            return torch.softmax(self.net(z).view(-1, seq_len, vocab), dim=-1)

    class NetD(nn.Module):
        def __init__(self):
            super().__init__()
            self.net = nn.Sequential(nn.Flatten(), nn.Linear(seq_len * vocab, 32), nn.ReLU(),
                                     nn.Linear(32, 1))

        def forward(self, x):
            return self.net(x)

    netG, netD = NetG(), NetD()
    g_optim = torch.optim.Adam(netG.parameters(), lr=1e-3, betas=(0.5, 0.9))
    d_optim = torch.optim.Adam(netD.parameters(), lr=1e-3, betas=(0.5, 0.9))
    truth = Truth()
    for i in range(epoch):
        perm = torch.randperm(len(data))
        for iters in range(len(data) // batch_size):
            real = torch.nn.functional.one_hot(data[perm[iters * batch_size:(iters + 1) * batch_size]],
                                               vocab).float()
            for _ in range(n_c):
                fake = netG(torch.randn(batch_size, 16)).detach()
                d_real_loss = -torch.mean(netD(real))
                d_fake_loss = torch.mean(netD(fake))
                d_loss = d_fake_loss + d_real_loss
                d_optim.zero_grad()
                d_real_loss.backward()
                d_fake_loss.backward()
                d_optim.step()
                for p in netD.parameters():
                    p.data = p.data.clamp(-c, c)
            g_loss = -torch.mean(netD(netG(torch.randn(batch_size, 16))))
            g_optim.zero_grad()
            g_loss.backward()
            g_optim.step()
            if iters % 10 == 0:
                print("[+] Epoch: [%d/%d] G_Loss: %.4f D_Loss: %.4f" % (i + 1, epoch, g_loss, d_loss))
                truth.add(at=i + 1, G_Loss=g_loss.item(), D_Loss=d_loss.item())
    truth.write("the loop's generator and critic losses", libraries=("torch",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"passgan": run}, root=HELDOUT48)
