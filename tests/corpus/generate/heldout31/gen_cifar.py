"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written PyTorch classifier script printing as shanry/ML_Assignment's ``cifar10_acn.py``
does (its run shown in ``assignment3/ReadMe.txt``): ``Finished Loading Data``, ``--- 2.922
seconds ---``, the untrained network's ``Accuracy of the network on the 10000 test images: 10
%`` and ``Accuracy of plane : 100 %`` per class (``'%5s : %2d %%'``), ``--- 8.708  seconds ---``,
a settings line ``epoch = 350 lr = 0.001 batchsize=  256``, ``[1,    20] loss: 2.298619``
(``'[%d, %5d] loss: %f'``) every 20 batches, and the same accuracy block after training. Here: a
small CNN on scikit-learn's digits (test set of 360), the ten classes named by their digit words,
batch 32, 5 epochs of Adam.

Truth: the script's interval mean loss, ``loss`` (no step: the counters are unlabelled); the
accuracies in percent as ``%d`` prints them (truncated), under the printed label ``Accuracy of
the network on the 360 test images`` and, per class, ``<class>/Accuracy`` (two values each, before
and after training; the corpus's ``<thing>/<result>``, as heldout6's torchsummary names the same
tutorial's per-class lines; the blind truth said ``Accuracy of <class>``). The settings line is ``params`` (``epoch``, ``lr``, ``batchsize``);
the seconds have no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split
    from torch.utils.data import DataLoader, TensorDataset

    start_time = time.time()
    torch.manual_seed(31)
    X, y = load_digits(return_X_y=True)
    Xtr, Xte, ytr, yte = train_test_split(X / 16.0, y, test_size=360, random_state=3)
    mk = lambda a, b: TensorDataset(torch.tensor(a, dtype=torch.float32).view(-1, 1, 8, 8),
                                    torch.tensor(b))
    epoch_num, lr, batchsize = 5, 0.001, 32
    trainloader = DataLoader(mk(Xtr, ytr), batch_size=batchsize, shuffle=True)
    testloader = DataLoader(mk(Xte, yte), batch_size=100)
    classes = ('zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine')
    print("Finished Loading Data")
    print("--- %.3f seconds ---" % (time.time() - start_time))
    net = nn.Sequential(nn.Conv2d(1, 12, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                        nn.Flatten(), nn.Linear(12 * 16, 32), nn.ReLU(), nn.Linear(32, 10))
    truth = Truth()

    def test():
        correct = total = 0
        class_correct, class_total = [0.0] * 10, [0.0] * 10
        with torch.no_grad():
            for images, labels in testloader:
                _, predicted = torch.max(net(images).data, 1)
                total += labels.size(0)
                correct += (predicted == labels).sum().item()
                c = (predicted == labels).squeeze()
                for i in range(labels.size(0)):
                    class_correct[labels[i]] += c[i].item()
                    class_total[labels[i]] += 1
        acc = 100 * correct / total
        print('Accuracy of the network on the %d test images: %d %%' % (total, acc))
        truth.add(**{"Accuracy of the network on the 360 test images": int(acc)})
        for i in range(10):
            cacc = 100 * class_correct[i] / class_total[i]
            print('Accuracy of %5s : %2d %%' % (classes[i], cacc))
            truth.add(**{f"{classes[i]}/Accuracy": int(cacc)})  # <class>/<result>, as heldout6's tutorial

    start_time = time.time()
    test()
    print("--- %.3f  seconds ---" % (time.time() - start_time))
    print("epoch = %d lr = %g batchsize= %3d" % (epoch_num, lr, batchsize))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(net.parameters(), lr=lr)
    for epoch in range(epoch_num):
        running_loss = 0.0
        for i, (inputs, labels) in enumerate(trainloader, 0):
            optimizer.zero_grad()
            loss = criterion(net(inputs), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            if i % 20 == 19:
                print('[%d, %5d] loss: %f' % (epoch + 1, i + 1, running_loss / 20))
                truth.add(loss=running_loss / 20)
                running_loss = 0.0
    test()
    truth.write("the script's interval mean loss and its truncated percent accuracies",
                libraries=("torch", "scikit-learn"),
                params={"epoch": epoch_num, "lr": lr, "batchsize": batchsize}, rel=1e-5)


if __name__ == "__main__":
    main(__file__, {"cifar": run}, root=HELDOUT31)
