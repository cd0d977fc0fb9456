"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A two-layer network trained one sample at a time with plain SGD, printing as
nematulloh123/darsla ``uyishi4/lesson24/start.py`` (a lesson's homework): after each of the 10
epochs ``'Epoch %d loss: %.3f' % (epoch + 1, running_loss / len(train_data))``, the mean
per-sample loss. The file leaves ``train_data`` and ``train_labels`` as ``...``; here they are
600 rows of sklearn's digits (one-row batches), the file's ``NeuralNet`` shrunk from 784-128-10
to 64-128-10 for the 8x8 images, lr 0.001 as in the file.

Truth: ``loss`` at the printed epoch.
"""

from _toy import digits
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.optim as optim

    Xtr, ytr, _, _, _, _ = digits(seed=24)
    train_data = Xtr[:600].view(600, 1, 8, 8)
    train_labels = ytr[:600].view(600, 1)
    torch.manual_seed(24)
    truth = Truth()

    class NeuralNet(nn.Module):
        def __init__(self):
            super(NeuralNet, self).__init__()
            self.fc1 = nn.Linear(64, 128)
            self.fc2 = nn.Linear(128, 10)

        def forward(self, x):
            x = torch.flatten(x, 1)
            x = self.fc1(x)
            x = nn.ReLU()(x)
            return self.fc2(x)

    model = NeuralNet()
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.SGD(model.parameters(), lr=0.001)
    for epoch in range(10):
        running_loss = 0.0
        for i in range(len(train_data)):
            inputs = train_data[i]
            labels = train_labels[i]
            optimizer.zero_grad()
            outputs = model(inputs)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
        print('Epoch %d loss: %.3f' % (epoch + 1, running_loss / len(train_data)))
        truth.add(at=epoch + 1, loss=running_loss / len(train_data))
    truth.write("running_loss / len(train_data) of each epoch", libraries=("torch",),
                rel=1e-4, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"darsla": run}, root=HELDOUT59)
