"""HELD-OUT fixture (forty-fifth half, see generate/heldout45/README.md): do not read while
tuning the parser.

A hand-written regression loop printing through Voxoff/kaggle-biomass ``utils.py``'s
``print_result``: ``Epoch 1/15 - Train Loss: 0.9876, Val Loss: 0.8765 | R²: 0.1234 | Time: 0m
0s``. Here: an MLP on scikit-learn's diabetes data (standardised target), Adam, 15 epochs.

Truth: ``Train Loss``, ``Val Loss`` and ``R²`` (the validation R²) at the printed epoch. The
time is no metric.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT45, Truth, main


def run() -> None:
    import time

    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_diabetes
    from sklearn.metrics import r2_score

    def print_result(train_loss, val_loss, epoch_start, epoch, num_epochs, val_r2):
        epoch_time = time.time() - epoch_start
        mins, secs = divmod(epoch_time, 60)
        print(f'Epoch {epoch+1}/{num_epochs} - '
              f'Train Loss: {train_loss:.4f}, Val Loss: {val_loss:.4f} | '
              f'R²: {val_r2:.4f} | '
              f'Time: {int(mins)}m {int(secs)}s')

    X, y = load_diabetes(return_X_y=True)
    rng = np.random.default_rng(7)
    idx = rng.permutation(len(X))
    X = torch.tensor((X - X.mean(0)) / X.std(0), dtype=torch.float32)[idx]
    y = torch.tensor((y - y.mean()) / y.std(), dtype=torch.float32)[idx]
    Xtr, ytr, Xva, yva = X[:340], y[:340], X[340:], y[340:]
    torch.manual_seed(7)
    model = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 1))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    truth = Truth()
    num_epochs = 15
    for epoch in range(num_epochs):
        epoch_start = time.time()
        losses = []
        for i in range(0, len(Xtr), 32):
            pred = model(Xtr[i:i + 32]).squeeze(1)
            loss = nn.functional.mse_loss(pred, ytr[i:i + 32])
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
        with torch.no_grad():
            pv = model(Xva).squeeze(1)
            val_loss = nn.functional.mse_loss(pv, yva).item()
        val_r2 = r2_score(yva.numpy(), pv.numpy())
        train_loss = float(np.mean(losses))
        print_result(train_loss, val_loss, epoch_start, epoch, num_epochs, val_r2)
        truth.add(at=epoch + 1, **{"Train Loss": train_loss, "Val Loss": val_loss, "R²": val_r2})
    truth.write("the script's mean batch losses, validation loss and R²",
                libraries=("torch", "scikit-learn"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"biomass": run}, root=HELDOUT45)
