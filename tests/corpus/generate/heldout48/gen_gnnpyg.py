"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written two-layer GCN printing its result as DayuWu/GNN-PyG ``GNN_code/GraphGallery.py``:
``print(f'Test loss {results.loss:.5}, Test accuracy {results.accuracy:.2%}')`` (five significant
digits; the accuracy as a percentage). Here: our own dense GCN in PyTorch on a synthetic
two-community graph of 200 nodes with noisy features, 60 full-batch Adam steps on 40 labelled
nodes, evaluated on 100 test nodes (GraphGallery's own training printout is the library's, left
out).

Truth: ``Test loss`` and ``Test accuracy`` (in percent, as printed), at no step.
"""

from _toy import batches  # noqa: F401
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn.functional as F

    rng = np.random.default_rng(31)
    torch.manual_seed(31)
    n = 200
    y = np.repeat([0, 1], n // 2)
    P = np.where(y[:, None] == y[None, :], 0.06, 0.01)
    A = (rng.random((n, n)) < P).astype(np.float32)
    A = np.triu(A, 1)
    A = A + A.T + np.eye(n, dtype=np.float32)
    dinv = 1 / np.sqrt(A.sum(1))
    Ahat = torch.tensor(A * dinv[:, None] * dinv[None, :])
    X = torch.tensor(rng.normal(0, 1, (n, 16)) + y[:, None] * 0.3, dtype=torch.float32)
    Y = torch.tensor(y)
    idx = rng.permutation(n)
    train_nodes, test_nodes = torch.tensor(idx[:40]), torch.tensor(idx[100:])
    W1 = torch.nn.Linear(16, 16)
    W2 = torch.nn.Linear(16, 2)
    opt = torch.optim.Adam(list(W1.parameters()) + list(W2.parameters()), lr=0.01,
                           weight_decay=5e-4)
    forward = lambda: Ahat @ W2(F.dropout(F.relu(Ahat @ W1(X)), 0.5, W1.training))
    for _ in range(60):
        W1.train()
        loss = F.cross_entropy(forward()[train_nodes], Y[train_nodes])
        opt.zero_grad()
        loss.backward()
        opt.step()
    W1.eval()
    with torch.no_grad():
        out = forward()[test_nodes]
        test_loss = F.cross_entropy(out, Y[test_nodes]).item()
        test_acc = (out.argmax(1) == Y[test_nodes]).float().mean().item()

    class Results:
        pass

    results = Results()
    results.loss, results.accuracy = test_loss, test_acc
    print(f'Test loss {results.loss:.5}, Test accuracy {results.accuracy:.2%}')
    truth = Truth()
    truth.add(**{"Test loss": test_loss, "Test accuracy": test_acc * 100})
    truth.write("the GCN's test loss and accuracy", libraries=("torch",), rel=1e-4, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"gnnpyg": run}, root=HELDOUT48)
