"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

A graph convolutional network trained as in Shakib-IO/Graph-Network ``pygcn/train.py`` (commit
e6483af7): each epoch ``print('Epoch: {:04d}'.format(epoch+1), 'loss_train: {:.4f}', 'acc_train:
{:.4f}', 'loss_val: {:.4f}', 'acc_val: {:.4f}', 'time: {:.4f}s')`` (print's own spaces between
the pieces), then ``Optimization Finished!``, ``Total time elapsed: 0.1234s`` and ``Test set
results: loss= 0.6123 accuracy= 0.8100``. Here: a two-layer GCN (dense normalised adjacency,
dropout 0.5, Adam with weight decay) on a random two-community graph with noisy features,
12 epochs.

Truth: ``loss_train``, ``acc_train``, ``loss_val``, ``acc_val`` at the printed epoch; the test
``test/loss`` and ``test/accuracy`` (``Test set results: loss= ... accuracy= ...``), no step.
The times are not metrics.
"""

import time

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(11)
    n = 150
    labels = torch.arange(n) % 3
    same = (labels[:, None] == labels[None, :]).float()
    A = (torch.rand(n, n) < 0.01 + 0.06 * same).float()
    A = torch.triu(A, 1)
    A = A + A.T + torch.eye(n)
    d = A.sum(1).rsqrt()
    adj = d[:, None] * A * d[None, :]
    features = F.one_hot(labels, 3).float() * 0.6 + torch.randn(n, 3) + 0.2 * torch.randn(n, 3)
    features = torch.cat([features, torch.randn(n, 5)], 1)
    idx = torch.randperm(n)
    idx_train, idx_val, idx_test = idx[:40], idx[40:90], idx[90:]

    class GCN(nn.Module):
        def __init__(self):
            super().__init__()
            self.gc1, self.gc2 = nn.Linear(8, 16), nn.Linear(16, 3)

        def forward(self, x, adj):
            x = F.relu(adj @ self.gc1(x))
            x = F.dropout(x, 0.5, training=self.training)
            return F.log_softmax(adj @ self.gc2(x), dim=1)

    def accuracy(output, labels):
        return (output.max(1)[1] == labels).double().mean()

    model = GCN()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=5e-4)
    truth = Truth()

    def train(epoch):
        t = time.time()
        model.train()
        optimizer.zero_grad()
        output = model(features, adj)
        loss_train = F.nll_loss(output[idx_train], labels[idx_train])
        acc_train = accuracy(output[idx_train], labels[idx_train])
        loss_train.backward()
        optimizer.step()
        model.eval()
        output = model(features, adj)
        loss_val = F.nll_loss(output[idx_val], labels[idx_val])
        acc_val = accuracy(output[idx_val], labels[idx_val])
        print('Epoch: {:04d}'.format(epoch + 1),
              'loss_train: {:.4f}'.format(loss_train.item()),
              'acc_train: {:.4f}'.format(acc_train.item()),
              'loss_val: {:.4f}'.format(loss_val.item()),
              'acc_val: {:.4f}'.format(acc_val.item()),
              'time: {:.4f}s'.format(time.time() - t))
        truth.add(at=epoch + 1, loss_train=loss_train.item(), acc_train=acc_train.item(),
                  loss_val=loss_val.item(), acc_val=acc_val.item())

    t_total = time.time()
    for epoch in range(12):
        train(epoch)
    print("Optimization Finished!")
    print("Total time elapsed: {:.4f}s".format(time.time() - t_total))
    model.eval()
    output = model(features, adj)
    loss_test = F.nll_loss(output[idx_test], labels[idx_test])
    acc_test = accuracy(output[idx_test], labels[idx_test])
    print("Test set results:",
          "loss= {:.4f}".format(loss_test.item()),
          "accuracy= {:.4f}".format(acc_test.item()))
    truth.add(**{"test/loss": loss_test.item(), "test/accuracy": acc_test.item()})
    truth.write("the script's epoch losses and accuracies and its test results",
                libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"pygcn": run}, root=HELDOUT37)
