"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as Forvi/PyTorchCourse ``lesson2/homework/utils/prints.py``
does: ``log_epoch(epoch, loss, **metrics)`` prints ``Epoch {epoch}: loss={loss:.4f}`` and
``, {k}={v:.4f}`` for each metric. Here: logistic regression (``nn.Linear`` with
``BCEWithLogitsLoss``) on scikit-learn's breast-cancer data, standardised, SGD, 15 epochs, the
metrics ``acc`` and ``f1`` on the training data after each epoch.

Truth: the script's mean epoch loss ``loss`` and its ``acc`` and ``f1``, at the epoch the line
states.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_breast_cancer
    from sklearn.metrics import f1_score

    def log_epoch(epoch, loss, **metrics):
        msg = f"Epoch {epoch}: loss={loss:.4f}"
        for k, v in metrics.items():
            msg += f", {k}={v:.4f}"
        print(msg)

    torch.manual_seed(32)
    X, y = load_breast_cancer(return_X_y=True)
    X = (X - X.mean(0)) / X.std(0)
    X = torch.tensor(X, dtype=torch.float32)
    y = torch.tensor(y, dtype=torch.float32).unsqueeze(1)
    model = nn.Linear(30, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    lossf = nn.BCEWithLogitsLoss()
    truth = Truth()
    for epoch in range(1, 16):
        perm = torch.randperm(len(X))
        total = 0.0
        for k in range(0, len(X), 64):
            idx = perm[k:k + 64]
            loss = lossf(model(X[idx]), y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        with torch.no_grad():
            pred = (model(X) > 0).float()
        acc = (pred == y).float().mean().item()
        f1 = f1_score(y.numpy().ravel(), pred.numpy().ravel())
        log_epoch(epoch, total / len(X), acc=acc, f1=f1)
        truth.add(at=epoch, loss=total / len(X), acc=acc, f1=f1)
    truth.write("the script's mean epoch loss and its accuracy and F1 on the training data",
                libraries=("torch", "scikit-learn"), rel=1e-3, abs_tol=0.00005)


if __name__ == "__main__":
    main(__file__, {"forvi": run}, root=HELDOUT32)
