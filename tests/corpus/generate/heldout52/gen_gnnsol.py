"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A graph network regressing a molecular property, printing as huluxiaohuowa/hdl
``hdl/controllers/train/train.py`` (commit 293e0bb5): ``Starting training...`` and every 100
epochs ``Epoch {epoch} | Train Loss {loss}``, where ``loss`` is the last batch's RMSE as a
0-d tensor (an f-string formats it as its plain float). The RMSE loss
(``torch.sqrt(MSELoss)``), Adam with learning rate 0.0007, 64 graphs a batch and 2000 epochs are
the original's. Here: torch_geometric is replaced by a dense graph convolution written in torch
(three layers, max and mean pooling concatenated, as the model that file trains), on 64
synthetic random "molecules" of 5 to 12 atoms whose target depends on size, ring closures and
atom types; one batch an epoch; nothing is plotted.

Truth: ``Train Loss`` at the epoch its line prints.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import numpy as np
    import torch

    truth = Truth()
    rng = np.random.default_rng(7)
    graphs = []
    for _ in range(80):
        n = int(rng.integers(5, 13))
        A = np.zeros((n, n))
        for i in range(1, n):
            j = int(rng.integers(0, i))
            A[i, j] = A[j, i] = 1
        rings = int(rng.integers(0, 3))
        for _ in range(rings):
            i, j = rng.choice(n, 2, replace=False)
            A[i, j] = A[j, i] = 1
        atoms = rng.integers(0, 4, n)
        X = np.eye(9)[atoms]
        X[:, 4:] = rng.normal(0, 0.1, (n, 5))
        y = -0.4 * n + 0.8 * rings + 1.1 * (atoms == 2).sum() - 0.6 * (atoms == 3).sum()
        graphs.append((torch.tensor(A, dtype=torch.float32), torch.tensor(X, dtype=torch.float32),
                       float(y) / 3))

    def collate(gs):
        sizes = [g[0].shape[0] for g in gs]
        A = torch.block_diag(*[g[0] for g in gs]) + torch.eye(sum(sizes))
        d = A.sum(1).rsqrt()
        A = (d[:, None] * A * d[None, :]).to_sparse()
        X = torch.cat([g[1] for g in gs])
        batch = torch.repeat_interleave(torch.arange(len(gs)), torch.tensor(sizes))
        y = torch.tensor([[g[2]] for g in gs])
        return X, A, batch, y

    class GCN(torch.nn.Module):
        def __init__(self, embedding_size=32):
            super().__init__()
            self.initial_conv = torch.nn.Linear(9, embedding_size)
            self.conv1 = torch.nn.Linear(embedding_size, embedding_size)
            self.conv2 = torch.nn.Linear(embedding_size, embedding_size)
            self.out = torch.nn.Linear(embedding_size * 2, 1)

        @staticmethod
        def propagate(A, h):
            return torch.sparse.mm(A, h)

        def forward(self, x, A, batch_index):
            h = torch.tanh(self.propagate(A, self.initial_conv(x)))
            h = torch.tanh(self.propagate(A, self.conv1(h)))
            h = torch.tanh(self.propagate(A, self.conv2(h)))
            n_graphs = int(batch_index.max()) + 1
            idx = batch_index[:, None].expand_as(h)
            gmp = torch.zeros(n_graphs, h.shape[1]).scatter_reduce(0, idx, h, "amax",
                                                                  include_self=False)
            gap = torch.zeros(n_graphs, h.shape[1]).scatter_reduce(0, idx, h, "mean",
                                                                  include_self=False)
            hidden = torch.cat([gmp, gap], dim=1)
            return self.out(hidden), hidden

    torch.manual_seed(42)
    model = GCN()
    loss_fn = torch.nn.MSELoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.0007)
    data_size = len(graphs)
    NUM_GRAPHS_PER_BATCH = 64
    train_graphs = graphs[:int(data_size * 0.8)]
    fixed = collate(train_graphs)

    def train():
        order = torch.randperm(len(train_graphs))
        for start in range(0, len(order), NUM_GRAPHS_PER_BATCH):
            idx = order[start:start + NUM_GRAPHS_PER_BATCH]
            x, A, batch, y = (collate([train_graphs[i] for i in idx])
                              if len(order) > NUM_GRAPHS_PER_BATCH else fixed)
            optimizer.zero_grad()
            pred, embedding = model(x, A, batch)
            loss = torch.sqrt(loss_fn(pred, y))
            loss.backward()
            optimizer.step()
        return loss, embedding

    print("Starting training...")
    losses = []
    for epoch in range(2000):
        loss, h = train()
        losses.append(loss)
        if epoch % 100 == 0:
            print(f"Epoch {epoch} | Train Loss {loss}")
            truth.add(at=epoch, **{"Train Loss": loss.item()})
    truth.write("the last batch's root mean squared error of each printed epoch",
                libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"gnnsol": run}, root=HELDOUT52)
