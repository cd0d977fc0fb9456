"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A classifier trained as encyclopaedier/ubiquant ``train_eval/train.py`` does: each epoch a
``tqdm(total=len(train_loader), dynamic_ncols=True, leave=False, position=0, desc='Train')``
bar whose postfix every batch is ``acc="{:.04f}%"`` (running accuracy), ``loss="{:.04f}"``
(running mean loss), ``num_correct`` and ``lr="{:.04f}"``, with a cosine schedule stepped each
batch; after the epoch ``print("Epoch {}/{}: Train Acc {:.04f}%, Train Loss {:.04f}, Learning
Rate {:.04f}".format(...))``. As in the original the running accuracy divides by ``(i + 1) *
batch_size`` even for a short last batch. Here: an MLP on blob features (CPU, no mixed
precision), SGD 0.05 with momentum, cosine annealing over all steps, batch 192, 3 epochs of 4
batches.

Truth: the postfix ``acc`` and ``loss`` of each batch (running values), the epoch line's
``train/Acc`` and ``train/Loss`` at the printed epoch; ``num_correct`` (a count) and the
learning rate (a schedule, in the postfix and in the epoch line, ``Learning Rate``) are
optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm
    from _toy import blobs

    torch.manual_seed(36)
    X, y = blobs(n=768, k=5, d=12, seed=36, spread=2.2)
    X, y = torch.tensor(X, dtype=torch.float32), torch.tensor(y)
    batch_size, epochs = 192, 3
    train_loader = [(X[i:i + batch_size], y[i:i + batch_size]) for i in range(0, len(y), batch_size)]
    model = nn.Sequential(nn.Linear(12, 32), nn.ReLU(), nn.Linear(32, 5))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer,
                                                           T_max=len(train_loader) * epochs)
    truth = Truth()
    for epoch in range(epochs):
        batch_bar = tqdm(total=len(train_loader), dynamic_ncols=True, leave=False, position=0,
                         desc='Train')
        num_correct = 0
        total_loss = 0
        for i, (x, t) in enumerate(train_loader):
            optimizer.zero_grad()
            outputs = model(x)
            loss = criterion(outputs, t)
            num_correct += int((torch.argmax(outputs, axis=1) == t).sum())
            total_loss += float(loss)
            lr = float(optimizer.param_groups[0]['lr'])
            batch_bar.set_postfix(
                acc="{:.04f}%".format(100 * num_correct / ((i + 1) * batch_size)),
                loss="{:.04f}".format(float(total_loss / (i + 1))),
                num_correct=num_correct,
                lr="{:.04f}".format(lr))
            truth.add(acc=100 * num_correct / ((i + 1) * batch_size), loss=total_loss / (i + 1))
            truth.allow(num_correct=num_correct, lr=lr)
            loss.backward()
            optimizer.step()
            scheduler.step()
            batch_bar.update()
        batch_bar.close()
        lr = float(optimizer.param_groups[0]['lr'])
        print("Epoch {}/{}: Train Acc {:.04f}%, Train Loss {:.04f}, Learning Rate {:.04f}".format(
            epoch + 1, epochs, 100 * num_correct / (len(train_loader) * batch_size),
            float(total_loss / len(train_loader)), lr))
        truth.add(at=epoch + 1, **{"train/Acc": 100 * num_correct / (len(train_loader) * batch_size),
                                   "train/Loss": total_loss / len(train_loader)})
        truth.allow(**{"Learning Rate": lr})
    truth.write("the script's running accuracy and loss of each batch and the epoch's",
                libraries=("torch", "tqdm"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"encyclopaedier": run}, root=HELDOUT36)
