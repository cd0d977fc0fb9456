"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written GAN loop printing as pskrunner14/face-DCGAN ``train.py``: logging through
coloredlogs (``coloredlogs.install(level='DEBUG')``; its default format ``%(asctime)s
%(hostname)s %(name)s[%(process)d] %(levelname)s %(message)s``, coloured on a terminal) with
``loading LFW dataset into memory``, ``constructing graph on GPU`` (warning), debug lines, a
tqdm bar per epoch described ``Epoch[1/12]`` (``leave=False``, two generator steps per
discriminator step), and after each epoch ``Epoch[1/12]    g_loss: 0.693147   -   d_loss:
1.386294`` (the losses on a fixed evaluation batch). Here: PyTorch stands in for
TensorFlow/TensorLayer, a small MLP GAN on the 8x8 digits, 12 epochs; coloredlogs is not
installed, so its default format and colours are reproduced with ``logging`` (colours only
when stderr is a terminal); the GPU check (the original exits without one) is left out.

Truth: ``g_loss`` and ``d_loss`` at the epoch of the ``Epoch[i/N]`` prefix.
"""

from _toy import digit_images
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import logging
    import os
    import socket
    import sys

    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from tqdm import tqdm

    tty = sys.stderr.isatty()
    colours = {"DEBUG": "32", "INFO": "", "WARNING": "33", "CRITICAL": "1;31"}

    class ColouredFormatter(logging.Formatter):
        def format(self, record):
            record.hostname = socket.gethostname()
            if not tty:
                return super().format(record)
            c = colours.get(record.levelname, "")
            msg = f"\x1b[{c}m{record.getMessage()}\x1b[0m" if c else record.getMessage()
            return (f"\x1b[32m{self.formatTime(record)}\x1b[0m \x1b[35m{record.hostname}\x1b[0m "
                    f"\x1b[34m{record.name}\x1b[0m[\x1b[34m{record.process}\x1b[0m] "
                    f"\x1b[1;30m{record.levelname}\x1b[0m {msg}")

    handler = logging.StreamHandler()
    handler.setFormatter(ColouredFormatter(
        "%(asctime)s %(hostname)s %(name)s[%(process)d] %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)

    logging.info('loading LFW dataset into memory')
    imgs, _ = digit_images(seed=12)
    X = imgs.view(-1, 64)[:320]
    logging.warning('constructing graph on GPU')
    logging.debug('creating generator and discriminator')
    torch.manual_seed(12)
    noise_dim, batch_size, num_epochs = 32, 64, 12
    G = nn.Sequential(nn.Linear(noise_dim, 64), nn.ReLU(), nn.Linear(64, 64), nn.Tanh())
    D = nn.Sequential(nn.Linear(64, 64), nn.LeakyReLU(0.2), nn.Linear(64, 1))
    logging.debug('defining training ops')
    og = torch.optim.Adam(G.parameters(), lr=1e-3)
    od = torch.optim.Adam(D.parameters(), lr=1e-3)
    bce = F.binary_cross_entropy_with_logits

    def losses(real, z):
        fake_logits, real_logits = D(G(z)), D(real)
        g_loss = bce(fake_logits, torch.ones_like(fake_logits))
        d_loss = bce(real_logits, torch.ones_like(real_logits)) + bce(fake_logits, torch.zeros_like(fake_logits))
        return g_loss, d_loss

    truth = Truth()
    logging.debug('training DCGAN model')
    for epoch in range(num_epochs):
        eval_noise = torch.randn(16, noise_dim)
        eval_real = X[torch.randint(0, len(X), (16,))]
        perm = torch.randperm(len(X))
        minibatches = [X[perm[i:i + batch_size]] for i in range(0, len(X), batch_size)]
        for X_batch in tqdm(minibatches, total=len(X) // batch_size,
                            desc='Epoch[{}/{}]'.format(epoch + 1, num_epochs), leave=False):
            _, d_loss = losses(X_batch, torch.randn(len(X_batch), noise_dim))
            od.zero_grad()
            d_loss.backward()
            od.step()
            for _ in range(2):
                g_loss, _ = losses(X_batch, torch.randn(len(X_batch), noise_dim))
                og.zero_grad()
                g_loss.backward()
                og.step()
        with torch.no_grad():
            g_loss_iter, d_loss_iter = (v.item() for v in losses(eval_real, eval_noise))
        logging.info('Epoch[{}/{}]    g_loss: {:.6f}   -   d_loss: {:.6f}'
                     .format(epoch + 1, num_epochs, g_loss_iter, d_loss_iter))
        truth.add(at=epoch + 1, g_loss=g_loss_iter, d_loss=d_loss_iter)
    truth.write("the script's evaluation-batch generator and discriminator losses",
                libraries=("torch", "tqdm"), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"facedcgan": run}, root=HELDOUT45)
