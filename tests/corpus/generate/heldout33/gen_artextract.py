"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as sarthakkapila/ArtExtract ``train.py`` does: each epoch
``Epoch {epoch + 1}/{num_epochs}, Train Loss: {train_loss:.4f}, Train Accuracy:
{train_accuracy:.2f}%, Val Loss: {val_loss:.4f}, Val Accuracy: {val_accuracy:.2f}%``, then
``Training finished``. Here: an MLP on scikit-learn's digits, 6 epochs.

Truth: the epoch's mean batch loss and accuracy in percent, ``train/Loss``, ``train/Accuracy``,
``val/Loss``, ``val/Accuracy``, at the printed epoch.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_digits

    torch.manual_seed(33)
    X, y = load_digits(return_X_y=True)
    X = torch.tensor(X / 16.0, dtype=torch.float32)
    y = torch.tensor(y)
    perm = torch.randperm(len(X))
    tr, va = perm[:1400], perm[1400:]
    model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    truth = Truth()
    num_epochs = 6
    for epoch in range(num_epochs):
        model.train()
        running_loss, correct, total, nb = 0.0, 0, 0, 0
        order = tr[torch.randperm(len(tr))]
        for i in range(0, len(order), 64):
            b = order[i:i + 64]
            optimizer.zero_grad()
            outputs = model(X[b])
            loss = criterion(outputs, y[b])
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            nb += 1
            total += len(b)
            correct += (outputs.argmax(1) == y[b]).sum().item()
        train_loss = running_loss / nb
        train_accuracy = 100 * correct / total
        model.eval()
        val_loss, vc, vt, vn = 0.0, 0, 0, 0
        with torch.no_grad():
            for i in range(0, len(va), 64):
                b = va[i:i + 64]
                outputs = model(X[b])
                val_loss += criterion(outputs, y[b]).item()
                vn += 1
                vt += len(b)
                vc += (outputs.argmax(1) == y[b]).sum().item()
        val_loss = val_loss / vn
        val_accuracy = 100 * vc / vt
        print(f'Epoch {epoch + 1}/{num_epochs}, '
              f'Train Loss: {train_loss:.4f}, Train Accuracy: {train_accuracy:.2f}%, '
              f'Val Loss: {val_loss:.4f}, Val Accuracy: {val_accuracy:.2f}%')
        truth.add(at=epoch + 1, **{"train/Loss": train_loss, "train/Accuracy": train_accuracy,
                                   "val/Loss": val_loss, "val/Accuracy": val_accuracy})
    print('Training finished')
    truth.write("the script's epoch means of loss.item() and its accuracy counts",
                libraries=("torch", "scikit-learn"), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"artextract": run}, root=HELDOUT33)
