"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as ANTONCHTHON/cool-girly-pytorch-project
``classificator/train.py`` does (its take on the CIFAR-10 tutorial loop): every N mini-batches
``print(f'[{epoch +  1 },{i+ 1:5d}] loss:{running_loss / 2000:.3f}')`` (no space after ``loss:``,
none after the comma), then ``print('Finished training')``. Here: a small CNN on scikit-learn's
8x8 digits, SGD with momentum, 3 epochs of 90 batches of 16, a line every 20 batches (the
running loss divided by 20).

Truth: the script's running loss over each 20 batches, ``loss``; no step (the line states the
epoch and the batch, neither a global step).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.optim as optim
    from sklearn.datasets import load_digits

    torch.manual_seed(32)
    X, y = load_digits(return_X_y=True)
    X = torch.tensor(X / 16.0, dtype=torch.float32).reshape(-1, 1, 8, 8)[:1440]
    y = torch.tensor(y)[:1440]
    net = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                        nn.Flatten(), nn.Linear(8 * 16, 32), nn.ReLU(), nn.Linear(32, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    truth = Truth()
    for epoch in range(3):
        running_loss = 0.0
        perm = torch.randperm(len(X))
        for i in range(90):
            idx = perm[i * 16:(i + 1) * 16]
            inputs, labels = X[idx], y[idx]
            optimizer.zero_grad()
            outputs = net(inputs)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            if i % 20 == 19:
                print(f'[{epoch +  1 },{i+ 1:5d}] loss:{running_loss / 20:.3f}')
                truth.add(loss=running_loss / 20)
                running_loss = 0.0
    print('Finished training')
    truth.write("the script's running loss over each 20 batches", libraries=("torch",),
                rel=1e-3, abs_tol=0.0005)


if __name__ == "__main__":
    main(__file__, {"antonchthon": run}, root=HELDOUT32)
