"""HELD-OUT fixture (thirty-seventh half, see generate/heldout37/README.md): do not read while
tuning the parser.

The main loop of pesfahanian/thesis ``main.py``: each epoch ``print(f'Epoch: {epoch:03d}, Loss:
{loss:.4f}')`` (the epoch from 000), then once ``print(f'Test Accuracy: {test_acc:.4f}')``. Here:
a two-layer MLP (hidden 16, as the original's ``Config.hidden_channels`` idea) on sklearn's
two-moons data trained full-batch with Adam for 25 epochs, tested on a held-out split.

Truth: ``Loss`` at the printed epoch, ``test/Accuracy`` (``Test Accuracy``) once, no step.
"""

import _toy  # noqa: F401 (puts generate/ on sys.path)
from _capture import HELDOUT37, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from sklearn.datasets import make_moons

    X, y = make_moons(n_samples=400, noise=0.25, random_state=14)
    X, y = torch.tensor(X, dtype=torch.float32), torch.tensor(y)
    torch.manual_seed(14)
    model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2))
    opt = torch.optim.Adam(model.parameters(), lr=0.03)
    truth = Truth()
    for epoch in range(25):
        loss = F.cross_entropy(model(X[:300]), y[:300])
        opt.zero_grad()
        loss.backward()
        opt.step()
        loss = loss.item()
        print(f'Epoch: {epoch:03d}, Loss: {loss:.4f}')
        truth.add(at=epoch, Loss=loss)
    with torch.no_grad():
        test_acc = (model(X[300:]).argmax(1) == y[300:]).float().mean().item()
    print(f'Test Accuracy: {test_acc:.4f}')
    truth.add(**{"test/Accuracy": test_acc})
    truth.write("the script's epoch losses and its test accuracy", libraries=("torch", "scikit-learn"),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"pesfahanian": run}, root=HELDOUT37)
