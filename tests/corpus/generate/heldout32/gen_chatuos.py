"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop with the ``train`` and ``test`` functions of CHAT-UOS/dl_module
``train_test.py``: every N batches (not the first) ``print(f'Train Epoch: {epoch} | Batch Status:
{batch_idx * len(data)}/{len(train_loader.dataset)} ({100. * batch_idx / len(train_loader):.0f}%)
| Loss: {loss.item():.6f}')``, and after each epoch ``print(f'epoch:{epoch}\\nTest set: Average
loss: {test_loss:.4f}, Accuracy: {correct}/{len(test_loader.dataset)} ({100. * correct /
len(test_loader.dataset):.1f}%)')`` (the summed batch-mean losses divided by the number of
samples, as in the original; ``correct`` a 0-dimensional tensor, which formats as its
integer). Here: a small CNN on scikit-learn's 8x8 digits, batches of 16, SGD with momentum, 4
epochs, a train line every 20 batches (the original prints every 100, too few here).

Truth: the script's batch loss, ``train/Loss``, at the epoch its line states; the test
``test/Average loss`` and ``test/Accuracy`` (the percentage), no step (the epoch is on the line
above); the correct count after ``Accuracy:`` is optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_digits

    class Loader(list):
        def __init__(self, X, y, bs):
            super().__init__((X[k:k + bs], y[k:k + bs]) for k in range(0, len(X), bs))
            self.dataset = X

    truth = Truth()

    def train(model, epoch, criterion, optimizer, train_loader, device):
        model.train()
        for batch_idx, (data, target) in enumerate(train_loader):
            data, target = data.to(device), target.to(device)
            optimizer.zero_grad()
            output = model(data)
            loss = criterion(output, target)
            loss.backward()
            optimizer.step()
            if batch_idx % 20 == 0 and batch_idx != 0:
                print(f'Train Epoch: {epoch} | Batch Status: {batch_idx * len(data)}/{len(train_loader.dataset)} ({100. * batch_idx / len(train_loader):.0f}%) | Loss: {loss.item():.6f}')
                truth.add(at=epoch, **{"train/Loss": loss.item()})

    def test(model, epoch, criterion, optimizer, test_loader, device):
        model.eval()
        test_loss = 0
        correct = 0
        for data, target in test_loader:
            data, target = data.to(device), target.to(device)
            output = model(data)
            test_loss += criterion(output, target).item()
            pred = output.data.max(1, keepdim=True)[1]
            correct += pred.eq(target.data.view_as(pred)).cpu().sum()
        test_loss /= len(test_loader.dataset)
        print(f'epoch:{epoch}\nTest set: Average loss: {test_loss:.4f}, Accuracy: {correct}/{len(test_loader.dataset)} '
              f'({100. * correct / len(test_loader.dataset):.1f}%)')
        truth.add(**{"test/Average loss": test_loss,
                     "test/Accuracy": float(100. * correct / len(test_loader.dataset))})
        truth.allow(Accuracy=int(correct))

    torch.manual_seed(32)
    X, y = load_digits(return_X_y=True)
    X = torch.tensor(X / 16.0, dtype=torch.float32).reshape(-1, 1, 8, 8)
    y = torch.tensor(y)
    train_loader, test_loader = Loader(X[:1440], y[:1440], 16), Loader(X[1440:], y[1440:], 16)
    model = nn.Sequential(nn.Conv2d(1, 6, 3), nn.ReLU(), nn.Flatten(), nn.Linear(6 * 36, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.5)
    for epoch in range(1, 5):
        train(model, epoch, criterion, optimizer, train_loader, "cpu")
        test(model, epoch, criterion, optimizer, test_loader, "cpu")
    truth.write("the script's batch losses and its test loss and accuracy",
                libraries=("torch", "scikit-learn"), rel=1e-4, abs_tol=0.00005)


if __name__ == "__main__":
    main(__file__, {"chatuos": run}, root=HELDOUT32)
