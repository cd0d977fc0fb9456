"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A PyTorch feedforward network printing as ZZy979/pytorch-tutorial ``dlwizard/fnn.py`` with
``dlwizard/common.py`` (``train_mnist``): first each parameter's ``torch.Size([100, 784])``, then
every 500th iteration (counted across epochs) ``'Iteration: {}. Loss: {}. Accuracy: {:.2%}'``
(periods between the fields, the batch loss unformatted, the test accuracy as a percent). Here:
the script's net (one hidden layer of 100, ReLU, SGD 0.1) on sklearn's digits, batch 10, every
50th iteration, 5 epochs.

Truth: ``Loss`` and ``Accuracy`` at the printed iteration (the accuracy in percent, as printed).
"""

from _toy import batches, digits
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, ytr, _, _, Xte, yte = digits(seed=27)
    torch.manual_seed(27)
    model = nn.Sequential(nn.Linear(64, 100), nn.ReLU(), nn.Linear(100, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for p in model.parameters():
        print(p.size())
    criterion = nn.CrossEntropyLoss()
    truth = Truth()
    iteration = 0
    for epoch in range(5):
        for images, labels in batches(Xtr, ytr, 10, epoch):
            images = images.requires_grad_()
            optimizer.zero_grad()
            loss = criterion(model(images), labels)
            loss.backward()
            optimizer.step()
            iteration += 1
            if iteration % 50 == 0:
                with torch.no_grad():
                    correct = (torch.argmax(model(Xte), dim=1) == yte).sum().item()
                accuracy = correct / len(yte)
                print('Iteration: {}. Loss: {}. Accuracy: {:.2%}'.format(
                    iteration, loss.item(), accuracy))
                truth.add(at=iteration, Loss=loss.item(), Accuracy=100 * accuracy)
    truth.write("the script's batch loss and test accuracy every 50 iterations",
                libraries=("torch",), rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"dlwizard": run}, root=HELDOUT57)
