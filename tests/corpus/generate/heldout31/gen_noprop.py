"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as gaggenwaschke/NoProp's runs do (``logs/log_cifar100.md``):
a banner ``--- resnet18 on CIFAR100 (100 classes) using cuda ---``, ``Epoch 01 loss 75.6049 |
train 2.6s`` each epoch, and every tenth epoch the same line extended with ``| Acc 9.32% | infer
4.4s``. Here: an MLP on scikit-learn's digits (``--- mlp on DIGITS (10 classes) using cpu
---``), the summed batch loss each epoch, 30 epochs of SGD, the test accuracy every 10.

Truth: the script's summed epoch loss, ``loss``, and the test accuracy in percent, ``Acc``, at
the epoch the line states. The seconds have no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    torch.manual_seed(31)
    X, y = load_digits(return_X_y=True)
    Xtr, Xte, ytr, yte = train_test_split(X / 16.0, y, test_size=0.3, random_state=31)
    Xtr, Xte = torch.tensor(Xtr, dtype=torch.float32), torch.tensor(Xte, dtype=torch.float32)
    ytr, yte = torch.tensor(ytr), torch.tensor(yte)
    model = nn.Sequential(nn.Linear(64, 48), nn.ReLU(), nn.Linear(48, 10))
    opt = torch.optim.SGD(model.parameters(), lr=0.02, momentum=0.9)
    lossf = nn.CrossEntropyLoss()
    print("--- mlp on DIGITS (10 classes) using cpu ---")
    truth = Truth()
    for epoch in range(1, 31):
        t0 = time.time()
        total = 0.0
        perm = torch.randperm(len(Xtr))
        for i in range(0, len(perm), 128):
            idx = perm[i:i + 128]
            loss = lossf(model(Xtr[idx]), ytr[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item()
        line = f"Epoch {epoch:02d} loss {total:.4f} | train {time.time() - t0:.1f}s"
        truth.add(at=epoch, loss=total)
        if epoch % 10 == 0:
            t1 = time.time()
            with torch.no_grad():
                acc = 100.0 * (model(Xte).argmax(1) == yte).float().mean().item()
            line += f" | Acc {acc:.2f}% | infer {time.time() - t1:.1f}s"
            truth.add(at=epoch, Acc=acc)
        print(line)
    truth.write("the script's summed batch loss each epoch and its test accuracy every tenth",
                libraries=("torch", "scikit-learn"), rel=1e-3)


if __name__ == "__main__":
    main(__file__, {"noprop": run}, root=HELDOUT31)
