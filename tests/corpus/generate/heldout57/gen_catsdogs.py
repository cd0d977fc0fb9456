"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A PyTorch "transfer" loop printing as 1224667889/kaggle-cats-vs-dogs ``train.py`` with
``func/train.py`` and ``func/validate.py``: the data echoes ``映射关系: {...}``, ``训练集长度:
1697``, ``训练集规格: torch.Size([64])``, ``训练模式: cpu 模式``, then per epoch ``第{}次训练``
(the n-th training), every 10th batch ``'batch:{}/{} loss:{:.3f}'`` (the running loss of ten
batches divided by 20, as the script does) and ``'测试图像的网络精度: %d %%'`` (the accuracy in
percent, cut to an integer). Here: a frozen random hidden layer with only the last layer trained
(SGD) on sklearn's digits, batch 16, 3 epochs, 100 validation images (so the percent is whole).

Truth: ``loss`` at the epoch of the ``第{}次训练`` header above it (the ``batch:`` count restarts
each epoch); ``测试图像的网络精度`` (the accuracy line) at that epoch. The training-set length is
optional.
"""

from _toy import batches, digits
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import torch
    from torch import nn

    Xtr, ytr, Xva, yva, _, _ = digits(seed=7, n_val=100, n_test=0)
    truth = Truth()
    print('映射关系:', {str(i): i for i in range(10)})
    print('训练集长度:', len(Xtr))
    truth.allow(**{"训练集长度": len(Xtr)})
    print('训练集规格:', Xtr[1].size())
    device = torch.device("cpu")
    print('训练模式:', device, '模式')
    torch.manual_seed(7)
    body = nn.Sequential(nn.Linear(64, 48), nn.ReLU())
    for p in body.parameters():
        p.requires_grad = False
    fc = nn.Linear(48, 10)
    net = nn.Sequential(body, fc)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(fc.parameters(), lr=0.05)
    batch_size = 16
    for epoch in range(3):
        print('第{}次训练'.format(epoch + 1))
        net.train()
        loader = list(batches(Xtr, ytr, batch_size, epoch))
        batch_num = len(loader)
        running_loss = 0.0
        for i, (inputs, labels) in enumerate(loader, start=1):
            optimizer.zero_grad()
            loss = criterion(net(inputs), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            if i % 10 == 0:
                print('batch:{}/{} loss:{:.3f}'.format(i, batch_num, running_loss / 20))
                truth.add(at=epoch + 1, loss=running_loss / 20)
                running_loss = 0.0
        net.eval()
        correct = total = 0
        with torch.no_grad():
            for images, labels in batches(Xva, yva, batch_size, 0):
                _, predicted = torch.max(net(images).data, 1)
                total += labels.size(0)
                correct += (predicted == labels).sum().item()
        print('测试图像的网络精度: %d %%' % (100 * correct / total))
        truth.add(at=epoch + 1, **{"测试图像的网络精度": 100 * correct / total})
    truth.write("the script's running batch losses and validation accuracy",
                libraries=("torch",), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"catsdogs": run}, root=HELDOUT57)
