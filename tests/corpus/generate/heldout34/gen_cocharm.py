"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop printing as cocharm/coaching_study_AI ``AI_basic/week5/AI_basic_week5_4.py``
does: ``'Epoch [{}/{}], Step [{}/{}], Loss: {:.4f}, Accuracy: {:.2f}%'`` every 100 steps with the
batch's loss and accuracy. Here: a PyTorch linear classifier on 64-dimensional Gaussian blobs
(flattened "images"), batches of 8, 5 epochs of 300 steps, a line every 100 steps.

Truth: ``Loss`` and ``Accuracy`` (percent) of each printed batch, no step (epoch and step both
printed, the step restarting each epoch).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from _toy import blobs

    xa, ya = blobs(2400, classes=10, dim=64, seed=24, spread=3.0)
    imgs_all, labels_all = torch.tensor(xa, dtype=torch.float32), torch.tensor(ya)
    torch.manual_seed(24)
    linear = nn.Linear(64, 10)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(linear.parameters(), lr=0.01)
    training_epochs, bs = 5, 8
    n_steps = len(imgs_all) // bs
    truth = Truth()
    for epoch in range(training_epochs):
        perm = torch.randperm(len(imgs_all))
        for i in range(n_steps):
            idx = perm[i * bs:(i + 1) * bs]
            imgs, labels = imgs_all[idx], labels_all[idx]
            outputs = linear(imgs)
            loss = criterion(outputs, labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            _, argmax = torch.max(outputs, 1)
            accuracy = (labels == argmax).float().mean()
            if (i + 1) % 100 == 0:
                print('Epoch [{}/{}], Step [{}/{}], Loss: {:.4f}, Accuracy: {:.2f}%'.format(
                    epoch + 1, training_epochs, i + 1, n_steps, loss.item(), accuracy.item() * 100))
                truth.add(Loss=loss.item(), Accuracy=accuracy.item() * 100)
    truth.write("the script's batch loss.item() and accuracy", libraries=("torch", "numpy"),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cocharm": run}, root=HELDOUT34)
