"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as yasuki666/small_NN_practice ``training.py`` and
``testing.py``: three networks trained one after the other, each headed ``开始训练net1``
("start training net1"), each epoch headed ``current epoch:0``, every 100th batch ``currect loss
= 2.30123`` (the original's spelling); then the test prints the total, the correct count (a
tensor, ``tensor(281)``) and ``Accuracy: 93.67 %``, and the script ends with ``finish`` before
the test. Here: a linear net, a one-hidden-layer and a two-hidden-layer net on sklearn's 8x8
digits, SGD (lr 0.01 as the original), batches of 8, 5 epochs each; the test runs the last net
(``testing.py`` tests ``training.using_net``).

Truth: ``currect loss`` at the epoch of its ``current epoch:n`` header (the epochs restart with
each net); ``Accuracy`` of the test (no step).
"""

from _toy import batches, digits
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import torch
    from torch import nn, optim

    Xtr, ytr, _, _, Xte, yte = digits(seed=8)
    torch.manual_seed(8)
    net1 = nn.Sequential(nn.Linear(64, 10))
    net2 = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
    net3 = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 16), nn.ReLU(),
                         nn.Linear(16, 10))
    learning_rate, num_epoches = 1e-2, 5
    truth = Truth()
    for name, using_net in (("net1", net1), ("net2", net2), ("net3", net3)):
        print("开始训练" + name)
        criterion = nn.CrossEntropyLoss()
        optimizer = optim.SGD(using_net.parameters(), lr=learning_rate)
        for epoch in range(num_epoches):
            print("current epoch:%d" % epoch)
            for i, (images, labels) in enumerate(batches(Xtr, ytr, 8, epoch)):
                outputs = using_net(images)
                loss = criterion(outputs, labels)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                if i % 100 == 0:
                    print('currect loss = %.5f' % loss.item())
                    truth.add(at=epoch, **{"currect loss": loss.item()})
    print("finish")

    total, correct = 0, 0
    with torch.no_grad():
        outputs = net3(Xte)
        _, predicts = torch.max(outputs.data, 1)
        total += yte.size(0)
        correct += (predicts == yte).sum()
    print(total)
    print(correct)
    print("Accuracy: %.2f " % (100 * correct / total) + "%")
    truth.add(Accuracy=float(100 * correct / total))
    truth.write("the script's batch losses and test accuracy", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"yasuki": run}, root=HELDOUT41)
