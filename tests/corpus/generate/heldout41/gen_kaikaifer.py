"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as 0-KaiKai-0/BUAA_ML_FER ``train.py``: each epoch starts
with the bare 0-based epoch (``print(epoch)``), the first batch's shape and first label
(``torch.Size([21, 1, 8, 8])``, ``tensor(3)``), then ``[1,    10] loss: 1.234`` (1-based epoch,
batch, mean of the last 10 batch losses; the original every 200) and after the epoch ``Accuracy
on test set: 45 %`` (``%d``: truncated). Here: a small residual CNN on the seven classes 0-6 of
sklearn's 8x8 digits (the original: seven facial expressions, ResNet-18), batches of 21 as the
original, Adam, 8 epochs.

Truth: ``loss`` at the epoch of its ``[epoch, batch]`` prefix (the batch counter restarts);
``Accuracy on test set`` as printed (the truncated integer percentage; no step: the line states
none).
"""

from _toy import batches, digits
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, ytr, Xva, yva, _, _ = digits(seed=17, classes=list(range(7)), n_val=300, n_test=0)
    Xtr, Xva = Xtr.reshape(-1, 1, 8, 8), Xva.reshape(-1, 1, 8, 8)

    class Block(nn.Module):
        def __init__(self, c):
            super().__init__()
            self.c1, self.c2 = nn.Conv2d(c, c, 3, padding=1), nn.Conv2d(c, c, 3, padding=1)

        def forward(self, x):
            return torch.relu(x + self.c2(torch.relu(self.c1(x))))

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.stem, self.block = nn.Conv2d(1, 8, 3, padding=1), Block(8)
            self.fc = nn.Linear(8 * 4 * 4, 7)

        def forward(self, x):
            feat = nn.functional.max_pool2d(self.block(torch.relu(self.stem(x))), 2).flatten(1)
            return feat, self.fc(feat)

    torch.manual_seed(17)
    model = Net()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    criterion = torch.nn.CrossEntropyLoss()
    truth = Truth()

    def train(epoch):
        running_loss = 0.0
        print(epoch)
        for batch_idx, (inputs, target) in enumerate(batches(Xtr, ytr, 21, epoch)):
            if batch_idx == 0:
                print(inputs.size())
                print(target[0])
            optimizer.zero_grad()
            _, outputs = model(inputs)
            loss = criterion(outputs, target)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            if batch_idx % 10 == 9:
                print('[%d, %5d] loss: %.3f' % (epoch + 1, batch_idx + 1, running_loss / 10))
                truth.add(at=epoch + 1, loss=running_loss / 10)
                running_loss = 0.0

    def test():
        correct = total = 0
        with torch.no_grad():
            for inputs, target in batches(Xva, yva, 21, 0):
                _, outputs = model(inputs)
                _, predicted = torch.max(outputs.data, dim=1)
                total += target.size(0)
                correct += (predicted == target).sum().item()
        print('Accuracy on test set: %d %%' % (100 * correct / total))
        truth.add(**{"Accuracy on test set": int(100 * correct / total)})

    for epoch in range(8):
        train(epoch)
        test()
    truth.write("the script's windowed mean losses and truncated test accuracies",
                libraries=("torch",), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"kaikaifer": run}, root=HELDOUT41)
