"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as romisalvi/mldl_project_skeleton ``train.py``: per epoch
a tqdm bar ``tqdm(train_loader, desc=f"Epoch {epoch}", leave=False)`` whose postfix is set
every batch with ``set_postfix(loss=loss.item(), acc=100. * correct / total)``, then
``print(f'Train Epoch: {epoch} Loss: {train_loss:.6f} Acc: {train_accuracy:.2f}%')``. (The
original never zeroes the gradients; ours does.) Here: a small CNN on sklearn's digits,
SGD with momentum, 12 epochs.

Truth: ``train/Loss`` and ``train/Acc`` at the printed epoch. The bar is cleared when it closes
(``leave=False``), so no postfix state is sure to stay: all are optional (``loss``, ``acc``).
"""

import sys

from _toy import batches, digits
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, _, _, _, _ = digits(seed=13)
    torch.manual_seed(13)
    model = nn.Sequential(nn.Unflatten(1, (1, 8, 8)), nn.Conv2d(1, 8, 3), nn.ReLU(),
                          nn.MaxPool2d(2), nn.Flatten(), nn.Linear(8 * 9, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    truth = Truth()
    for epoch in range(1, 13):
        model.train()
        running_loss = 0.0
        correct = 0
        total = 0
        train_loader = list(batches(Xtr, ytr, 64, epoch))
        progress_bar = tqdm(train_loader, desc=f"Epoch {epoch}", leave=False)
        for batch_idx, (inputs, targets) in enumerate(progress_bar):
            optimizer.zero_grad()
            outputs = model(inputs)
            loss = criterion(outputs, targets)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            _, predicted = outputs.max(1)
            total += targets.size(0)
            correct += predicted.eq(targets).sum().item()
            progress_bar.set_postfix(loss=loss.item(), acc=100. * correct / total)
            truth.allow(loss=loss.item(), acc=100. * correct / total)
        train_loss = running_loss / len(train_loader)
        train_accuracy = 100. * correct / total
        print(f'Train Epoch: {epoch} Loss: {train_loss:.6f} Acc: {train_accuracy:.2f}%')
        sys.stdout.flush()
        truth.add(at=epoch, **{"train/Loss": train_loss, "train/Acc": train_accuracy})
    truth.write("the script's epoch loss and accuracy", libraries=("torch", "tqdm"),
                rel=1e-5, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"mldlskel": run}, root=HELDOUT39)
