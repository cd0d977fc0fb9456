"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written PyTorch CNN loop printing as JAMMERR26/MNIST_Classifier ``TRAIN.py`` and
``TEST.py`` do: each epoch ``Epoch{epoch+1}/{epochs},Loss: {running_loss/len(train_loader)}``
(no space after ``Epoch``, an unformatted float) and ``Accuracy :{epoch_accuracy : 2f}%`` (a
space-signed six-decimal number), then ``Test Accuracy: {test_accuracy:.2f}%``. Here: a small
CNN on scikit-learn's 8x8 digits, 6 epochs, Adam.

Truth: ``Loss`` at the epoch; ``Accuracy`` (its own line, no step); ``test/Accuracy``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.optim as optim
    from sklearn.datasets import load_digits

    torch.manual_seed(33)
    X, y = load_digits(return_X_y=True)
    X = torch.tensor(X / 16.0, dtype=torch.float32).view(-1, 1, 8, 8)
    y = torch.tensor(y)
    perm = torch.randperm(len(X))
    tr, te = perm[:1400], perm[1400:]

    class CNN(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(1, 8, 3, padding=1)
            self.fc = nn.Linear(8 * 4 * 4, 10)

        def forward(self, x):
            x = torch.max_pool2d(torch.relu(self.conv(x)), 2)
            return self.fc(x.flatten(1))

    model = CNN()
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.Adam(model.parameters(),lr=0.003)
    truth = Truth()
    epochs = 6
    for epoch in range(epochs):
      running_loss= 0
      correct=0
      total=0
      order = tr[torch.randperm(len(tr))]
      train_loader = [(X[order[i:i + 100]], y[order[i:i + 100]]) for i in range(0, len(order), 100)]
      for images, labels in train_loader:
         optimizer.zero_grad()
         outputs = model(images)
         loss = criterion(outputs,labels)
         loss.backward()
         optimizer.step()
         running_loss += loss.item()
         _,predicted = torch.max(outputs.data,1)
         correct += (predicted == labels).sum().item()
         total += labels.size(0)
      epoch_accuracy = 100 * correct/total
      print(f"Epoch{epoch+1}/{epochs},Loss: {running_loss/len(train_loader)}")
      print(f"Accuracy :{epoch_accuracy : 2f}%")
      truth.add(at=epoch + 1, Loss=running_loss / len(train_loader))
      truth.add(Accuracy=epoch_accuracy)
    model.eval()
    correct = 0
    total = 0
    with torch.no_grad():
        for i in range(0, len(te), 100):
            images, labels = X[te[i:i + 100]], y[te[i:i + 100]]
            outputs = model(images)
            _, predicted = torch.max(outputs, 1)
            correct += (predicted == labels).sum().item()
            total += labels.size(0)
    test_accuracy = 100 * correct / total
    print(f"Test Accuracy: {test_accuracy:.2f}%")
    truth.add(**{"test/Accuracy": test_accuracy})
    truth.write("the script's epoch mean loss.item(), its accuracy counts and the test accuracy",
                libraries=("torch", "scikit-learn"), rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"jammerr": run}, root=HELDOUT33)
