"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written PyTorch loop printing as Mountainsub/I_learned_dataloader-Pytorch-
``learning.py``: each epoch ``print("Epoch:", i, "Loss_Train:", loss_train, "Loss_Test:",
loss_test)`` (print's own spaces, unformatted Python floats: the mean batch losses). Here: the
same fully connected net shape on sklearn's 8x8 digits instead of MNIST (no download), SGD
lr 0.01, 10 epochs, on the CPU (the original's ``.cuda()`` calls left out).

Truth: ``Loss_Train`` and ``Loss_Test`` (the phase inside one word: names as printed) at the
epoch the line states.
"""

from _toy import batches, digits
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import torch
    from torch import nn, optim

    truth = Truth()
    Xtr, ytr, _, _, Xte, yte = digits(seed=10)
    torch.manual_seed(10)
    net = nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
    loss_fnc = nn.CrossEntropyLoss()
    optimizer = optim.SGD(net.parameters(), lr=0.01)
    record_loss_train, record_loss_test = [], []
    for i in range(10):
        net.train()
        loss_train = 0
        for j, (x, t) in enumerate(batches(Xtr, ytr, 32, i)):
            y = net(x)
            loss = loss_fnc(y, t)
            loss_train += loss.item()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        loss_train /= j + 1
        record_loss_train.append(loss_train)
        net.eval()
        loss_test = 0
        for j, (x, t) in enumerate(batches(Xte, yte, 32, 0)):
            y = net(x)
            loss = loss_fnc(y, t)
            loss_test += loss.item()
        loss_test /= j + 1
        record_loss_test.append(loss_test)
        if i % 1 == 0:
            print("Epoch:", i, "Loss_Train:", loss_train, "Loss_Test:", loss_test)
            truth.add(at=i, Loss_Train=loss_train, Loss_Test=loss_test)
    truth.write("the epoch means of the batch losses", libraries=("torch",), rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"jpdataloader": run}, root=HELDOUT40)
