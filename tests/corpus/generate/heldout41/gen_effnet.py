"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as 1022411040/CNN ``trainer.py``: per epoch a tqdm bar
described ``Epoch 1`` whose postfix dict holds the running ``loss`` and ``acc`` (floats, so
tqdm prints them with three significant digits: ``loss=2.13, acc=34.2``), then ``Epoch 1:``,
``  Train Loss: 2.1345, Train Acc: 34.21%`` and ``  Val Loss: 1.9876, Val Acc: 45.67%``. Here:
a small depthwise-separable CNN (standing in for the original's EfficientNet-B4) on sklearn's
8x8 digits, AdamW with cosine decay, batches of 32, 5 epochs; the FastAPI model registry
around the trainer is left out.

Truth: ``train/Loss``, ``train/Acc``, ``val/Loss``, ``val/Acc`` at the epoch of the ``Epoch n:``
header; the bar's ``loss`` and ``acc`` (its description ``Epoch 1`` names no phase): each bar's
last state (kept) is a point without step, its earlier states optional.
"""

from _toy import digits
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.optim as optim
    from tqdm import tqdm

    Xtr, ytr, Xva, yva, _, _ = digits(seed=24)
    Xtr, Xva = Xtr.reshape(-1, 1, 8, 8), Xva.reshape(-1, 1, 8, 8)
    torch.manual_seed(24)
    model = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16), nn.SiLU(),
                          nn.Conv2d(16, 16, 3, padding=1, groups=16), nn.Conv2d(16, 32, 1),
                          nn.BatchNorm2d(32), nn.SiLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
                          nn.Dropout(0.2), nn.Linear(32, 10))
    truth = Truth()

    def loader(X, y, shuffle_seed):
        order = (torch.randperm(len(X), generator=torch.Generator().manual_seed(shuffle_seed))
                 if shuffle_seed is not None else torch.arange(len(X)))
        return [(X[order[i:i + 32]], y[order[i:i + 32]]) for i in range(0, len(X), 32)]

    def train_epoch(train_loader, optimizer, criterion, epoch):
        model.train()
        total_loss, correct, total = 0, 0, 0
        pbar = tqdm(train_loader, desc=f"Epoch {epoch}")
        states = []
        for batch_idx, (images, labels) in enumerate(pbar):
            optimizer.zero_grad()
            outputs = model(images)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
            _, predicted = outputs.max(1)
            total += labels.size(0)
            correct += predicted.eq(labels).sum().item()
            pbar.set_postfix({'loss': total_loss / (batch_idx + 1), 'acc': 100. * correct / total})
            states.append((total_loss / (batch_idx + 1), 100. * correct / total))
        truth.add(loss=states[-1][0], acc=states[-1][1])
        for loss_v, acc_v in states[:-1]:
            truth.allow(loss=loss_v, acc=acc_v)
        return total_loss / len(train_loader), 100. * correct / total

    @torch.no_grad()
    def validate(val_loader, criterion):
        model.eval()
        total_loss, correct, total = 0, 0, 0
        for images, labels in val_loader:
            outputs = model(images)
            total_loss += criterion(outputs, labels).item()
            total += labels.size(0)
            correct += outputs.max(1)[1].eq(labels).sum().item()
        return total_loss / len(val_loader), 100. * correct / total

    epochs = 5
    optimizer = optim.AdamW(model.parameters(), lr=3e-3, weight_decay=1e-4)
    scheduler = optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs)
    criterion = nn.CrossEntropyLoss()
    best_acc = 0
    for epoch in range(epochs):
        train_loss, train_acc = train_epoch(loader(Xtr, ytr, epoch), optimizer, criterion,
                                            epoch + 1)
        val_loss, val_acc = validate(loader(Xva, yva, None), criterion)
        print(f"Epoch {epoch + 1}:")
        print(f"  Train Loss: {train_loss:.4f}, Train Acc: {train_acc:.2f}%")
        print(f"  Val Loss: {val_loss:.4f}, Val Acc: {val_acc:.2f}%")
        truth.add(at=epoch + 1, **{"train/Loss": train_loss, "train/Acc": train_acc,
                                   "val/Loss": val_loss, "val/Acc": val_acc})
        scheduler.step()
        best_acc = max(best_acc, val_acc)
    truth.write("the trainer's running and epoch means", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"effnet": run}, root=HELDOUT41)
