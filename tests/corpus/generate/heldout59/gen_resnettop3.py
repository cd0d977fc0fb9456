"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A small residual CNN trained with SGD and momentum, printing as
SkyJohn233/Computer-Vision-and-Deep-Learning ``hw1/train.py``: every 2000 batches ``"[%d %d]
loss:%.3f " % (epoch+1, i+1, running_loss/2000)``, and after each epoch the file's ``val``
(mean batch loss, and a top-3 accuracy: the fraction of samples whose label is among the three
best scores) on the training and then the test loader, printed ``"train loss: %.5f train_acc
%.5f"`` and ``"test loss: %.5f test_acc %.5f"``, and ``finish training`` at the end. Models
are not saved. Here: sklearn's digits as 10 of the file's 80 classes, batches of 4 as in the
file (so a pass has about 300 batches: the 2000-batch line is printed at 200 here, over
``running_loss/2000`` as in the file), StepLR created as in the file and never stepped, 4
epochs.

Truth: ``loss`` (the ``[epoch batch] loss:`` lines) at the printed epoch; ``train loss`` and
``train_acc``, ``test loss`` and ``test_acc`` at the epoch they follow (none is printed on
their lines: no step).
"""

from _toy import Loader, digits
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from torch import optim

    Xtr, ytr, _, _, Xte, yte = digits(seed=34)
    Xtr, Xte = Xtr.view(-1, 1, 8, 8), Xte.view(-1, 1, 8, 8)
    batch_size = 4
    truth = Truth()

    class Block(nn.Module):
        def __init__(self, c):
            super().__init__()
            self.f = nn.Sequential(nn.Conv2d(c, c, 3, padding=1), nn.BatchNorm2d(c), nn.ReLU(),
                                   nn.Conv2d(c, c, 3, padding=1), nn.BatchNorm2d(c))

        def forward(self, x):
            return torch.relu(x + self.f(x))

    torch.manual_seed(34)
    net = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), Block(16), nn.MaxPool2d(2),
                        Block(16), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(16, 10))
    dataloader = Loader(Xtr[:1196], ytr[:1196], batch_size, seed=34)  # drop_last, as the file
    test_dataloader = Loader(Xte, yte, batch_size, seed=35)
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.SGD(net.parameters(), lr=0.001, momentum=0.9)
    scheduler = optim.lr_scheduler.StepLR(optimizer, step_size=7, gamma=0.1)

    def val(model, dataloader):
        model.eval()
        eval_loss = 0
        eval_acc = 0
        with torch.no_grad():
            for i, (inputs, labels) in enumerate(dataloader):
                outputs = net(inputs)
                eval_loss += criterion(outputs, labels).item()
                for i in range(batch_size):
                    _, indices = torch.topk(outputs[i], 3, 0)
                    for _ in range(3):
                        if int(labels[i]) == int(indices[_]):
                            eval_acc = eval_acc + 1
        return float(eval_loss / len(dataloader)), float(eval_acc / len(dataloader) / batch_size)

    for epoch in range(4):
        net.train()
        running_loss = 0.0
        for i, (inputs, labels) in enumerate(dataloader, 0):
            optimizer.zero_grad()
            loss = criterion(net(inputs), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            if i % 200 == 199:
                print("[%d %d] loss:%.3f " % (epoch + 1, i + 1, running_loss / 2000))
                truth.add(at=epoch + 1, loss=running_loss / 2000)
                running_loss = 0.0
        train_loss, train_acc = val(net, dataloader)
        print("train loss: %.5f train_acc %.5f" % (train_loss, train_acc))
        test_loss, test_acc = val(net, test_dataloader)
        print("test loss: %.5f test_acc %.5f" % (test_loss, test_acc))
        truth.add(**{"train loss": train_loss, "train_acc": train_acc,
                     "test loss": test_loss, "test_acc": test_acc})
    print("finish training")
    assert scheduler is not None
    truth.write("running_loss/2000 and val()'s mean loss and top-3 accuracy",
                libraries=("torch",), rel=1e-4, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"resnettop3": run}, root=HELDOUT59)
