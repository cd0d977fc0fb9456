"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as qazaqkage/Speech_Emotion_Classifier ``training.py`` does:
``print(f'epoch: {epoch}: acc:', np.mean(acc_list), 'loss: ', np.mean(loss_list))`` once an
epoch (NumPy's full-precision floats, print's own spaces). Here: a small MLP on scikit-learn's
digits, 12 epochs of Adam.

Truth: the script's own ``np.mean`` of the batch accuracies and losses, ``acc`` and ``loss`` at
the epoch the line states (from 0).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_digits

    torch.manual_seed(31)
    X, y = load_digits(return_X_y=True)
    X = torch.tensor(X / 16.0, dtype=torch.float32)
    y = torch.tensor(y)
    model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    truth = Truth()
    for epoch in range(12):
        loss_list, acc_list = [], []
        perm = torch.randperm(len(X))
        for start in range(0, len(X), 200):
            idx = perm[start:start + 200]
            outputs = model(X[idx])
            loss = criterion(outputs, y[idx])
            loss_list.append(loss.item())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total = idx.size(0)
            _, predicted = torch.max(outputs.data, 1)
            correct = (predicted == y[idx]).sum().item()
            acc_list.append(correct / total)
        print(f'epoch: {epoch}: acc:', np.mean(acc_list), 'loss: ', np.mean(loss_list))
        truth.add(at=epoch, acc=np.mean(acc_list), loss=np.mean(loss_list))
    truth.write("the script's own epoch means of batch accuracy and loss (np.mean), as printed",
                libraries=("torch", "numpy", "scikit-learn"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"speechemo": run}, root=HELDOUT31)
