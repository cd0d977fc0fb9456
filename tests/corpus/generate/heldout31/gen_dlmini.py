"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as UsaidMalik/DL-Mini-Project ``train.py`` does:
``print(f'Epoch {epoch+1}/{num_epochs}, Loss: {running_loss/len(trainloader)}')`` (the mean
batch loss at full precision, unformatted). Here: a small CNN on scikit-learn's 8x8 digits, 12
epochs of SGD with momentum.

Truth: the script's ``running_loss / len(trainloader)``, ``Loss`` at the epoch the line states
(``Epoch 1/12`` is epoch 1).
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

    torch.manual_seed(31)
    X, y = load_digits(return_X_y=True)
    data = TensorDataset(torch.tensor(X / 16.0, dtype=torch.float32).view(-1, 1, 8, 8),
                         torch.tensor(y))
    trainloader = DataLoader(data, batch_size=128, shuffle=True)
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Flatten(), nn.Linear(8 * 4 * 4, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    truth = Truth()
    num_epochs = 12
    for epoch in range(num_epochs):
        model.train()
        running_loss = 0.0
        for images, labels in trainloader:
            optimizer.zero_grad()
            outputs = model(images)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
        print(f'Epoch {epoch+1}/{num_epochs}, Loss: {running_loss/len(trainloader)}')
        truth.add(at=epoch + 1, Loss=running_loss / len(trainloader))
    truth.write("the script's running_loss / len(trainloader) each epoch, as printed",
                libraries=("torch", "scikit-learn"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"dlmini": run}, root=HELDOUT31)
