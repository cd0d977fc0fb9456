"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing through onedayatatime0923/MLDS ``hw1/1-1/util.py``
(``Datamanager.train`` and ``Datamanager.val``): every 4th batch ``'\\rTrain Epoch: {} |
[{}/{} ({:.0f}%)]\\t |  Loss: {:.6f}'`` with ``end=''`` (redrawn in place), after the epoch
``'\\nTime: {}:{}\\t | '`` and ``'Total loss: {:.4f}'`` (the sample-weighted mean loss), then
``'Val set: Average loss: {:.4f}, Accuracy: {}/{} ({:.0f}%)'``. Here: a small CNN on sklearn's
digits (8x8 instead of MNIST's 28x28), Adam(lr=0.001) as in ``train``, batch 32, 4 epochs, a
redraw every 8th batch; ``.item()`` instead of the old ``loss.data[0]``.

Truth: ``train/Loss`` of each redrawn state at the epoch it states; ``Total loss`` at the epoch of
the ``Train Epoch`` line it closes; ``val/Average loss`` and ``val/Accuracy`` (the rounded
percentage) at that epoch too (carried); the correct count is optional.
"""

from _toy import batches, digits
from _capture import HELDOUT53, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    Xtr, ytr, Xva, yva, _, _ = digits(seed=3)
    torch.manual_seed(3)

    class CNN(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv1 = nn.Sequential(nn.Conv2d(1, 2, 3, 1, 1), nn.ReLU(), nn.AvgPool2d(2))
            self.conv2 = nn.Sequential(nn.Conv2d(2, 4, 3, 1, 1), nn.ReLU(), nn.AvgPool2d(2))
            self.den1 = nn.Sequential(nn.Linear(4 * 2 * 2, 32), nn.ReLU())
            self.den2 = nn.Sequential(nn.Linear(32, 32), nn.ReLU())
            self.den3 = nn.Sequential(nn.Linear(32, 10))

        def forward(self, x):
            x = self.conv2(self.conv1(x.view(-1, 1, 8, 8)))
            return self.den3(self.den2(self.den1(x.view(x.size(0), -1))))

    model = CNN()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    loss_func = nn.CrossEntropyLoss()
    truth = Truth()
    n_train, bs = len(Xtr), 32
    n_batches = (n_train + bs - 1) // bs

    for epoch in range(1, 5):
        start = time.time()
        model.train()
        total_loss = 0
        for batch_index, (x, y) in enumerate(batches(Xtr, ytr, bs, epoch)):
            output = model(x)
            loss = loss_func(output, y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if batch_index % 8 == 0:
                print('\rTrain Epoch: {} | [{}/{} ({:.0f}%)]\t |  Loss: {:.6f}'.format(
                    epoch, batch_index * len(x), n_train,
                    100. * batch_index / n_batches, loss.item()), end='')
                truth.add(at=epoch, **{"train/Loss": loss.item()})
            total_loss += loss.item() * len(x)
        elapsed = time.time() - start
        total_loss /= n_train
        print('\nTime: {}:{}\t | '.format(int(elapsed / 60), int(elapsed % 60)), end='')
        print('Total loss: {:.4f}'.format(total_loss))
        truth.add(at=epoch, **{"Total loss": total_loss})

        model.eval()
        test_loss = 0
        correct = 0
        with torch.no_grad():
            for x, y in batches(Xva, yva, 64, 0):
                output = model(x)
                test_loss += F.cross_entropy(output, y, reduction='sum').item()
                pred = output.max(1, keepdim=True)[1]
                correct += pred.eq(y.view_as(pred)).long().sum().item()
        test_loss /= len(Xva)
        pct = 100. * correct / len(Xva)
        print('Val set: Average loss: {:.4f}, Accuracy: {}/{} ({:.0f}%)'.format(
            test_loss, correct, len(Xva), pct))
        truth.add(at=epoch, **{"val/Average loss": test_loss, "val/Accuracy": round(pct)})
        truth.allow(**{"val/Accuracy": correct})
    truth.write("the script's batch and epoch losses and accuracies", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"mldshw": run}, root=HELDOUT53)
