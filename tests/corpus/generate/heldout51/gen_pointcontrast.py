"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

Contrastive pre-training printing as s10bhavesh/3D-pointcloud-ContrastiveLearning-PyTorchGeometric
``train.py`` (commit da1d8fbf): a plain tqdm bar over the data loader each epoch (no
description, no postfix) and ``Epoch 001, Loss: 4.1234`` after it. Here: small 2-D point clouds
(noisy circles, squares and lines of 24 points), two random rotations-and-jitters of each cloud,
a PointNet-style encoder (shared MLP, max-pool, projection head) and the NT-Xent loss over the
pair (the original: PyTorch Geometric's DynamicEdgeConv on ShapeNet with
``pytorch_metric_learning``'s NT-Xent), 8 epochs of 6 batches.

Truth: ``Loss`` (the epoch's sample-weighted mean) at the printed epoch.
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    import tqdm

    rng = np.random.default_rng(21)
    torch.manual_seed(21)

    def cloud(kind):
        t = rng.uniform(0, 2 * np.pi, 24)
        if kind == 0:
            pts = np.stack([np.cos(t), np.sin(t)], 1)
        elif kind == 1:
            s = rng.uniform(-1, 1, 24); side = rng.integers(4, size=24)
            pts = np.stack([np.where(side < 2, s, np.where(side == 2, -1, 1)),
                            np.where(side < 2, np.where(side == 0, -1, 1), s)], 1)
        else:
            s = rng.uniform(-1, 1, 24)
            pts = np.stack([s, 0.3 * s], 1)
        return pts * rng.uniform(0.5, 1.5)

    dataset = torch.tensor(np.array([cloud(i % 3) for i in range(192)]), dtype=torch.float)

    def augment(x):
        a = torch.rand(x.size(0)) * 2 * np.pi
        rot = torch.stack([torch.stack([a.cos(), -a.sin()], 1),
                           torch.stack([a.sin(), a.cos()], 1)], 1)
        return x @ rot + 0.03 * torch.randn_like(x)

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.point = nn.Sequential(nn.Linear(2, 32), nn.ReLU(), nn.Linear(32, 64))
            self.head = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 16))

        def forward(self, x):
            h = self.point(x).max(1).values
            return h, self.head(h)

    def nt_xent(z, labels, temperature=0.1):
        z = F.normalize(z, dim=1)
        sim = z @ z.t() / temperature
        sim.fill_diagonal_(-1e9)
        pos = labels.unsqueeze(0) == labels.unsqueeze(1)
        pos.fill_diagonal_(False)
        return -(sim.log_softmax(1)[pos]).mean()

    model = Model()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=20, gamma=0.5)
    data_loader = [dataset[i:i + 32] for i in range(0, len(dataset), 32)]
    truth = Truth()

    def train():
        model.train()
        total_loss = 0
        for _, data in enumerate(tqdm.tqdm(data_loader)):
            optimizer.zero_grad()
            _, compact_h_1 = model(augment(data))
            _, compact_h_2 = model(augment(data))
            embeddings = torch.cat((compact_h_1, compact_h_2))
            indices = torch.arange(0, compact_h_1.size(0))
            labels = torch.cat((indices, indices))
            loss = nt_xent(embeddings, labels)
            loss.backward()
            total_loss += loss.item() * data.size(0)
            optimizer.step()
        return total_loss / len(dataset)

    for epoch in range(1, 9):
        loss = train()
        print(f"Epoch {epoch:03d}, Loss: {loss:.4f}")
        truth.add(at=epoch, Loss=loss)
        scheduler.step()
    truth.write("the epochs' mean NT-Xent losses", libraries=("torch", "tqdm"),
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"pointcontrast": run}, root=HELDOUT51)
