"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A Wasserstein GAN (gradient penalty) trained with the logger of develooper1994/MasterThesis
``utils/logger.py`` (commit 35dad098): a ``logging.StreamHandler()`` (stderr) with the
formatter ``'[%(levelname)s] %(message)s'`` on the ``wavegan`` logger; ``start_training``
(``Starting training...EPOCHS=4, BATCH_SIZE=32, BATCH_NUM=20``), ``epoch_info`` (``0m 0s Epoch:
1/4``), ``batch_info`` every 10 batches (``0m 0s Epoch=1 Batch: 10/20 D_c:-0.1234 | D_w:0.5678 |
G:0.1234``) and ``batch_loss`` after each epoch (``0m 0s D_cost_train:... | D_wass_train:... |
D_cost_valid:... | D_wass_valid:... | G_cost:...``), then ``generating_samples``,
``training_finished``, ``save_model``, ``end``; ``time_since`` is the usual ``'%dm %ds'``. As
in the original, the ``Initialized logger.`` message is logged before the handler is added and
is not shown. Here: a 1-D critic and generator (small MLPs) learning a mixture of two
Gaussians, 5 critic steps per generator step, Adam 1e-3, 4 epochs of 20 batches.

Truth: per batch line ``D_c``, ``D_w``, ``G``; per epoch ``D_cost_train``, ``D_wass_train``,
``D_cost_valid``, ``D_wass_valid``, ``G_cost`` (the epoch averages the original names so); no
step (``Epoch=1 Batch: 10/20`` states two counters, the epoch summaries none).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import logging
    import math
    import time

    import torch
    import torch.nn as nn

    def time_since(since):
        s = time.time() - since
        m = math.floor(s / 60)
        s -= m * 60
        return '%dm %ds' % (m, s)

    LOGGER = logging.getLogger('wavegan')
    LOGGER.setLevel(logging.DEBUG)
    LOGGER.info('Initialized logger.')
    stream_handler = logging.StreamHandler()
    stream_handler.setLevel(logging.INFO)
    stream_handler.setFormatter(logging.Formatter('[%(levelname)s] %(message)s'))
    LOGGER.addHandler(stream_handler)

    torch.manual_seed(36)

    def real_batch(n):
        comp = torch.randint(0, 2, (n, 1)).float()
        return comp * torch.normal(2.0, 0.3, (n, 1)) + (1 - comp) * torch.normal(-1.0, 0.5, (n, 1))

    G = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
    D = nn.Sequential(nn.Linear(1, 16), nn.ReLU(), nn.Linear(16, 1))
    optG = torch.optim.Adam(G.parameters(), lr=1e-3, betas=(0.5, 0.9))
    optD = torch.optim.Adam(D.parameters(), lr=1e-3, betas=(0.5, 0.9))
    epochs, batch_size, BATCH_NUM, n_critic, lmbda = 4, 32, 20, 5, 10.0
    valid = real_batch(256)

    def critic_costs(real):
        z = torch.randn(len(real), 4)
        fake = G(z).detach()
        alpha = torch.rand(len(real), 1)
        inter = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
        grad = torch.autograd.grad(D(inter).sum(), inter, create_graph=True)[0]
        gp = lmbda * ((grad.norm(2, dim=1) - 1) ** 2).mean()
        D_real, D_fake = D(real).mean(), D(fake).mean()
        return D_fake - D_real + gp, D_real - D_fake

    LOGGER.info('Loading audio data...')
    LOGGER.info('Starting training...EPOCHS={}, BATCH_SIZE={}, BATCH_NUM={}'.format(
        epochs, batch_size, BATCH_NUM))
    start = time.time()
    truth = Truth()
    for epoch in range(1, epochs + 1):
        LOGGER.info("{} Epoch: {}/{}".format(time_since(start), epoch, epochs))
        D_cost_train_epoch, D_wass_train_epoch, G_cost_epoch = [], [], []
        for i in range(1, BATCH_NUM + 1):
            for _ in range(n_critic):
                optD.zero_grad()
                D_cost_train, D_wass_train = critic_costs(real_batch(batch_size))
                D_cost_train.backward()
                optD.step()
            optG.zero_grad()
            G_cost = -D(G(torch.randn(batch_size, 4))).mean()
            G_cost.backward()
            optG.step()
            D_cost_train_epoch.append(D_cost_train.item())
            D_wass_train_epoch.append(D_wass_train.item())
            G_cost_epoch.append(G_cost.item())
            if i % 10 == 0:
                LOGGER.info("{} Epoch={} Batch: {}/{} D_c:{:.4f} | D_w:{:.4f} | G:{:.4f}".format(
                    time_since(start), epoch, i, BATCH_NUM, D_cost_train.data.numpy(),
                    D_wass_train.data.numpy(), G_cost.data.numpy()))
                truth.add(D_c=D_cost_train.item(), D_w=D_wass_train.item(), G=G_cost.item())
        D_cost_valid, D_wass_valid = critic_costs(valid)
        avg = [sum(v) / len(v) for v in (D_cost_train_epoch, D_wass_train_epoch)]
        G_avg = sum(G_cost_epoch) / len(G_cost_epoch)
        LOGGER.info("{} D_cost_train:{:.4f} | D_wass_train:{:.4f} | D_cost_valid:{:.4f} | "
                    "D_wass_valid:{:.4f} | G_cost:{:.4f}".format(
                        time_since(start), avg[0], avg[1], D_cost_valid.item(),
                        D_wass_valid.item(), G_avg))
        truth.add(D_cost_train=avg[0], D_wass_train=avg[1], D_cost_valid=D_cost_valid.item(),
                  D_wass_valid=D_wass_valid.item(), G_cost=G_avg)
    LOGGER.info("Generating samples...")
    LOGGER.info('>>>>>>>Training finished !<<<<<<<')
    LOGGER.info("Saving models...")
    LOGGER.info("All finished!")
    truth.write("the script's critic and generator costs of each logged batch and the epoch "
                "averages", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"develooper": run}, root=HELDOUT36)
