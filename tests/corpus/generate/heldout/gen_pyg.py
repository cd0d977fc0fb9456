"""HELD-OUT fixture (see tests/corpus/README.md): do not read while tuning the parser.

PyTorch Geometric, as its examples and introduction notebooks print:

* node classification (the ``examples/gcn.py`` loop): a two-layer `GCNConv` on a synthetic
  stochastic-block-model graph with class-dependent features; first a dataset section as in
  PyG's introduction (``Dataset: sbm():``, ``====================``, ``Number of graphs: 1``,
  ``Number of features: 16``, ``Number of classes: 3``, ``print(data)`` →
  ``Data(x=[150, 16], edge_index=[2, 1876], y=[150], train_mask=[150], ...)``, ``Number of
  nodes: 150``, ``Average node degree: 12.51``, ``Training node label rate: 0.20``, ``Has
  isolated nodes: False``), then ``print(model)``, then per epoch PyG's own
  `torch_geometric.logging.log`: ``Epoch: 001, Loss: 1.0986, Train: 0.3333, Val: 0.3000,
  Test: 0.3200``, and ``Median time per epoch: 0.0031s``;
* graph classification (the notebook's `GraphConv` + `global_mean_pool` on a `FakeDataset` of
  small graphs, in `DataLoader` batches): ``Epoch: 001, Train Acc: 0.5250, Test Acc: 0.4500``.

Truth: the values the loops computed and handed to `log`/`print`: ``Loss``, ``Train``, ``Val``,
``Test``, ``Train Acc``, ``Test Acc`` at the printed ``Epoch``. The dataset section's counts and
statistics (``Number of ...``, ``Average node degree``, ``Training node label rate``) are
optional, from the `Data`/dataset objects, and so is the median epoch time (a time, labelled).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import Truth, main  # noqa: E402


def node_classification(truth: Truth) -> None:
    import time

    import torch
    import torch.nn.functional as F
    from torch_geometric.data import Data
    from torch_geometric.logging import log
    from torch_geometric.nn import GCNConv
    from torch_geometric.utils import stochastic_blockmodel_graph

    torch.manual_seed(0)
    sizes, n_features, n_classes = [50, 50, 50], 16, 3
    probs = [[0.12, 0.03, 0.03], [0.03, 0.12, 0.03], [0.03, 0.03, 0.12]]
    edge_index = stochastic_blockmodel_graph(sizes, probs)
    y = torch.arange(n_classes).repeat_interleave(torch.tensor(sizes))
    x = torch.randn(sum(sizes), n_features) + 0.6 * F.one_hot(y, n_features).float()
    perm = torch.randperm(len(y))
    masks = [torch.zeros(len(y), dtype=torch.bool) for _ in range(3)]
    masks[0][perm[:30]], masks[1][perm[30:60]], masks[2][perm[60:]] = True, True, True
    data = Data(x=x, edge_index=edge_index, y=y, train_mask=masks[0], val_mask=masks[1],
                test_mask=masks[2])

    print("Dataset: sbm():")
    print("====================")
    print("Number of graphs: 1")
    print(f"Number of features: {data.num_features}")
    print(f"Number of classes: {n_classes}")
    print()
    print(data)
    print("===========================================================================")
    print(f"Number of nodes: {data.num_nodes}")
    print(f"Number of edges: {data.num_edges}")
    degree = data.num_edges / data.num_nodes
    rate = int(data.train_mask.sum()) / data.num_nodes
    print(f"Average node degree: {degree:.2f}")
    print(f"Number of training nodes: {data.train_mask.sum()}")
    print(f"Training node label rate: {rate:.2f}")
    print(f"Has isolated nodes: {data.has_isolated_nodes()}")
    print(f"Has self-loops: {data.has_self_loops()}")
    print(f"Is undirected: {data.is_undirected()}")
    truth.allow(**{"Number of graphs": 1, "Number of features": data.num_features,
                   "Number of classes": n_classes, "Number of nodes": data.num_nodes,
                   "Number of edges": data.num_edges, "Average node degree": degree,
                   "Number of training nodes": int(data.train_mask.sum()),
                   "Training node label rate": rate})

    class GCN(torch.nn.Module):
        def __init__(self, hidden=16):
            super().__init__()
            self.conv1 = GCNConv(n_features, hidden, cached=True)
            self.conv2 = GCNConv(hidden, n_classes, cached=True)

        def forward(self, x, edge_index):
            x = F.dropout(x, p=0.5, training=self.training)
            x = self.conv1(x, edge_index).relu()
            x = F.dropout(x, p=0.5, training=self.training)
            return self.conv2(x, edge_index)

    model = GCN()
    print(model)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=5e-4)
    times = []
    for epoch in range(1, 21):
        start = time.time()
        model.train()
        optimizer.zero_grad()
        out = model(data.x, data.edge_index)
        loss = F.cross_entropy(out[data.train_mask], data.y[data.train_mask])
        loss.backward()
        optimizer.step()
        model.eval()
        pred = model(data.x, data.edge_index).argmax(dim=-1)
        accs = [int((pred[m] == data.y[m]).sum()) / int(m.sum()) for m in masks]
        log(Epoch=epoch, Loss=loss.item(), Train=accs[0], Val=accs[1], Test=accs[2])
        truth.add(epoch, Loss=loss.item(), Train=accs[0], Val=accs[1], Test=accs[2])
        truth.allow(Epoch=epoch)
        times.append(time.time() - start)
    median = float(torch.tensor(times).median())
    print(f"Median time per epoch: {median:.4f}s")
    truth.allow(**{"Median time per epoch": round(median, 4)})


def graph_classification(truth: Truth) -> None:
    import random

    import torch
    import torch.nn.functional as F
    from torch_geometric.datasets import FakeDataset
    from torch_geometric.loader import DataLoader
    from torch_geometric.nn import GraphConv, global_mean_pool

    random.seed(1)  # FakeDataset draws graph sizes with the random module
    torch.manual_seed(1)
    dataset = FakeDataset(num_graphs=80, avg_num_nodes=10, num_channels=4, num_classes=4)
    print()
    print(f"Dataset: {dataset}:")
    print(f"Number of graphs: {len(dataset)}")
    print(f"Number of features: {dataset.num_features}")
    print(f"Number of classes: {dataset.num_classes}")
    truth.allow(**{"Number of graphs": len(dataset), "Number of features": dataset.num_features,
                   "Number of classes": dataset.num_classes})
    train_loader = DataLoader(dataset[:60], batch_size=16, shuffle=True)
    test_loader = DataLoader(dataset[60:], batch_size=16)

    class Net(torch.nn.Module):
        def __init__(self, hidden=32):
            super().__init__()
            self.conv1 = GraphConv(dataset.num_features, hidden)
            self.conv2 = GraphConv(hidden, hidden)
            self.lin = torch.nn.Linear(hidden, dataset.num_classes)

        def forward(self, x, edge_index, batch):
            x = self.conv1(x, edge_index).relu()
            x = self.conv2(x, edge_index).relu()
            return self.lin(global_mean_pool(x, batch))

    model = Net()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.002)

    def accuracy(loader):
        model.eval()
        correct = sum(int((model(d.x, d.edge_index, d.batch).argmax(dim=1) == d.y).sum())
                      for d in loader)
        return correct / len(loader.dataset)

    for epoch in range(1, 11):
        model.train()
        for d in train_loader:
            optimizer.zero_grad()
            F.cross_entropy(model(d.x, d.edge_index, d.batch), d.y).backward()
            optimizer.step()
        train_acc, test_acc = accuracy(train_loader), accuracy(test_loader)
        print(f"Epoch: {epoch:03d}, Train Acc: {train_acc:.4f}, Test Acc: {test_acc:.4f}")
        truth.add(epoch, **{"Train Acc": train_acc, "Test Acc": test_acc})
        truth.allow(Epoch=epoch)


def train() -> None:
    truth = Truth()
    node_classification(truth)
    graph_classification(truth)
    truth.write("the values each loop computed and printed (torch_geometric.logging.log, "
                "print), at the printed Epoch; dataset counts and statistics optional",
                libraries=("torch-geometric", "torch"), abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"pyg": train}, heldout=True)
