"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written PyTorch CNN loop printing as Jack-Krause/ComS474HW4 ``code/main.py`` and
``code/helper.py`` (commit 952c3bef) do: ``args:`` and the parsed arguments as a
``Namespace(...)``, each epoch ``Epoch %d training loss: %.3f training accuracy: %.3f%%`` (bars
disabled), then ``Accuracy of the network on the 10000 test set: %.2f%%`` (the count is a
literal in the original's string). Here: a small CNN on scikit-learn's 8x8 digits (the original
uses CIFAR-10), SGD with momentum, 5 epochs; the argument names of the original's
``solution.get_args`` are not in the stored files, so ours are our own.

Truth: ``train/loss``, ``train/accuracy`` at the epoch (from 0); ``Accuracy of the network on
the 10000 test set``; the Namespace as params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import argparse
    import torch
    import torch.nn as nn
    import torch.optim as optim
    from sklearn.datasets import load_digits
    from tqdm import tqdm

    args = argparse.Namespace(batch=32, num_epochs=5, seed=474, channels=8, dropout=0.1)
    print(f"args:\n{args}")
    torch.manual_seed(args.seed)
    X, y = load_digits(return_X_y=True)
    X = torch.tensor(X / 16.0, dtype=torch.float32).view(-1, 1, 8, 8)
    y = torch.tensor(y)
    perm = torch.randperm(len(X))
    tr, te = perm[:1400], perm[1400:]
    net = nn.Sequential(nn.Conv2d(1, args.channels, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                        nn.Flatten(), nn.Dropout(args.dropout), nn.Linear(args.channels * 16, 10))
    truth = Truth()
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    for epoch in range(args.num_epochs):
        net.train()
        running_loss, n_batchs, total,  correct = 0.0, 0, 0, 0
        order = tr[torch.randperm(len(tr))]
        trainloader = [(X[order[i:i + args.batch]], y[order[i:i + args.batch]]) for i in range(0, len(order), args.batch)]
        for images, labels in tqdm(
                trainloader, disable=True, desc='Epoch '+str(epoch), unit='b'):
            optimizer.zero_grad()
            outputs = net(images)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            _, predicted = torch.max(outputs.data, 1)
            total += labels.size(0)
            correct += (predicted == labels).sum().item()
            running_loss += loss.item()
            n_batchs += 1
        loss = running_loss / n_batchs
        accuracy = 100 * correct / total
        print('Epoch %d training loss: %.3f training accuracy: %.3f%%' % (
            epoch, loss, accuracy))
        truth.add(at=epoch, **{"train/loss": loss, "train/accuracy": accuracy})
    correct = 0
    total = 0
    with torch.no_grad():
        net.eval()
        testloader = [(X[te[i:i + args.batch]], y[te[i:i + args.batch]]) for i in range(0, len(te), args.batch)]
        for images, labels in tqdm(testloader, disable=True, desc='Test', unit='b'):
            outputs = net(images)
            _, predicted = torch.max(outputs.data, 1)
            total += labels.size(0)
            correct += (predicted == labels).sum().item()
    print('Accuracy of the network on the 10000 test set: %.2f%%' % (
        100 * correct / total))
    truth.add(**{"Accuracy of the network on the 10000 test set": 100 * correct / total})
    truth.write("the script's epoch mean loss.item(), accuracy counts and test accuracy",
                libraries=("torch", "scikit-learn"), rel=1e-3, abs_tol=5e-4, params=vars(args))


if __name__ == "__main__":
    main(__file__, {"coms474": run}, root=HELDOUT33)
