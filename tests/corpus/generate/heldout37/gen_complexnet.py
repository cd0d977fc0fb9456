"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

The run kept in vstergioulis/Complex_Networks ``stats.md`` (the output of its ``train.py``): a
rule of 88 ``=``, ``Attribute type: all``, then for each model ``Epoch: 000, Loss: 1.9547`` every
200 epochs (the epoch zero-padded to three digits), ``Model: GCN`` and ``Test Accuracy:
0.7610``. Here: on a small random graph with two communities (a stochastic block model) and
node features, a one-layer GCN and a two-layer "GCN_V2" (dense normalised adjacency products),
Adam, 400 epochs printed every 80, for two attribute types (``all``: the features, ``abs``:
their absolute values).

Truth: ``Loss`` at the printed epoch (the runs restart the epoch count: the same steps recur),
``test/Accuracy`` (``Test Accuracy``) of each run, no step.
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(9)
    n = 120
    y = torch.arange(n) % 2
    same = (y[:, None] == y[None, :]).float()
    A = (torch.rand(n, n) < 0.02 + 0.08 * same).float()
    A = torch.triu(A, 1)
    A = A + A.T + torch.eye(n)
    d = A.sum(1).rsqrt()
    A_hat = d[:, None] * A * d[None, :]
    X = torch.randn(n, 8) + 0.4 * (2 * y[:, None] - 1)
    train_mask = torch.rand(n) < 0.5
    test_mask = ~train_mask

    class GCN(nn.Module):
        def __init__(self, layers):
            super().__init__()
            self.lin = nn.ModuleList([nn.Linear(8, 16), nn.Linear(16, 2)] if layers == 2
                                     else [nn.Linear(8, 2)])

        def forward(self, x):
            for i, lin in enumerate(self.lin):
                x = A_hat @ lin(x)
                if i < len(self.lin) - 1:
                    x = F.relu(x)
            return x

    truth = Truth()
    for attr in ("all", "abs"):
        print("=" * 88)
        print(f"Attribute type: {attr}")
        feats = X if attr == "all" else X.abs()
        for name, layers in (("GCN", 1), ("GCN_V2", 2)):
            model = GCN(layers)
            opt = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=5e-4)
            for epoch in range(401):
                out = model(feats)
                loss = F.cross_entropy(out[train_mask], y[train_mask])
                opt.zero_grad()
                loss.backward()
                opt.step()
                if epoch % 80 == 0:
                    print(f'Epoch: {epoch:03d}, Loss: {loss.item():.4f}')
                    truth.add(at=epoch, Loss=loss.item())
            with torch.no_grad():
                pred = model(feats).argmax(1)
                test_acc = (pred[test_mask] == y[test_mask]).float().mean().item()
            print(f"Model: {name}")
            print(f'Test Accuracy: {test_acc:.4f}')
            truth.add(**{"test/Accuracy": test_acc})
    truth.write("the script's training losses and test accuracies", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"complexnet": run}, root=HELDOUT37)
