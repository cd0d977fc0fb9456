"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as aysbt/NuclearMassTransformerModel ``trainer.py``:
``Epoch {epoch+1}/{num_epochs} | Train Loss: {:.4f} | Val Loss: {:.4f} | Train Acc: {:.4f} |
Val Acc: {:.4f}``, then ``✅ Model checkpoint saved at epoch {epoch+1} (Val Loss: {:.4f})``
when the validation loss improves, and ``Early stopping triggered!`` when the early stopper
(``utils.EarlyStopping``: patience and ``min_delta``) fires, which happens before the epoch's
line is printed, as in the original. The accuracy is the share of predictions within 5% of the
target. Here: an MLP on embedded (Z, N) and continuous features regressing a scaled
semi-empirical binding energy with noise, Adam, ``ReduceLROnPlateau``, gradient clipping, 30
epochs at most, patience 2 and min_delta 0.03 (the original's 15 and 0.001 are out of reach of a short run).

Truth: ``train/Loss``, ``val/Loss``, ``train/Acc``, ``val/Acc`` at the printed epoch; the
checkpoint line's ``Val Loss`` repeats the epoch's and is optional.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main


class EarlyStopping:
    def __init__(self, patience=15, min_delta=0):
        self.patience = patience
        self.min_delta = min_delta
        self.best_score = None
        self.early_stop = False
        self.counter = 0

    def __call__(self, val_loss):
        if self.best_score is None:
            self.best_score = val_loss
        elif val_loss < self.best_score - self.min_delta:
            self.best_score = val_loss
            self.counter = 0
        else:
            self.counter += 1
            if self.counter >= self.patience:
                self.early_stop = True


def run() -> None:
    import torch
    import torch.nn as nn

    torch.manual_seed(15)
    g = torch.Generator().manual_seed(15)
    Z = torch.randint(8, 90, (1400,), generator=g)
    N = (Z * (1.0 + 0.5 * torch.rand(1400, generator=g))).round().long()
    A = (Z + N).float()
    B = (15.8 * A - 18.3 * A ** (2 / 3) - 0.714 * Z * (Z - 1) / A ** (1 / 3)
         - 23.2 * (N - Z) ** 2 / A)
    y = (B / 100 + 0.05 * torch.randn(1400, generator=g))[:, None]
    cont = torch.stack([A / 200, (N - Z).float() / 50, Z.float() / 100], 1)
    idx = torch.randperm(1400, generator=g)
    tr, va = idx[:1100], idx[1100:]

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.ez = nn.Embedding(128, 8)
            self.net = nn.Sequential(nn.Linear(11, 32), nn.ReLU(), nn.Linear(32, 1))

        def forward(self, z, c):
            return self.net(torch.cat([self.ez(z), c], 1)), None

    model = Model()
    criterion = nn.MSELoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, patience=2)
    early_stopping = EarlyStopping(patience=2, min_delta=0.03)
    best_val_loss = float('inf')
    truth = Truth()
    num_epochs = 30
    for epoch in range(num_epochs):
        model.train()
        total, correct, count = 0.0, 0, 0
        perm = tr[torch.randperm(1100, generator=g)]
        loader = [perm[i:i + 64] for i in range(0, 1100, 64)]
        for j in loader:
            optimizer.zero_grad()
            pred, _ = model(Z[j], cont[j])
            loss = criterion(pred, y[j])
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=0.5)
            optimizer.step()
            total += loss.item()
            correct += ((torch.abs(pred - y[j]) / y[j]) < 0.05).sum().item()
            count += len(j)
        avg_train_loss, train_acc = total / len(loader), correct / count
        model.eval()
        total, correct = 0.0, 0
        vloader = [va[i:i + 64] for i in range(0, 300, 64)]
        with torch.no_grad():
            for j in vloader:
                pred, _ = model(Z[j], cont[j])
                total += criterion(pred, y[j]).item()
                correct += ((torch.abs(pred - y[j]) / y[j]) < 0.05).sum().item()
        avg_val_loss, val_acc = total / len(vloader), correct / 300
        scheduler.step(avg_val_loss)
        early_stopping(avg_val_loss)
        if early_stopping.early_stop:
            print("Early stopping triggered!")
            break
        print(f"Epoch {epoch+1}/{num_epochs} | Train Loss: {avg_train_loss:.4f} | Val Loss: "
              f"{avg_val_loss:.4f} | Train Acc: {train_acc:.4f} | Val Acc: {val_acc:.4f}")
        truth.add(at=epoch + 1, **{"train/Loss": avg_train_loss, "val/Loss": avg_val_loss,
                                   "train/Acc": train_acc, "val/Acc": val_acc})
        if avg_val_loss < best_val_loss:
            best_val_loss = avg_val_loss
            print(f"✅ Model checkpoint saved at epoch {epoch+1} (Val Loss: {best_val_loss:.4f})")
            truth.allow(**{"Val Loss": best_val_loss})
    truth.write("the script's epoch means and accuracies", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"nuclear": run}, root=HELDOUT42)
