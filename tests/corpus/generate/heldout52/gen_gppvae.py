"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A hand-written PyTorch VAE loop printing as ahmerb/GPPVAE
``pysrc/train/rotated_mnist_fitc/train_vae.py`` (commit 0018746c): ``logging.basicConfig`` on
stdout with ``"%(asctime)s %(message)s"`` and dates ``%m/%d %I:%M:%S %p``, first
``opt = {...}`` (the optparse values), then per epoch ``epoch %d - train_mse: %f - test_mse %f``
and every ``epoch_cb`` epochs ``epoch %d - executing callback``. Here: a small VAE on sklearn's
digits (the threes and others), 15 epochs, a callback every 5 (the callback's plots, weight
files and the copied scripts are left out).

Truth: ``train_mse`` and ``test_mse`` at the printed (0-based) epoch; the optparse values are
``params``.
"""

from _toy import digit_images
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import logging
    import sys
    from optparse import OptionParser

    import torch
    import torch.nn as nn

    parser = OptionParser()
    parser.add_option("--data", dest="data", type=str, default="../../../mnist_data",
                      help="dataset path")
    parser.add_option("--outdir", dest="outdir", type=str, default="./out/vae",
                      help="output dir")
    parser.add_option("--seed", dest="seed", type=int, default=0, help="seed")
    parser.add_option("--filts", dest="filts", type=int, default=8,
                      help="number of convol filters")
    parser.add_option("--zdim", dest="zdim", type=int, default=4, help="zdim")
    parser.add_option("--vy", dest="vy", type=float, default=2e-3,
                      help="conditional norm lik variance")
    parser.add_option("--lr", dest="lr", type=float, default=2e-3, help="learning rate")
    parser.add_option("--bs", dest="bs", type=int, default=64, help="batch size")
    parser.add_option("--epoch_cb", dest="epoch_cb", type=int, default=5,
                      help="number of epoch by which a callback is executed")
    parser.add_option("--epochs", dest="epochs", type=int, default=15,
                      help="total number of epochs")
    parser.add_option("--debug", action="store_true", dest="debug", default=False)
    (opt, args) = parser.parse_args([])

    log_format = "%(asctime)s %(message)s"
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format=log_format,
                        datefmt="%m/%d %I:%M:%S %p")
    logging.info("opt = %s", opt)

    class VAE(nn.Module):
        def __init__(self, zdim, nf, vy):
            super().__init__()
            self.enc = nn.Sequential(nn.Conv2d(1, nf, 3, padding=1), nn.ELU(), nn.Flatten(),
                                     nn.Linear(nf * 64, 32), nn.ELU())
            self.zm, self.zs = nn.Linear(32, zdim), nn.Linear(32, zdim)
            self.dec = nn.Sequential(nn.Linear(zdim, 32), nn.ELU(), nn.Linear(32, 64))
            self.vy = vy

        def forward(self, y, eps):
            h = self.enc(y)
            zm, zs = self.zm(h), torch.exp(0.5 * self.zs(h))
            yr = self.dec(zm + eps * zs).view_as(y)
            mse = ((y - yr) ** 2).view(y.shape[0], -1).mean(1)
            nll = mse / (2 * self.vy)
            kld = -0.5 * (1 + torch.log(zs ** 2) - zm ** 2 - zs ** 2).sum(1)
            return nll + kld, mse, nll, kld

    X, _ = digit_images(seed=3)
    X = (X + 1) / 2
    Xtr, Xva = X[:400], X[500:600]
    torch.manual_seed(opt.seed)
    vae = VAE(opt.zdim, opt.filts, opt.vy)
    optimizer = torch.optim.Adam(vae.parameters(), lr=opt.lr, eps=1e-3)
    truth = Truth()

    def sums(data, train):
        rv = {"mse": 0.0}
        g = torch.Generator().manual_seed(len(truth.metrics.get("train_mse", [])))
        order = torch.randperm(len(data), generator=g) if train else torch.arange(len(data))
        for i in range(0, len(data), opt.bs):
            y = data[order[i:i + opt.bs]]
            eps = torch.randn(y.shape[0], opt.zdim, generator=g)
            if train:
                elbo, mse, nll, kld = vae(y, eps)
                optimizer.zero_grad()
                elbo.sum().backward()
                optimizer.step()
            else:
                with torch.no_grad():
                    elbo, mse, nll, kld = vae(y, eps)
            rv["mse"] += float(mse.data.sum()) / float(len(data))
        return rv

    for epoch in range(opt.epochs):
        vae.train()
        ht = sums(Xtr, True)
        vae.eval()
        hv = sums(Xva, False)
        logging.info("epoch %d - train_mse: %f - test_mse %f" % (epoch, ht["mse"], hv["mse"]))
        truth.add(at=epoch, train_mse=ht["mse"], test_mse=hv["mse"])
        if epoch % opt.epoch_cb == 0:
            logging.info("epoch %d - executing callback" % epoch)
    truth.write("the script's per-sample mean squared errors summed over each set and divided "
                "by its size", libraries=("torch",), rel=1e-5, abs_tol=5e-7,
                params=dict(vars(opt)))


if __name__ == "__main__":
    main(__file__, {"gppvae": run}, root=HELDOUT52)
