"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as pytorch/examples ``mnist/main.py`` (the stored version)
does: ``Using Device: cpu`` and a blank line, ``Train Epoch: {} [{}/{} ({:.0f}%)]\\tLoss: {:.6f}``
every ``log_interval`` batches, and after each epoch ``\\nTest set: Average loss: {:.4f},
Accuracy: {}/{} ({:.0f}%)\\n``. Here: a small CNN on scikit-learn's 8x8 digits (1437 train, 360
test), Adadelta with ``lr=1.0`` and ``StepLR(gamma=0.7)``, batch 64, log interval 5, 3 epochs.

Truth: the script's ``loss.item()`` of each printed batch, ``train/Loss`` at the epoch the line
states; the test loss and accuracy of each epoch, ``test/Average loss`` and ``test/Accuracy`` (the
percentage, at the printed ``{:.0f}``: a whole number, taken as printed), no step (the test line
states none). Optional: ``test/Accuracy`` also as the count of correct predictions, the first
number after the label.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    import torch.optim as optim
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split
    from torch.optim.lr_scheduler import StepLR
    from torch.utils.data import DataLoader, TensorDataset

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv1 = nn.Conv2d(1, 8, 3, 1)
            self.dropout1 = nn.Dropout(0.25)
            self.fc1 = nn.Linear(8 * 3 * 3, 32)
            self.fc2 = nn.Linear(32, 10)

        def forward(self, x):
            x = F.max_pool2d(F.relu(self.conv1(x)), 2)
            x = self.dropout1(torch.flatten(x, 1))
            x = self.fc2(F.relu(self.fc1(x)))
            return F.log_softmax(x, dim=1)

    truth = Truth()
    torch.manual_seed(1)
    device = torch.device("cpu")
    print("Using Device: {}\n".format(device))
    X, y = load_digits(return_X_y=True)
    Xtr, Xte, ytr, yte = train_test_split(X / 16.0, y, test_size=360, random_state=31)
    mk = lambda a, b: TensorDataset(torch.tensor(a, dtype=torch.float32).view(-1, 1, 8, 8),
                                    torch.tensor(b))
    train_loader = DataLoader(mk(Xtr, ytr), batch_size=64, shuffle=True)
    test_loader = DataLoader(mk(Xte, yte), batch_size=1000)
    model = Net().to(device)
    optimizer = optim.Adadelta(model.parameters(), lr=1.0)
    scheduler = StepLR(optimizer, step_size=1, gamma=0.7)
    log_interval = 5
    for epoch in range(1, 4):
        model.train()
        for batch_idx, (data, target) in enumerate(train_loader):
            optimizer.zero_grad()
            output = model(data)
            loss = F.nll_loss(output, target)
            loss.backward()
            optimizer.step()
            if batch_idx % log_interval == 0:
                print('Train Epoch: {} [{}/{} ({:.0f}%)]\tLoss: {:.6f}'.format(
                    epoch, batch_idx * len(data), len(train_loader.dataset),
                    100. * batch_idx / len(train_loader), loss.item()))
                truth.add(at=epoch, **{"train/Loss": loss.item()})
        model.eval()
        test_loss, correct = 0, 0
        with torch.no_grad():
            for data, target in test_loader:
                output = model(data)
                test_loss += F.nll_loss(output, target, reduction='sum').item()
                pred = output.argmax(dim=1, keepdim=True)
                correct += pred.eq(target.view_as(pred)).sum().item()
        test_loss /= len(test_loader.dataset)
        pct = 100. * correct / len(test_loader.dataset)
        print('\nTest set: Average loss: {:.4f}, Accuracy: {}/{} ({:.0f}%)\n'.format(
            test_loss, correct, len(test_loader.dataset), pct))
        truth.add(**{"test/Average loss": test_loss, "test/Accuracy": float(f"{pct:.0f}")})
        truth.allow(**{"test/Accuracy": correct})
        scheduler.step()
    truth.write("the script's loss.item() of each printed batch, its summed-then-averaged test "
                "loss and its test accuracy in percent (at the printed {:.0f})",
                libraries=("torch", "scikit-learn"), rel=1e-3)


if __name__ == "__main__":
    main(__file__, {"mnist": run}, root=HELDOUT31)
