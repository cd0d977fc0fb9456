"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch graph loop printing as Wuty-zju/zju_ai_sys
``financial_abnormality_detection/log.py`` (a kept log of a GraphSAGE run): the saved model's
path (with its best validation AUC in the file name), then every 10th epoch ``Epoch: 010, Train
Loss: 0.1287, Valid Loss: 0.1275, Train AUC: 49.45, Valid AUC: 50.66`` (AUCs in percent), and
before every 40th epoch's line ``Epoch 40: Learning rate adjusted to 0.0005``. Here: a two-layer
mean-aggregation SAGE network on a synthetic 500-node graph whose anomalous nodes (12%) differ
in features and links, Adam, 120 epochs, the learning rate halved every 40 epochs. The log
layout puts the path first: the script keeps its lines and prints them after the path.

Truth: ``train/Loss``, ``val/Loss``, ``train/AUC``, ``val/AUC`` (``Train Loss``, ``Valid Loss``,
``Train AUC``, ``Valid AUC``) at the printed epoch. The adjusted learning rates are optional.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from sklearn.metrics import roc_auc_score

    rng = np.random.default_rng(5)
    n, d = 500, 16
    y = (rng.uniform(size=n) < 0.12).astype(np.int64)
    X = rng.normal(0, 1.4, (n, d)) + y[:, None] * rng.normal(0.12, 0.2, d)
    A = (rng.uniform(size=(n, n)) < 0.01).astype(np.float32)
    A[np.ix_(y == 1, y == 1)] += (rng.uniform(size=(y.sum(), y.sum())) < 0.02)
    A = np.minimum(A + A.T, 1.0)
    np.fill_diagonal(A, 0)
    A = A / np.maximum(A.sum(1, keepdims=True), 1)
    idx = rng.permutation(n)
    tr, va = idx[:350], idx[350:]
    X, A, y = (torch.tensor(X, dtype=torch.float32), torch.tensor(A, dtype=torch.float32),
               torch.tensor(y))

    class SAGE(nn.Module):
        def __init__(self):
            super().__init__()
            self.l1s, self.l1n = nn.Linear(d, 32), nn.Linear(d, 32)
            self.l2s, self.l2n = nn.Linear(32, 2), nn.Linear(32, 2)

        def forward(self, x):
            h = F.relu(self.l1s(x) + self.l1n(A @ x))
            return self.l2s(h) + self.l2n(A @ h)

    torch.manual_seed(5)
    model = SAGE()
    lr = 0.004
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    lines, truth, best_auc = [], Truth(), 0.0
    for epoch in range(1, 121):
        model.train()
        out = model(X)
        loss = F.cross_entropy(out[tr], y[tr])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        model.eval()
        with torch.no_grad():
            out = model(X)
            prob = out.softmax(1)[:, 1].numpy()
            train_loss = F.cross_entropy(out[tr], y[tr]).item()
            valid_loss = F.cross_entropy(out[va], y[va]).item()
        train_auc = roc_auc_score(y[tr].numpy(), prob[tr]) * 100
        valid_auc = roc_auc_score(y[va].numpy(), prob[va]) * 100
        best_auc = max(best_auc, valid_auc)
        if epoch % 40 == 0:
            lr = lr / 2
            for group in optimizer.param_groups:
                group["lr"] = lr
            lines.append(f"Epoch {epoch}: Learning rate adjusted to {lr}")
            truth.allow(**{"Learning rate adjusted to": lr})
        if epoch % 10 == 0:
            lines.append(f"Epoch: {epoch:03d}, Train Loss: {train_loss:.4f}, "
                         f"Valid Loss: {valid_loss:.4f}, Train AUC: {train_auc:.2f}, "
                         f"Valid AUC: {valid_auc:.2f}")
            truth.add(at=epoch, **{"train/Loss": train_loss, "val/Loss": valid_loss,
                                   "train/AUC": train_auc, "val/AUC": valid_auc})
    print(f"financial_abnormality_detection/results/best_sage_model_{best_auc:.2f}.pt")
    for line in lines:
        print(line)
    truth.write("the script's full-graph losses and sklearn AUCs", libraries=("torch",
                "scikit-learn"), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"wutyauc": run}, root=HELDOUT41)
