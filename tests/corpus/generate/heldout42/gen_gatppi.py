"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written graph-attention loop printing as gordicaleksa/pytorch-GAT
``training_script_ppi.py``: every ``console_log_freq`` batches ``GAT training: time elapsed=
{:.2f} [s] | epoch={epoch + 1} | batch={batch_idx + 1} | train micro-F1={micro_f1}.`` (the
unformatted F1 followed by a full stop) and ``GAT validation: time elapsed= ... | epoch=... |
batch=... | val micro-F1={micro_f1}`` (no stop), the patience message if it runs out, and with
``--should_test`` a line of 50 asterisks and ``Test micro-F1 = {micro_f1}``. Here: a two-layer
graph attention network of our own (dense attention over each graph's adjacency) on synthetic
multi-label node-classification graphs (20 training graphs, 4 validation, 4 test, two graphs a
batch), Adam, 8 epochs, console_log_freq 5, sklearn's micro-F1.

Truth: ``train micro-F1`` and ``val micro-F1`` (labels as printed) at the line's ``epoch=``
(its ``batch=`` restarts each epoch); ``Test micro-F1`` with no step. The elapsed times are no
metrics.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn
    from sklearn.metrics import f1_score

    torch.manual_seed(21)
    g = torch.Generator().manual_seed(21)
    F_IN, C, NODES = 12, 6, 24

    def graph():
        x = torch.randn(NODES, F_IN, generator=g)
        adj = (torch.rand(NODES, NODES, generator=g) < 0.15).float()
        adj = ((adj + adj.T + torch.eye(NODES)) > 0).float()
        w = torch.randn(F_IN, C, generator=torch.Generator().manual_seed(0))
        y = ((adj @ x / adj.sum(1, keepdim=True)) @ w > 0.3).float()
        return x, adj, y

    def loader(n):
        gs = [graph() for _ in range(n)]
        return [gs[i:i + 2] for i in range(0, n, 2)]

    train_dl, val_dl, test_dl = loader(20), loader(4), loader(4)

    class GATLayer(nn.Module):
        def __init__(self, i, o, heads):
            super().__init__()
            self.lin = nn.Linear(i, o * heads, bias=False)
            self.a_src = nn.Parameter(torch.randn(heads, o) * 0.1)
            self.a_dst = nn.Parameter(torch.randn(heads, o) * 0.1)
            self.h, self.o = heads, o

        def forward(self, x, adj):
            h = self.lin(x).view(-1, self.h, self.o)
            e = (h * self.a_src).sum(-1)[:, None, :] + (h * self.a_dst).sum(-1)[None, :, :]
            e = nn.functional.leaky_relu(e, 0.2).masked_fill(adj[..., None] == 0, float('-inf'))
            att = torch.softmax(e, dim=1)
            return torch.einsum('ijh,jho->iho', att, h).reshape(-1, self.h * self.o)

    class GAT(nn.Module):
        def __init__(self):
            super().__init__()
            self.l1 = GATLayer(F_IN, 16, 4)
            self.l2 = GATLayer(64, C, 1)

        def forward(self, x, adj):
            return self.l2(nn.functional.elu(self.l1(x, adj)), adj)

    gat = GAT()
    optimizer = torch.optim.Adam(gat.parameters(), lr=5e-3)
    loss_fn = nn.BCEWithLogitsLoss(reduction='mean')
    truth = Truth()
    time_start = time.time()
    console_log_freq = 5

    def step(batch, train):
        x = torch.cat([b[0] for b in batch])
        adj = torch.block_diag(*[b[1] for b in batch])
        y = torch.cat([b[2] for b in batch])
        scores = gat(x, adj)
        loss = loss_fn(scores, y)
        if train:
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        pred = (scores > 0).float().detach().numpy()
        return f1_score(y.numpy(), pred, average='micro')

    for epoch in range(8):
        gat.train()
        for batch_idx, batch in enumerate(train_dl):
            micro_f1 = step(batch, True)
            if batch_idx % console_log_freq == 0:
                print(f'GAT training: time elapsed= {(time.time() - time_start):.2f} [s] |'
                      f' epoch={epoch + 1} | batch={batch_idx + 1} | train micro-F1={micro_f1}.')
                truth.add(at=epoch + 1, **{"train micro-F1": micro_f1})
        gat.eval()
        with torch.no_grad():
            for batch_idx, batch in enumerate(val_dl):
                micro_f1 = step(batch, False)
                if batch_idx % console_log_freq == 0:
                    print(f'GAT validation: time elapsed= {(time.time() - time_start):.2f} [s] |'
                          f' epoch={epoch + 1} | batch={batch_idx + 1} | val micro-F1={micro_f1}')
                    truth.add(at=epoch + 1, **{"val micro-F1": micro_f1})
    with torch.no_grad():
        f1s = [step(b, False) for b in test_dl]
    micro_f1 = f1s[-1]
    print('*' * 50)
    print(f'Test micro-F1 = {micro_f1}')
    truth.add(**{"Test micro-F1": micro_f1})
    truth.write("sklearn's micro-F1 of the printed batches", libraries=("torch", "scikit-learn"),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"gatppi": run}, root=HELDOUT42)
