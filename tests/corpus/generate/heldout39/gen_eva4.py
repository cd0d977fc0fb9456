"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as upadhyayprakash/eva4 ``S7/modules/training.py``,
``S7/modules/testing.py`` and ``S7/modules/class_wise_results.py``: during training
``'[%d, %5d] loss: %.3f' % (epoch + 1, i + 1, running_loss / N)`` every N mini-batches (the
original's N is 2000; ours 20), after training ``'Accuracy of the network on the 10000 test
images: %d %%'`` (the literal text of the original) and one ``'Accuracy of %5s : %2d %%'`` line
per class. Here: an MLP on sklearn's digits (classes named as words), SGD, 3 epochs.

Truth: ``loss`` (the running mean) at the printed epoch (the batch counter restarts every
epoch); the test accuracy as ``Accuracy of the network on the 10000 test images`` and each
class's as ``Accuracy of <class>``, no step, as the truncated percentages printed by ``%d``.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT39, Truth, main

CLASSES = ('zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine')


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, ytr, _, _, Xte, yte = digits(seed=1)
    model = mlp(seed=1)
    loss_fun = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.02, momentum=0.9)
    truth = Truth()
    N = 20
    for epoch in range(3):
        running_loss = 0.0
        for i, (data, labels) in enumerate(batches(Xtr, ytr, 8, epoch)):
            optimizer.zero_grad()
            loss = loss_fun(model(data), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            if i % N == N - 1:
                print('[%d, %5d] loss: %.3f' % (epoch + 1, i + 1, running_loss / N))
                truth.add(at=epoch + 1, loss=running_loss / N)
                running_loss = 0.0
    correct = total = 0
    class_correct = [0.0] * 10
    class_total = [0.0] * 10
    with torch.no_grad():
        for data, labels in batches(Xte, yte, 16, 0):
            _, predicted = torch.max(model(data), 1)
            total += labels.size(0)
            correct += (predicted == labels).sum().item()
            c = (predicted == labels).squeeze()
            for k in range(len(labels)):
                class_correct[labels[k]] += c[k].item()
                class_total[labels[k]] += 1
    print('Accuracy of the network on the 10000 test images: %d %%' % (100 * correct / total))
    truth.add(**{"Accuracy of the network on the 10000 test images": int(100 * correct / total)})
    for i in range(10):
        acc = 100 * class_correct[i] / class_total[i]
        print('Accuracy of %5s : %2d %%' % (CLASSES[i], acc))
        truth.add(**{f"Accuracy of {CLASSES[i]}": int(acc)})
    truth.write("the script's running losses and test accuracies", libraries=("torch",),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"eva4": run}, root=HELDOUT39)
