"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as allenwang2333/EEG-classification ``train.py`` does: per
epoch a tqdm bar ``with tqdm(total=len(train_loader), desc=f'Epoch {epoch + 1}/{num_epochs}',
position=0, leave=True) as pbar:`` with ``pbar.update(1)`` and ``pbar.set_postfix(loss=loss.item())``
each batch (tqdm prints the float to three significant digits), then ``print(f'Validation set:
Average loss = {avg_loss:.4f}, Accuracy = {accuracy:.4f}')``. Here: a small 1-D CNN classifying
synthetic two-channel "EEG" windows (three classes, each a dominant frequency plus noise), 3
epochs of 6 batches.

Truth: the script's ``loss.item()`` of each batch, ``loss`` (no step: the bar's count is no
labelled step; the bar's description states the epoch); the mean validation batch loss and the
accuracy, ``val/Average loss`` and ``val/Accuracy``, no step. The tolerance is tqdm's three
significant digits (5e-3). The postfix set at an epoch's last batch is drawn again when the bar
closes: the same state, listed once.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from torch.utils.data import DataLoader, TensorDataset
    from tqdm import tqdm

    torch.manual_seed(31)
    n, T = 240, 64
    labels = torch.randint(0, 3, (n,))
    t = torch.arange(T) / T
    freq = (3 + 4 * labels).float().view(-1, 1, 1)
    phase = 6.28 * torch.rand(n, 2, 1)
    x = torch.sin(6.28 * freq * t + phase) + 0.8 * torch.randn(n, 2, T)
    train_loader = DataLoader(TensorDataset(x[:192], labels[:192]), batch_size=32, shuffle=True)
    val_loader = DataLoader(TensorDataset(x[192:], labels[192:]), batch_size=16)
    model = nn.Sequential(nn.Conv1d(2, 8, 7), nn.ReLU(), nn.AdaptiveAvgPool1d(4), nn.Flatten(),
                          nn.Linear(32, 3))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    truth = Truth()

    def evaluate(model, test_loader, criterion, device):
        model.eval()
        with torch.no_grad():
            total_loss, num_correct, num_samples = 0.0, 0, 0
            for inputs, labels in test_loader:
                logits = model(inputs)
                total_loss += criterion(logits, labels).item()
                _, predictions = torch.max(logits, dim=1)
                num_correct += (predictions == labels).sum().item()
                num_samples += len(inputs)
        return total_loss / len(test_loader), num_correct / num_samples

    num_epochs = 3
    for epoch in range(num_epochs):
        model.train()
        with tqdm(total=len(train_loader), desc=f'Epoch {epoch + 1}/{num_epochs}', position=0,
                  leave=True) as pbar:
            for inputs, labels_b in train_loader:
                optimizer.zero_grad()
                loss = criterion(model(inputs), labels_b)
                loss.backward()
                optimizer.step()
                pbar.update(1)
                pbar.set_postfix(loss=loss.item())
                truth.add(loss=loss.item())
        avg_loss, accuracy = evaluate(model, val_loader, criterion, "cpu")
        print(f'Validation set: Average loss = {avg_loss:.4f}, Accuracy = {accuracy:.4f}')
        truth.add(**{"val/Average loss": avg_loss, "val/Accuracy": accuracy})
    truth.write("the script's loss.item() of each batch and its evaluate() of the validation set",
                libraries=("torch", "tqdm"), rel=5e-3)


if __name__ == "__main__":
    main(__file__, {"eegclass": run}, root=HELDOUT31)
