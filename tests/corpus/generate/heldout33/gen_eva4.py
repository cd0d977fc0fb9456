"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written loop printing as seepala98/EVA-4 ``PHASE_1/S11/train.py`` does: a tqdm bar over
the batches, each batch ``pbar.set_description(desc=f'Loss={loss.item():0.2f} Batch
ID={batch_idx} Accuracy={(100 * correct / processed):.2f}')`` and then ``pbar.update(1)`` on
top of the bar's own count (as the original does, so the count runs to twice the total). Here:
PyTorch softmax regression on scikit-learn's digits, batches of 360, 2 epochs.

Truth: each batch's loss, ``Loss``, and the running accuracy in percent, ``Accuracy``; no step
(the batch id restarts each epoch).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from sklearn.datasets import load_digits
    from tqdm import tqdm

    torch.manual_seed(33)
    X, y = load_digits(return_X_y=True)
    X = torch.tensor(X / 16.0, dtype=torch.float32)
    y = torch.tensor(y)
    model = nn.Linear(64, 10)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    truth = Truth()
    for epoch in range(2):
        perm = torch.randperm(len(X))
        train_loader = [(X[perm[i:i + 360]], y[perm[i:i + 360]]) for i in range(0, len(X), 360)]
        pbar = tqdm(train_loader)
        correct = 0
        processed = 0
        for batch_idx, (data, target) in enumerate(pbar):
            optimizer.zero_grad()
            y_pred = model(data)
            loss = criterion(y_pred, target)
            loss.backward()
            optimizer.step()
            pred = y_pred.argmax(dim=1, keepdim=False)
            correct += pred.eq(target).sum().item()
            processed += len(data)
            pbar.set_description(desc=f'Loss={loss.item():0.2f} Batch ID={batch_idx} Accuracy={(100 * correct / processed):.2f}')
            truth.add(Loss=loss.item(), Accuracy=100 * correct / processed)
            pbar.update(1)
    truth.write("the script's loss.item() and running accuracy of each batch",
                libraries=("torch", "tqdm", "scikit-learn"), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"eva4": run}, root=HELDOUT33)
