"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written VAE loop printing through mwortsma/elements_of_style ``modules/mse_loss_vae.py``:
the loss module itself prints ``'Total: %.4f, MSE: %.4f, KLD: %.4f' %(MSE + KLD, MSE, KLD)`` at
every call (a summed ``MSELoss(size_average=False)`` and the summed KL term), and nothing else
is printed. Here: a small fully-connected VAE on sklearn's digits, Adam, 2 epochs of 8 batches.

Truth: ``Total``, ``MSE``, ``KLD`` of each printed line, no step (the lines state none; their
order is their position). Four decimals: tolerance 1e-4 relative, 5e-5 absolute.
"""

from _toy import batches, digits
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import torch
    from torch import nn

    Xtr, ytr, _, _, _, _ = digits(seed=12)
    Xtr, ytr = Xtr[:512], ytr[:512]
    torch.manual_seed(12)
    truth = Truth()

    class Loss(nn.Module):
        def __init__(self):
            super(Loss, self).__init__()
            self.mse_loss = nn.MSELoss(reduction='sum')

        def forward(self, out, target, mu, logvar):
            MSE = self.mse_loss(out, target)
            KLD = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
            print('Total: %.4f, MSE: %.4f, KLD: %.4f' % (MSE + KLD, MSE, KLD))
            truth.add(Total=(MSE + KLD).item(), MSE=MSE.item(), KLD=KLD.item())
            return MSE, KLD

    enc = nn.Sequential(nn.Linear(64, 48), nn.ReLU(), nn.Linear(48, 16))
    dec = nn.Sequential(nn.Linear(8, 48), nn.ReLU(), nn.Linear(48, 64))
    opt = torch.optim.Adam(list(enc.parameters()) + list(dec.parameters()), lr=3e-3)
    crit = Loss()
    for epoch in range(2):
        for X, _ in batches(Xtr, ytr, 64, epoch):
            mu, logvar = enc(X).chunk(2, 1)
            z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
            MSE, KLD = crit(dec(z), X, mu, logvar)
            opt.zero_grad()
            (MSE + KLD).backward()
            opt.step()
    truth.write("the loss module's printed terms", libraries=("torch",), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"stylevae": run}, root=HELDOUT42)
