"""HELD-OUT fixture (sixth half, see generate/heldout6/README.md): do not read while tuning the
parser.

A PyTorch script in the shape of PyTorch's own "Training a Classifier" tutorial (the CIFAR-10
one, which countless scripts copy), on scikit-learn's bundled 8x8 digits instead of CIFAR:

* ``torchsummary.summary(net, (1, 8, 8))``: the Keras-style layer table (``Layer (type)
  Output Shape  Param #``, ``Conv2d-1  [-1, 8, 8, 8]  80``), ``Total params: 3,658``,
  ``Trainable params``, ``Non-trainable params: 0``, ``Input size (MB): 0.00``, ``Forward/backward
  pass size (MB)``, ``Params size (MB)``, ``Estimated Total Size (MB)``;
* the tutorial's running-loss line every 30 mini-batches, ``[1,    30] loss: 2.303`` (epoch and
  mini-batch, 3 decimals), then ``Finished Training``;
* ``Accuracy of the network on the 360 test images: 89 %`` (an integer percentage, as the
  tutorial computes it with ``//``);
* ``Accuracy for class: zero  is 97.2 %`` per class (the tutorial's per-class loop).

Truth: the values the script computed: each running loss (``loss``; the line states an epoch
and a mini-batch, neither alone the step, so no step); the test accuracy under its printed
phrase ``Accuracy of the network on the 360 test images``; the per-class accuracies as
``<class>/accuracy`` (rows of a per-class report, as the earlier halves name them:
``zero/accuracy``); the parameter totals (from the model's ``numel``) optional; the layer
table's counts and shapes and the MB sizes in neither map. The hyperparameters printed before
training are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT6, Truth, main

CLASSES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def train() -> None:
    import numpy as np
    import torch
    import torch.nn.functional as F
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split
    from torch import nn
    from torchsummary import summary

    truth = Truth()
    torch.manual_seed(0)
    hp = {"batch_size": 8, "lr": 0.01, "momentum": 0.9, "epochs": 3, "log_every": 30}
    print(f"hyperparameters: {hp}")

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv1 = nn.Conv2d(1, 8, 3, padding=1)
            self.pool = nn.MaxPool2d(2, 2)
            self.conv2 = nn.Conv2d(8, 16, 3, padding=1)
            self.fc1 = nn.Linear(16 * 2 * 2, 32)
            self.fc2 = nn.Linear(32, 10)

        def forward(self, x):
            x = self.pool(F.relu(self.conv1(x)))
            x = self.pool(F.relu(self.conv2(x)))
            x = torch.flatten(x, 1)
            return self.fc2(F.relu(self.fc1(x)))

    net = Net()
    summary(net, (1, 8, 8), device="cpu")
    total = sum(p.numel() for p in net.parameters())
    truth.allow(**{"Total params": total, "Trainable params": total,
                   "Non-trainable params": 0})

    x, y = load_digits(return_X_y=True)
    x = (x / 16.0).astype(np.float32).reshape(-1, 1, 8, 8)
    x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, random_state=0)
    train_set = torch.utils.data.TensorDataset(torch.tensor(x_train), torch.tensor(y_train))
    loader = torch.utils.data.DataLoader(train_set, batch_size=hp["batch_size"], shuffle=True)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(net.parameters(), lr=hp["lr"], momentum=hp["momentum"])

    for epoch in range(hp["epochs"]):
        running_loss = 0.0
        for i, (inputs, labels) in enumerate(loader):
            optimizer.zero_grad()
            loss = criterion(net(inputs), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            if i % hp["log_every"] == hp["log_every"] - 1:
                print(f"[{epoch + 1}, {i + 1:5d}] loss: {running_loss / hp['log_every']:.3f}")
                truth.add(loss=running_loss / hp["log_every"])
                running_loss = 0.0
    print("Finished Training")

    with torch.no_grad():
        predicted = net(torch.tensor(x_test)).argmax(1).numpy()
    correct, total_test = int((predicted == y_test).sum()), len(y_test)
    print(f"Accuracy of the network on the {total_test} test images: "
          f"{100 * correct // total_test} %")
    truth.add(**{f"Accuracy of the network on the {total_test} test images":
                 100 * correct // total_test})
    for label, name in enumerate(CLASSES):
        mask = y_test == label
        accuracy = 100 * float((predicted[mask] == label).sum()) / int(mask.sum())
        print(f"Accuracy for class: {name:5s} is {accuracy:.1f} %")
        truth.add(**{f"{name}/accuracy": accuracy})
    truth.write("the running losses the script printed (no step); the test accuracy (integer "
                "percent) under its printed phrase; per-class accuracies as <class>/accuracy; "
                "parameter totals optional; hyperparameters = params",
                libraries=("torchsummary", "torch", "scikit-learn"), params=hp, rel=1e-9,
                abs_tol=5e-2)  # losses with 3 decimals, class accuracies with 1


if __name__ == "__main__":
    main(__file__, {"torchsummary": train}, root=HELDOUT6)
