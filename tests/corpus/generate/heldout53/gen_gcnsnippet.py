"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A two-layer GCN trained and printed as orzorz1/ViT ``commons/try(1).py``: every epoch
``'Epoch: {:03d}, Loss: {:.4f}'.format(epoch, loss.item())`` (the epoch from 0, zero-padded),
then ``'Accuracy: {:.4f}'.format(acc)`` on the held-out nodes. Here: the same model (GCN
layers of 16 units, ReLU, dropout, log-softmax; Adam lr 0.01, weight decay 5e-4) written with a
dense normalised adjacency instead of PyTorch Geometric's ``GCNConv``, on a synthetic
7-community graph of 600 nodes with noisy community features (instead of Cora), the last 200
nodes held out as in the original's split; 40 epochs instead of 200.

Truth: ``Loss`` at the printed epoch (0-based) and the final ``Accuracy`` without a step.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT53, Truth, main


def run() -> None:
    import torch
    import torch.nn.functional as F

    g = torch.Generator().manual_seed(18)
    n, k, d = 600, 7, 64
    y = torch.randint(0, k, (n,), generator=g)
    same = (y[:, None] == y[None, :]).float()
    prob = 0.03 * same + 0.004 * (1 - same)
    A = (torch.rand(n, n, generator=g) < prob).float()
    A = torch.triu(A, 1)
    A = A + A.T + torch.eye(n)
    dinv = A.sum(1).rsqrt()
    A_hat = dinv[:, None] * A * dinv[None, :]
    protos = torch.randn(k, d, generator=g)
    x = protos[y] + 2.5 * torch.randn(n, d, generator=g)
    train_mask = torch.zeros(n, dtype=torch.bool)
    train_mask[:n - 200] = 1
    test_mask = torch.zeros(n, dtype=torch.bool)
    test_mask[n - 200:] = 1
    torch.manual_seed(18)

    class GCN(torch.nn.Module):
        def __init__(self, num_features, hidden_size, num_classes):
            super().__init__()
            self.conv1 = torch.nn.Linear(num_features, hidden_size)
            self.conv2 = torch.nn.Linear(hidden_size, num_classes)

        def forward(self, x, adj):
            x = F.relu(adj @ self.conv1(x))
            x = F.dropout(x, training=self.training)
            x = adj @ self.conv2(x)
            return F.log_softmax(x, dim=1)

    model = GCN(num_features=d, hidden_size=16, num_classes=k)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=5e-4)
    truth = Truth()
    model.train()
    for epoch in range(40):
        optimizer.zero_grad()
        out = model(x, A_hat)
        loss = F.nll_loss(out[train_mask], y[train_mask])
        loss.backward()
        optimizer.step()
        print('Epoch: {:03d}, Loss: {:.4f}'.format(epoch, loss.item()))
        truth.add(at=epoch, Loss=loss.item())
    model.eval()
    _, pred = model(x, A_hat).max(dim=1)
    correct = float(pred[test_mask].eq(y[test_mask]).sum().item())
    acc = correct / test_mask.sum().item()
    print('Accuracy: {:.4f}'.format(acc))
    truth.add(Accuracy=acc)
    truth.write("the script's epoch losses and test accuracy", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"gcnsnippet": run}, root=HELDOUT53)
