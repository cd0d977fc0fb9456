"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A small CNN printing as Bamboo429/CS5330_Assignment5 ``train_mnist.py``: a test pass before
training and after each epoch, ``f'\\nTest set: Avg. loss: {running_loss:.4f}, Accuracy:
{correct}/{len(test_loader.dataset)} ({acc:.0f}%)\\n'`` (the loss a sum of batch means divided
by the number of batches as the script computes it), and every 10th batch
``f'Train Epoch: {epoch} [{batch_idx * len(inputs)}/{len(train_loader.dataset)} ({100. *
batch_idx / len(train_loader):.0f}%)]\\tLoss: {loss.item():.6f}'``. Here: the script's
conv-pool-conv-dropout-pool-fc network, narrowed to 8x8 inputs, on sklearn's digits, SGD(0.01,
0.9), batch 64, 5 epochs. torchsummary's ``summary()`` table is not printed (the package is not
in the environment).

Truth: ``train/Loss`` at the printed epoch; ``test/Avg. loss`` and ``test/Accuracy`` (the
percentage) with no step; the correct count printed after ``Accuracy:`` is optional.
"""

from _toy import batches, digits
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    torch.manual_seed(42)
    Xtr, ytr, _, _, Xte, yte = digits(seed=42, n_val=0, n_test=360)
    Xtr, Xte = Xtr.view(-1, 1, 8, 8), Xte.view(-1, 1, 8, 8)

    class NeuralNetwork(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv1 = nn.Conv2d(1, 10, kernel_size=3, padding=1)
            self.pool = nn.MaxPool2d(2, 2)
            self.conv2 = nn.Conv2d(10, 20, kernel_size=3, padding=1)
            self.dropout1 = nn.Dropout(0.5)
            self.fc1 = nn.Linear(80, 50)
            self.fc2 = nn.Linear(50, 10)

        def forward(self, x):
            x = self.pool(F.relu(self.conv1(x)))
            x = self.dropout1(self.conv2(x))
            x = self.pool(F.relu(x))
            x = torch.flatten(x, 1)
            return F.log_softmax(self.fc2(F.relu(self.fc1(x))), dim=1)

    net = NeuralNetwork()
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    truth = Truth()
    batch_size = 64
    n_batches = (len(Xtr) + batch_size - 1) // batch_size

    def test():
        running_loss = 0
        correct = 0
        with torch.no_grad():
            for inputs, labels in batches(Xte, yte, batch_size, 0):
                outputs = net(inputs)
                running_loss += criterion(outputs, labels).item()
                _, predicted = torch.max(outputs, 1)
                correct += (predicted == labels).sum().item()
            running_loss /= (len(Xte) / len(inputs))
            acc = 100. * correct / len(Xte)
            print(f'\nTest set: Avg. loss: {running_loss:.4f}, Accuracy: {correct}/{len(Xte)} ({acc:.0f}%)\n')
            truth.add(**{"test/Avg. loss": running_loss, "test/Accuracy": acc})
            truth.allow(**{"test/Accuracy": correct})

    test()
    for epoch in range(1, 6):
        for batch_idx, (inputs, labels) in enumerate(batches(Xtr, ytr, batch_size, epoch)):
            optimizer.zero_grad()
            loss = criterion(net(inputs), labels)
            loss.backward()
            optimizer.step()
            if batch_idx % 10 == 0:
                print(f'Train Epoch: {epoch} [{batch_idx * len(inputs)}/{len(Xtr)} ({100. * batch_idx / n_batches:.0f}%)]\tLoss: {loss.item():.6f}')
                truth.add(at=epoch, **{"train/Loss": loss.item()})
        test()
    truth.write("the script's logged batch losses and test-set evaluations", libraries=("torch",),
                rel=1e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"bamboo": run}, root=HELDOUT56)
