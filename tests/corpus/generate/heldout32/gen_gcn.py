"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written graph-convolution loop printing as wanghran/CS247_Project ``src/train.py`` (the
pygcn-style ``train``) does: each epoch one ``print`` of six arguments, ``'Epoch:
{:04d}'.format(i+1)``, ``'loss_train: {:.4f}'``, ``'acc_train: {:.4f}'``, ``'loss_val:
{:.4f}'``, ``'acc_val: {:.4f}'``, ``'time: {:.4f}s'`` (print's spaces between them). Here: a
two-layer GCN (dense normalised adjacency) in PyTorch on a 120-node stochastic block model with
3 communities and noisy features, Adam, 10 epochs, 30 training and 30 validation nodes.

Truth: the script's ``loss_train``, ``acc_train``, ``loss_val``, ``acc_val`` (the phase is in
the name), at the epoch the line states (``0001`` is epoch 1); ``time`` is no metric.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(32)
    n, k = 120, 3
    labels = torch.arange(n) % k
    same = labels[:, None] == labels[None, :]
    probs = torch.where(same, torch.tensor(0.15), torch.tensor(0.02))
    A = (torch.rand(n, n) < probs).float()
    A = torch.triu(A, 1)
    A = A + A.T + torch.eye(n)
    d = A.sum(1).rsqrt()
    adj = d[:, None] * A * d[None, :]
    features = F.pad(F.one_hot(labels, k).float() * 0.5, (0, 16 - k)) + torch.randn(n, 16) * 0.8
    perm = torch.randperm(n)
    idx_train, idx_val = perm[:30], perm[30:60]

    class GCN(nn.Module):
        def __init__(self):
            super().__init__()
            self.w1 = nn.Linear(16, 16)
            self.w2 = nn.Linear(16, k)

        def forward(self, x, a):
            x = F.dropout(F.relu(a @ self.w1(x)), 0.5, self.training)
            return F.log_softmax(a @ self.w2(x), dim=1)

    def accuracy(output, y):
        return (output.argmax(1) == y).double().mean()

    model = GCN()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, weight_decay=5e-4)
    truth = Truth()
    for i in range(10):
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
        print('Epoch: {:04d}'.format(i+1),
              'loss_train: {:.4f}'.format(loss_train.item()),
              'acc_train: {:.4f}'.format(acc_train.item()),
              'loss_val: {:.4f}'.format(loss_val.item()),
              'acc_val: {:.4f}'.format(acc_val.item()),
              'time: {:.4f}s'.format(time.time() - t))
        truth.add(at=i + 1, loss_train=loss_train.item(), acc_train=acc_train.item(),
                  loss_val=loss_val.item(), acc_val=acc_val.item())
    truth.write("the script's training and validation loss and accuracy of each epoch",
                libraries=("torch",), rel=1e-3, abs_tol=0.00005)


if __name__ == "__main__":
    main(__file__, {"gcn": run}, root=HELDOUT32)
