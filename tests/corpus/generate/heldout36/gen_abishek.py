"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A CNN trained as abishek-raju/EVA5 ``S8/train.py`` does: ``print('\\nEpoch: %d' % epoch)`` at
the start of each epoch, then after every batch
``print(f'batch_idx:{batch_idx},loss:{(train_loss/(batch_idx+1))},acc:{100.*correct/total}')``
(no spaces, unformatted floats: the running mean loss and the running accuracy in percent).
Here: a small CNN on the digits-like toy set, SGD 0.05 with momentum, batches of 64, 3 epochs of
8 batches.

Truth: ``loss`` and ``acc`` of each batch line, no step (``batch_idx`` restarts each epoch).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from _toy import digits

    torch.manual_seed(36)
    X, y = digits(n=512, seed=8)
    X = torch.tensor(X, dtype=torch.float32).reshape(-1, 1, 8, 8)
    y = torch.tensor(y)
    net = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                        nn.Linear(128, 10))
    optimizer = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
    criterion = nn.CrossEntropyLoss()
    trainloader = [(X[i:i + 64], y[i:i + 64]) for i in range(0, len(y), 64)]
    truth = Truth()
    for epoch in range(3):
        print('\nEpoch: %d' % epoch)
        net.train()
        train_loss = 0
        correct = 0
        total = 0
        for batch_idx, (inputs, targets) in enumerate(trainloader):
            optimizer.zero_grad()
            outputs = net(inputs)
            loss = criterion(outputs, targets)
            loss.backward()
            optimizer.step()
            train_loss += loss.item()
            _, predicted = outputs.max(1)
            total += targets.size(0)
            correct += predicted.eq(targets).sum().item()
            print(f'batch_idx:{batch_idx},loss:{(train_loss/(batch_idx+1))},acc:{100.*correct/total}')
            truth.add(loss=train_loss / (batch_idx + 1), acc=100. * correct / total)
    truth.write("the script's running mean loss and running accuracy of each batch",
                libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"abishek": run}, root=HELDOUT36)
