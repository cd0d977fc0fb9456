"""HELD-OUT fixture (forty-second half, see generate/heldout42/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as laltman2/CATCH ``training/train_torch_estimator.py``:
``print('Epoch {}/{}'.format(epoch, epochs))`` (epochs from 0), then after the train and test
passes ``print('Train loss: {}, test loss: {}'.format(epoch_loss, epoch_tloss))`` (unformatted
means of the per-batch losses), and ``finished training`` at the end. The loss is the sum of
three MSEs, one per estimated parameter (``z``, ``a``, ``n``). Here: a small 1-D CNN estimating
three parameters of synthetic damped-cosine "holograms", RMSprop, 15 epochs.

Truth: ``Train loss`` and ``test loss`` (labels as printed; the first names its phase) at the
epoch of the ``Epoch N/15`` header above them, at full precision.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT42, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.optim as optim

    torch.manual_seed(14)
    g = torch.Generator().manual_seed(14)

    def makedata(n):
        p = torch.rand(n, 3, generator=g)
        r = torch.linspace(0, 1, 48)
        img = (torch.cos(r[None] * (8 + 12 * p[:, :1])) * torch.exp(-r[None] * 3 * p[:, 1:2])
               * (0.5 + p[:, 2:3]) + 0.05 * torch.randn(n, 48, generator=g))
        return img[:, None], p

    train_set, test_set = makedata(640), makedata(160)
    net = nn.Sequential(nn.Conv1d(1, 8, 5), nn.ReLU(), nn.MaxPool1d(2), nn.Flatten(),
                        nn.Linear(8 * 22, 32), nn.ReLU(), nn.Linear(32, 3))
    optimizer = optim.RMSprop(net.parameters(), lr=1e-3)
    criterion = nn.MSELoss()

    def loss_fn(outputs, labels):
        z1, a1, n1 = torch.transpose(outputs, 0, 1)
        z2, a2, n2 = torch.transpose(labels, 0, 1)
        return criterion(z1, z2) + criterion(a1, a2) + criterion(n1, n2)

    epochs = 15
    truth = Truth()
    for epoch in range(epochs):
        print('Epoch {}/{}'.format(epoch, epochs))
        net.train()
        running_loss = 0.0
        trainloader = [(train_set[0][i:i + 64], train_set[1][i:i + 64]) for i in range(0, 640, 64)]
        for images, labels in trainloader:
            optimizer.zero_grad()
            loss = loss_fn(net(images), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
        net.eval()
        running_tloss = 0.0
        testloader = [(test_set[0][i:i + 64], test_set[1][i:i + 64]) for i in range(0, 160, 64)]
        with torch.no_grad():
            for images, labels in testloader:
                running_tloss += loss_fn(net(images), labels).item()
        epoch_loss = running_loss / len(trainloader)
        epoch_tloss = running_tloss / len(testloader)
        print('Train loss: {}, test loss: {}'.format(epoch_loss, epoch_tloss))
        truth.add(at=epoch, **{"Train loss": epoch_loss, "test loss": epoch_tloss})
    print('finished training')
    truth.write("the script's epoch mean losses", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"catch": run}, root=HELDOUT42)
