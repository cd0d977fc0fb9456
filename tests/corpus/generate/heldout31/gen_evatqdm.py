"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop with a tqdm bar whose description is set every batch, as
bala1802/modular ``train.py`` does: ``pbar.set_description(desc= f'Loss={loss.item()}
Batch_id={batch_idx} \\`` continued on the next source line by ``Accuracy={100*correct/processed:0.2f}')``
(the backslash continues the string, so the description holds the next line's 29 leading
spaces). The bar is on stderr; ``set_description`` redraws it each batch. Here: a small CNN on
scikit-learn's digits with ``F.nll_loss``, SGD and a ``OneCycleLR`` stepped each batch, 2 epochs
of 5 batches, each epoch its own bar.

Truth: each batch's ``loss.item()`` (``Loss``, full precision) and the running accuracy in percent
(``Accuracy``), at the ``Batch_id`` the description states (restarting each epoch). The last
description of an epoch is drawn again when the bar closes: the same state, listed once.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    from sklearn.datasets import load_digits
    from torch.utils.data import DataLoader, TensorDataset
    from tqdm import tqdm

    torch.manual_seed(31)
    X, y = load_digits(return_X_y=True)
    data = TensorDataset(torch.tensor(X / 16.0, dtype=torch.float32).view(-1, 1, 8, 8),
                         torch.tensor(y))
    train_loader = DataLoader(data, batch_size=360, shuffle=True)
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.Flatten(),
                          nn.Linear(8 * 8 * 8, 10), nn.LogSoftmax(dim=1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=0.2, epochs=2,
                                                    steps_per_epoch=len(train_loader))
    truth = Truth()

    def train(model, device, train_loader, optimizer, scheduler):
        model.train()
        pbar = tqdm(train_loader)
        correct = 0
        processed = 0
        for batch_idx, (data, target) in enumerate(pbar):
            data, target = data.to(device), target.to(device)
            optimizer.zero_grad()
            y_pred = model(data)
            loss = F.nll_loss(y_pred, target)
            loss.backward()
            optimizer.step()
            scheduler.step()
            pred = y_pred.argmax(dim=1, keepdim=True)
            correct += pred.eq(target.view_as(pred)).sum().item()
            processed += len(data)
            pbar.set_description(desc= f'Loss={loss.item()} Batch_id={batch_idx} \
                             Accuracy={100*correct/processed:0.2f}')
            truth.add(at=batch_idx, Loss=loss.item(), Accuracy=100 * correct / processed)

    for epoch in range(2):
        train(model, "cpu", train_loader, optimizer, scheduler)
    truth.write("the script's loss.item() and 100*correct/processed of each batch",
                libraries=("torch", "tqdm", "scikit-learn"), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"evatqdm": run}, root=HELDOUT31)
