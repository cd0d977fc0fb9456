"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as mrswang1/Densenet-CIFAR-10 ``train.py``: after each
epoch ``print('Accuracy of the network on the 10000 val images: ', acc)`` (print's two spaces,
an unformatted percentage), at the end ``print(train_loss)`` and ``print(val_acc)`` (the two
Python lists of per-epoch values) and ``Finished Training``. Here: a small CNN on sklearn's
digits (300 validation images, so the text says 300), SGD with momentum, 20 epochs.

Truth: ``Accuracy of the network on the 300 val images`` for each epoch line, no step. The two
closing lists have no label and get no truth (the second repeats the accuracies).
"""

from _toy import batches, cnn, digits
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, ytr, Xva, yva, _, _ = digits(seed=12)
    net = cnn(seed=12)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    truth = Truth()
    train_loss, val_acc = [], []
    for epoch in range(20):
        running_loss, n = 0.0, 0
        net.train()
        for inputs, labels in batches(Xtr, ytr, 64, epoch):
            optimizer.zero_grad()
            loss = criterion(net(inputs), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            n += 1
        train_loss.append(running_loss / n)
        correct = total = 0
        net.eval()
        with torch.no_grad():
            for images, labels in batches(Xva, yva, 100, 0):
                _, predicted = torch.max(net(images).data, 1)
                total += labels.size(0)
                correct += (predicted == labels).sum().item()
        acc = 100 * correct / total
        val_acc.append(acc)
        print('Accuracy of the network on the %d val images: ' % len(Xva), acc)
        truth.add(**{"Accuracy of the network on the 300 val images": acc})
    print(train_loss)
    print(val_acc)
    print('Finished Training')
    truth.write("the script's validation accuracies", libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"densenet": run}, root=HELDOUT38)
