"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

Two-stage depth regression (a global coarse net, then a local fine net fed with its output)
with a scale-invariant loss, printing as Z7Gao/CS172-Computer-Vision ``hw4/train.py`` (Eigen et
al.'s coarse/fine depth network as a homework): ``"training number:{}, validation
number:{}"``, ``=============global coarse net training===============``, per epoch
``('epoch {}: train_loss = {}, validation loss = {}').format(e, train_loss, val_loss)`` (the
unformatted sums of the batch losses, not the means the file keeps for its plots), then
``=============local fine net training===============`` and the same lines for the second
stage, and ``==========result visualized on validation set=============``. Models are not saved
and nothing is plotted. Here: synthetic 16x12 "RGB" scenes whose log-depth is a smooth ramp
plus blobs, both nets small CNNs, batches of 32, SGD as in the file (per-layer rates for the
coarse net's last layers and the fine net's second layer, momentum 0.9, weight decay 0.1), the
file's 4 epochs per stage.

Truth: ``train_loss`` and ``val/loss`` (``validation loss``) at the printed epoch, for both
stages (the second stage counts its epochs from 0 again, under its own banner).
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    torch.manual_seed(172)
    rng = np.random.default_rng(172)
    truth = Truth()

    def scenes(n):
        ramp = np.linspace(0, 1, 16)[None, :, None] + rng.uniform(-0.3, 0.3, (n, 1, 1))
        depth = 2 + ramp * rng.uniform(1, 3, (n, 1, 1)) + np.zeros((n, 16, 12))
        cx, cy = rng.integers(2, 14, n), rng.integers(2, 10, n)
        yy, xx = np.mgrid[0:16, 0:12]
        depth -= 0.6 * np.exp(-((yy[None] - cx[:, None, None]) ** 2 + (xx[None] - cy[:, None, None]) ** 2) / 6)
        rgb = np.stack([depth / 4, np.gradient(depth, axis=1), np.gradient(depth, axis=2)], 1)
        rgb += rng.normal(0, 0.05, rgb.shape)
        return torch.tensor(rgb, dtype=torch.float32), torch.tensor(np.log(depth), dtype=torch.float32)

    Xtr, Ytr = scenes(256)
    Xva, Yva = scenes(64)
    batch = lambda X, Y, bs: [(X[i:i + bs], Y[i:i + bs]) for i in range(0, len(X), bs)]
    dataloader_train, dataloader_valid = batch(Xtr, Ytr, 32), batch(Xva, Yva, 32)
    train_num, val_num = len(Xtr), len(Xva)
    print("training number:{}, validation number:{}".format(train_num, val_num))

    class ScaleInvariantLoss(nn.Module):
        def forward(self, output, target):
            d = (output - target).flatten(1)
            n = d.shape[1]
            return ((d ** 2).sum(1) / n - 0.5 * d.sum(1) ** 2 / n ** 2).mean()

    class GlobalCoarseNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.coarse1 = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
            self.coarse6 = nn.Linear(8 * 8 * 6, 64)
            self.coarse7 = nn.Linear(64, 16 * 12)

        def forward(self, x):
            h = self.coarse1(x).flatten(1)
            return self.coarse7(torch.relu(self.coarse6(h))).view(-1, 16, 12)

    class LocalFineNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.fine1 = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.ReLU())
            self.fine2 = nn.Conv2d(9, 8, 3, padding=1)
            self.fine3 = nn.Conv2d(8, 1, 3, padding=1)

        def forward(self, x, coarse):
            return self.fine3(torch.relu(self.fine2(torch.cat([self.fine1(x), coarse], 1))))

    global_net, local_net = GlobalCoarseNet(), LocalFineNet()
    global_loss, local_loss = ScaleInvariantLoss(), ScaleInvariantLoss()
    rate = 1
    global_optimizer = torch.optim.SGD([{'params': global_net.coarse6.parameters(), 'lr': 0.1 * rate},
                                        {'params': global_net.coarse7.parameters(), 'lr': 0.1 * rate}],
                                       lr=0.001 * rate, momentum=0.9, weight_decay=0.1)
    local_optimizer = torch.optim.SGD([{'params': local_net.fine2.parameters(), 'lr': 0.01 * rate}],
                                      lr=0.001 * rate, momentum=0.9, weight_decay=0.1)
    epochs_num = 4

    print("=============global coarse net training===============")
    for e in range(epochs_num):
        train_loss = 0
        global_net.train()
        for rgb, depth in dataloader_train:
            loss = global_loss(global_net(rgb), depth)
            global_net.zero_grad()
            loss.backward()
            global_optimizer.step()
            train_loss += loss.item()
        val_loss = 0
        global_net.eval()
        with torch.no_grad():
            for rgb, depth in dataloader_valid:
                val_loss += global_loss(global_net(rgb), depth).item()
        print(('epoch {}: train_loss = {}, validation loss = {}').format(e, train_loss, val_loss))
        truth.add(at=e, train_loss=train_loss, **{"val/loss": val_loss})

    print("=============local fine net training===============")
    for e in range(epochs_num):
        train_loss = 0
        local_net.train()
        for rgb, depth in dataloader_train:
            global_net.eval()
            with torch.no_grad():
                global_output = global_net(rgb).unsqueeze(1)
            loss = local_loss(local_net(rgb, global_output).squeeze(1), depth)
            local_net.zero_grad()
            loss.backward()
            local_optimizer.step()
            train_loss += loss.item()
        val_loss = 0
        local_net.eval()
        with torch.no_grad():
            for rgb, depth in dataloader_valid:
                global_output = global_net(rgb).unsqueeze(1)
                val_loss += local_loss(local_net(rgb, global_output).squeeze(1), depth).item()
        print(('epoch {}: train_loss = {}, validation loss = {}').format(e, train_loss, val_loss))
        truth.add(at=e, train_loss=train_loss, **{"val/loss": val_loss})
    print("==========result visualized on validation set=============")
    truth.write("the summed batch losses of each stage's epochs, as printed",
                libraries=("torch",), rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"depthtwostage": run}, root=HELDOUT59)
