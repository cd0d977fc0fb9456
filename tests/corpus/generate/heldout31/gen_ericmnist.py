"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as EricLiZJU/MNISTLearning's runs do (the output kept in
``results.md``): ``[1,   300]: loss: 0.719 , acc: 79.59 , time: 0.43149 % `` every 300 batches
(epoch, batch; mean loss and running accuracy in percent over the interval; the interval's time
with a stray ``%``) and after each epoch ``[1 / 10]: Accuracy on test set: 96.5 % ``. Here: an
MLP on scikit-learn's digits (1437 train, 360 test), batch 16, a line every 30 batches, 5 epochs
of SGD with momentum.

Truth: the script's interval mean loss and accuracy, ``loss`` and ``acc`` (training lines, no
phase word); the test accuracy in percent, ``test/Accuracy`` (``Accuracy on test set``). The
lines state their counters in brackets without labels (``[1,   300]``, ``[1 / 10]``): no step.
The ``time`` has no truth.
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
    from torch.utils.data import DataLoader, TensorDataset

    torch.manual_seed(31)
    X, y = load_digits(return_X_y=True)
    Xtr, Xte, ytr, yte = train_test_split(X / 16.0, y, test_size=360, random_state=7)
    mk = lambda a, b: TensorDataset(torch.tensor(a, dtype=torch.float32), torch.tensor(b))
    train_loader = DataLoader(mk(Xtr, ytr), batch_size=16, shuffle=True)
    test_loader = DataLoader(mk(Xte, yte), batch_size=64)
    model = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.5)
    EPOCH = 5
    truth = Truth()
    for epoch in range(EPOCH):
        running_loss, running_total, running_correct = 0.0, 0, 0
        start = time.time()
        for batch_idx, (inputs, target) in enumerate(train_loader, 0):
            optimizer.zero_grad()
            outputs = model(inputs)
            loss = criterion(outputs, target)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            _, predicted = torch.max(outputs.data, dim=1)
            running_total += inputs.shape[0]
            running_correct += (predicted == target).sum().item()
            if batch_idx % 30 == 29:
                print('[%d, %5d]: loss: %.3f , acc: %.2f , time: %.5f %% '
                      % (epoch + 1, batch_idx + 1, running_loss / 30,
                         100 * running_correct / running_total, time.time() - start))
                truth.add(loss=running_loss / 30, acc=100 * running_correct / running_total)
                running_loss, running_total, running_correct = 0.0, 0, 0
                start = time.time()
        correct = total = 0
        with torch.no_grad():
            for images, labels in test_loader:
                _, predicted = torch.max(model(images).data, dim=1)
                total += labels.size(0)
                correct += (predicted == labels).sum().item()
        acc = 100 * correct / total
        print('[%d / %d]: Accuracy on test set: %.1f %% ' % (epoch + 1, EPOCH, acc))
        truth.add(**{"test/Accuracy": acc})
    truth.write("the script's interval mean loss and running accuracy, and its test accuracy",
                libraries=("torch", "scikit-learn"), rel=1e-3, abs_tol=0.005)


if __name__ == "__main__":
    main(__file__, {"ericmnist": run}, root=HELDOUT31)
