"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop with the ``train`` and ``valid`` functions of happyjason24/ML_hw1
``train.py``: each makes a ``tqdm(loader, desc="Epoch: {}/{} ({}%) | Training loss: NaN"...,
leave=False)`` bar (the first description states the 0-based epoch and a literal ``NaN``), then
every batch ``tqdm_iter.set_description("Epoch: {}/{} ({}%) | Training loss: {:.6f} | Training
Acc: {:.6f}"...)`` with the 1-based epoch (``Valid loss``/``Valid Acc`` in ``valid``); the bars
are cleared when done (``leave=False``), on stderr. The file has no main loop; the one here
calls ``train`` then ``valid`` each epoch and prints nothing else. Here: an MLP on scikit-learn's
8x8 digits, Adam, 3 epochs, batches of 512 (3 training batches and 1 validation batch).

Truth: the script's batch loss and accuracy behind each description: ``train/loss`` and
``train/Acc`` (``Training loss``, ``Training Acc``), ``val/loss`` and ``val/Acc`` (``Valid
loss``, ``Valid Acc``), at the epoch the description states. The literal ``NaN`` of each bar's
first description is optional (a ``nan`` under ``train/loss`` or ``val/loss``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_digits
    from tqdm import tqdm

    truth = Truth()

    def train(model, criterion, optimizer, train_loader, epoch, total_epochs, batch_size):
        model.train()
        tqdm_iter = tqdm(train_loader, desc="Epoch: {}/{} ({}%) | Training loss: NaN".format(
            epoch, total_epochs, int(epoch / total_epochs * 100)), leave=False)
        truth.allow(**{"train/loss": float("nan")})
        epoch_loss, epoch_acc = 0.0, 0.0
        for batch_idx, (data, label) in enumerate(tqdm_iter):
            output = model(data)
            loss = criterion(output, label)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            acc = (output.argmax(dim=1) == label).float().mean().item()
            epoch_loss += loss.item()
            epoch_acc += acc
            tqdm_iter.set_description("Epoch: {}/{} ({}%) | Training loss: {:.6f} | Training Acc: {:.6f}".format(
                epoch + 1, total_epochs, int((epoch + 1) / total_epochs * 100), round(loss.item(), 6), round(acc, 6)))
            truth.add(at=epoch + 1, **{"train/loss": loss.item(), "train/Acc": acc})
        return epoch_loss / len(train_loader), epoch_acc / len(train_loader)

    def valid(model, criterion, valid_loader, epoch, total_epochs, batch_size):
        model.eval()
        tqdm_iter = tqdm(valid_loader, desc="Epoch: {}/{} ({}%) | Valid loss: NaN".format(
            epoch, total_epochs, int(epoch / total_epochs * 100)), leave=False)
        truth.allow(**{"val/loss": float("nan")})
        epoch_loss, epoch_acc = 0.0, 0.0
        with torch.no_grad():
            for batch_idx, (data, label) in enumerate(tqdm_iter):
                output = model(data)
                loss = criterion(output, label)
                acc = (output.argmax(dim=1) == label).float().mean().item()
                epoch_loss += loss.item()
                epoch_acc += acc
                tqdm_iter.set_description("Epoch: {}/{} ({}%) | Valid loss: {:.6f} | Valid Acc: {:.6f}".format(
                    epoch + 1, total_epochs, int((epoch + 1) / total_epochs * 100), round(loss.item(), 6), round(acc, 6)))
                truth.add(at=epoch + 1, **{"val/loss": loss.item(), "val/Acc": acc})
        return epoch_loss / len(valid_loader), epoch_acc / len(valid_loader)

    torch.manual_seed(32)
    X, y = load_digits(return_X_y=True)
    X = torch.tensor(X / 16.0, dtype=torch.float32)
    y = torch.tensor(y)
    train_loader = [(X[k:k + 512], y[k:k + 512]) for k in range(0, 1437, 512)]
    valid_loader = [(X[k:k + 512], y[k:k + 512]) for k in range(1437, 1797, 512)]
    model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    total_epochs = 3
    for epoch in range(total_epochs):
        train(model, criterion, optimizer, train_loader, epoch, total_epochs, 512)
        valid(model, criterion, valid_loader, epoch, total_epochs, 512)
    truth.write("the script's batch loss and accuracy behind each description",
                libraries=("torch", "scikit-learn", "tqdm"), rel=1e-5, abs_tol=0.0000005)


if __name__ == "__main__":
    main(__file__, {"mlhw1": run}, root=HELDOUT32)
