"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as ChiartanoAndrea/mldl_project_skeleton ``utils/utils.py``
does: ``print(f'Train Epoch: {epoch} Loss: {train_loss:.6f} Acc: {train_accuracy:.2f}%')`` after
each epoch's training and ``print(f'Validation Loss: {val_loss:.6f} Acc: {val_accuracy:.2f}%')``
after its validation (accuracy in percent, the ``%`` glued to the number), and a closing
``Best validation accuracy: {best_acc:.2f}%``. Here: a small CNN on scikit-learn's digits, SGD
with momentum, 6 epochs.

Truth: the script's mean training loss and accuracy, ``train/Loss`` and ``train/Acc`` at the
epoch the line states; the validation loss and accuracy, ``val/Loss`` and ``val/Acc``, no step
(the line states none); the best validation accuracy, ``Best validation accuracy``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split
    from torch.utils.data import DataLoader, TensorDataset

    torch.manual_seed(31)
    X, y = load_digits(return_X_y=True)
    Xtr, Xva, ytr, yva = train_test_split(X / 16.0, y, test_size=0.25, random_state=11)
    mk = lambda a, b: TensorDataset(torch.tensor(a, dtype=torch.float32).view(-1, 1, 8, 8),
                                    torch.tensor(b))
    train_loader = DataLoader(mk(Xtr, ytr), batch_size=64, shuffle=True)
    val_loader = DataLoader(mk(Xva, yva), batch_size=128)
    model = nn.Sequential(nn.Conv2d(1, 6, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Flatten(), nn.Linear(6 * 16, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.02, momentum=0.9)
    truth = Truth()

    def train(epoch, model, train_loader, criterion, optimizer):
        model.train()
        running_loss, correct, total = 0.0, 0, 0
        for inputs, targets in train_loader:
            pred = model(inputs)
            loss = criterion(pred, targets)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            _, predicted = pred.max(1)
            total += targets.size(0)
            correct += predicted.eq(targets).sum().item()
        train_loss = running_loss / len(train_loader)
        train_accuracy = 100. * correct / total
        print(f'Train Epoch: {epoch} Loss: {train_loss:.6f} Acc: {train_accuracy:.2f}%')
        truth.add(at=epoch, **{"train/Loss": train_loss, "train/Acc": train_accuracy})

    def validate(model, val_loader, criterion):
        model.eval()
        val_loss, correct, total = 0, 0, 0
        with torch.no_grad():
            for inputs, targets in val_loader:
                pred = model(inputs)
                val_loss += criterion(pred, targets).item()
                _, predicted = pred.max(1)
                total += targets.size(0)
                correct += predicted.eq(targets).sum().item()
        val_loss = val_loss / len(val_loader)
        val_accuracy = 100. * correct / total
        print(f'Validation Loss: {val_loss:.6f} Acc: {val_accuracy:.2f}%')
        truth.add(**{"val/Loss": val_loss, "val/Acc": val_accuracy})
        return val_accuracy

    best_acc = 0
    for epoch in range(1, 7):
        train(epoch, model, train_loader, criterion, optimizer)
        best_acc = max(best_acc, validate(model, val_loader, criterion))
    print(f'Best validation accuracy: {best_acc:.2f}%')
    truth.add(**{"Best validation accuracy": best_acc})
    truth.write("the script's epoch mean losses and percent accuracies, and the best of them",
                libraries=("torch", "scikit-learn"), rel=1e-3)


if __name__ == "__main__":
    main(__file__, {"skeleton": run}, root=HELDOUT31)
