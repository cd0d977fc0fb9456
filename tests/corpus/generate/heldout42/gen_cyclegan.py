"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written CycleGAN loop printing through aitorzip/PyTorch-CycleGAN ``utils.py``'s
``Logger.log`` (the version shown by the index, with type hints): each call writes with
``sys.stdout.write`` and no newline ``Epoch {epoch:03d}/{n_epochs:03d} \\`` continued on the
next source line, so the string holds the twelve spaces of that line's indent, then
``[{batch:04d}/{batches_epoch:04d} -- ``, for each loss ``{name}: {running mean:.4f}`` joined by
`` | `` and closed by `` -- ``, and ``ETA: {timedelta}``; only the epoch's last batch adds a
``\\n``. So each epoch is one long line of concatenated batch reports. The running mean is the
loss sum since the epoch began over the batch number (that file divides by ``self.batches``,
which does not exist and would raise; ours divides by ``self.batch``, as the upstream logger
does). Here: a 1-D CycleGAN between two Gaussian mixtures (MLP generators and discriminators,
least-squares GAN losses, identity and cycle losses), 3 epochs of 3 batches; the visdom plots
and images are left out.

Truth: ``loss_G``, ``loss_G_identity``, ``loss_G_GAN``, ``loss_G_cycle``, ``loss_D`` of every
report at its epoch (the batch counter restarts each epoch: the epoch is kept as the step). The
ETA is no metric.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import datetime
    import sys
    import time

    import torch
    import torch.nn as nn

    torch.manual_seed(18)
    g = torch.Generator().manual_seed(18)

    class Logger:
        def __init__(self, n_epochs, batches_epoch):
            self.n_epochs, self.batches_epoch = n_epochs, batches_epoch
            self.epoch, self.batch = 1, 1
            self.prev_time, self.mean_period = time.time(), 0
            self.losses = {}

        def log(self, losses):
            self.mean_period += (time.time() - self.prev_time)
            self.prev_time = time.time()
            sys.stdout.write(f'Epoch {self.epoch:03d}/{self.n_epochs:03d} \
            [{self.batch:04d}/{self.batches_epoch:04d} -- ')
            for i, loss_name in enumerate(losses.keys()):
                if loss_name not in self.losses:
                    self.losses[loss_name] = losses[loss_name].data.item()
                else:
                    self.losses[loss_name] += losses[loss_name].data.item()
                sys.stdout.write(f'{loss_name}: {(self.losses[loss_name] / self.batch):.4f}')
                truth.add(at=self.epoch, **{loss_name: self.losses[loss_name] / self.batch})
                sys.stdout.write(' -- ' if (i + 1) == len(losses.keys()) else ' | ')
            batches_done = self.batches_epoch * (self.epoch - 1) + self.batch
            batches_left = (self.batches_epoch * (self.n_epochs - self.epoch)
                            + self.batches_epoch - self.batch)
            eta = datetime.timedelta(seconds=batches_left * self.mean_period / batches_done)
            sys.stdout.write(f'ETA: {eta}')
            if (self.batch % self.batches_epoch) == 0:
                for loss_name in self.losses:
                    self.losses[loss_name] = 0.0
                self.epoch += 1
                self.batch = 1
                sys.stdout.write('\n')
            else:
                self.batch += 1

    def mk(o=1):
        return nn.Sequential(nn.Linear(1, 16), nn.ReLU(), nn.Linear(16, o))

    G_AB, G_BA, D_A, D_B = mk(), mk(), mk(), mk()
    opt_G = torch.optim.Adam(list(G_AB.parameters()) + list(G_BA.parameters()), lr=2e-3)
    opt_D = torch.optim.Adam(list(D_A.parameters()) + list(D_B.parameters()), lr=2e-3)
    mse, l1 = nn.MSELoss(), nn.L1Loss()
    truth = Truth()
    logger = Logger(3, 3)
    for epoch in range(3):
        for b in range(3):
            A = torch.randn(64, 1, generator=g) * 0.5 - 2
            B = torch.randn(64, 1, generator=g) * 0.3 + torch.randint(0, 2, (64, 1),
                                                                      generator=g) * 3
            opt_G.zero_grad()
            loss_identity = (l1(G_BA(A), A) + l1(G_AB(B), B)) * 5.0
            fake_B, fake_A = G_AB(A), G_BA(B)
            loss_GAN = mse(D_B(fake_B), torch.ones(64, 1)) + mse(D_A(fake_A), torch.ones(64, 1))
            loss_cycle = (l1(G_BA(fake_B), A) + l1(G_AB(fake_A), B)) * 10.0
            loss_G = loss_identity + loss_GAN + loss_cycle
            loss_G.backward()
            opt_G.step()
            opt_D.zero_grad()
            loss_D = (mse(D_A(A), torch.ones(64, 1)) + mse(D_A(fake_A.detach()), torch.zeros(64, 1))
                      + mse(D_B(B), torch.ones(64, 1))
                      + mse(D_B(fake_B.detach()), torch.zeros(64, 1))) * 0.5
            loss_D.backward()
            opt_D.step()
            logger.log({'loss_G': loss_G, 'loss_G_identity': loss_identity,
                        'loss_G_GAN': loss_GAN, 'loss_G_cycle': loss_cycle, 'loss_D': loss_D})
    truth.write("the logger's running means", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cyclegan": run}, root=HELDOUT42)
