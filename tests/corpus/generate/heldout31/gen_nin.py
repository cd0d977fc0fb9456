"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as DogWY/my-nin ``train.py`` does: a tqdm bar per epoch
whose description is set each batch to ``f"[{epoch}/{num_epochs}] Train: loss={loss.item():.3f},
acc={correct/image.shape[0]:.3f}"`` (the batch's loss and accuracy), and at the epoch's end
``pbar.write(f"[{epoch}/{num_epochs}] Train: loss={total_loss/total_item},
acc={total_correct/total_item}")`` (the epoch's means at full precision, written above the bar).
Here: a small CNN with a 1x1 convolution (network-in-network style) on scikit-learn's digits, batch
360, 2 epochs of Adam.

Truth: the script's batch loss and accuracy, ``train/loss`` and ``train/acc`` (``Train:`` names
the phase), and the epoch means under the same names; no step (``[1/2]`` is an unlabelled epoch
count). The description set at an epoch's last batch is drawn again when the bar closes: the
same state, listed once.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_digits
    from torch.utils.data import DataLoader, TensorDataset
    from tqdm import tqdm

    torch.manual_seed(31)
    X, y = load_digits(return_X_y=True)
    data = TensorDataset(torch.tensor(X / 16.0, dtype=torch.float32).view(-1, 1, 8, 8),
                         torch.tensor(y))
    data_loader = DataLoader(data, batch_size=360, shuffle=True)
    model = nn.Sequential(nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(), nn.Conv2d(32, 16, 1),
                          nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(16 * 4 * 4, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    truth = Truth()

    def train_epoch(model, data_loader, optimizer, criterion, epoch, num_epochs, device='cpu'):
        total_correct = 0
        total_loss = 0
        total_item = 0
        pbar = tqdm(data_loader)
        for image, label in pbar:
            image, label = image.to(device), label.to(device)
            pred = model(image)
            loss = criterion(pred, label)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total_loss += loss.cpu().item() * image.shape[0]
            correct = (pred.argmax(dim=1) == label).sum().cpu().item()
            total_correct += correct
            total_item += image.shape[0]
            pbar.set_description(f"[{epoch}/{num_epochs}] Train: loss={loss.item():.3f}, acc={correct/image.shape[0]:.3f}")
            truth.add(**{"train/loss": loss.item(), "train/acc": correct / image.shape[0]})
        pbar.write(f"[{epoch}/{num_epochs}] Train: loss={total_loss/total_item}, acc={total_correct/total_item}")
        truth.add(**{"train/loss": total_loss / total_item, "train/acc": total_correct / total_item})
        return total_loss / total_item, total_correct / total_item

    for epoch in range(1, 3):
        train_epoch(model, data_loader, optimizer, criterion, epoch, 2)
    truth.write("the script's batch loss and accuracy and its epoch means",
                libraries=("torch", "tqdm", "scikit-learn"), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"nin": run}, root=HELDOUT31)
