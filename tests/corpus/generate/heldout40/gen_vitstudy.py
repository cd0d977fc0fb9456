"""HELD-OUT fixture (fortieth half, see generate/heldout40/README.md): do not read while tuning
the parser.

A hand-written PyTorch loop printing as kyeongha-git/Study ``ViT/train.py`` and ``ViT/utils.py``:
``Using device: cpu``, then each epoch ``Epoch 1/5``, a cleared tqdm bar described ``Training``
(``leave=False``, no postfix), a cleared bar described ``Validating``, and two lines
``Train Loss: 2.2049, Train Acc: 0.2043`` and ``Val Loss: 2.0214, Val Acc: 0.3900``. Here: a
one-block vision transformer over the 2x2 grid of 4x4 patches of sklearn's 8x8 digits, AdamW,
5 epochs (the original trains a ViT-Base on CIFAR-10 and saves a checkpoint each epoch, left
out).

Truth: ``train/Loss``, ``train/Acc``, ``val/Loss``, ``val/Acc`` (the lines' leading words name
the phase), at the epoch of the ``Epoch 1/5`` header the lines belong to.
"""

from _toy import batches, digits
from _capture import HELDOUT40, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    class ViT(nn.Module):
        def __init__(self, d_model=32, num_classes=10):
            super().__init__()
            self.patch = nn.Linear(16, d_model)
            self.cls = nn.Parameter(torch.zeros(1, 1, d_model))
            self.pos = nn.Parameter(torch.randn(1, 5, d_model) * 0.02)
            self.block = nn.TransformerEncoderLayer(d_model, 4, 64, dropout=0.1, batch_first=True)
            self.head = nn.Linear(d_model, num_classes)

        def forward(self, x):
            x = x.view(-1, 2, 4, 2, 4).permute(0, 1, 3, 2, 4).reshape(-1, 4, 16)
            x = torch.cat([self.cls.expand(len(x), -1, -1), self.patch(x)], 1) + self.pos
            return self.head(self.block(x)[:, 0])

    def train_epoch(model, dataloader, criterion, optimizer):
        model.train()
        running_loss, correct, total = 0.0, 0, 0
        for images, labels in tqdm(dataloader, desc="Training", leave=False):
            optimizer.zero_grad()
            outputs = model(images)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            _, preds = torch.max(outputs, 1)
            correct += torch.sum(preds == labels).item()
            total += len(labels)
        return running_loss / len(dataloader), correct / total

    def evaluate(model, dataloader, criterion):
        model.eval()
        running_loss, correct, total = 0.0, 0, 0
        with torch.no_grad():
            for images, labels in tqdm(dataloader, desc="Validating", leave=False):
                outputs = model(images)
                running_loss += criterion(outputs, labels).item()
                _, preds = torch.max(outputs, 1)
                correct += torch.sum(preds == labels).item()
                total += len(labels)
        return running_loss / len(dataloader), correct / total

    truth = Truth()
    device = torch.device("cpu")
    print(f"Using device: {device}")
    Xtr, ytr, Xva, yva, _, _ = digits(seed=4)
    torch.manual_seed(4)
    model = ViT()
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=1e-2)
    num_epochs = 5
    for epoch in range(num_epochs):
        print(f"Epoch {epoch+1}/{num_epochs}")
        train_loss, train_acc = train_epoch(model, batches(Xtr, ytr, 128, epoch), criterion, optimizer)
        val_loss, val_acc = evaluate(model, batches(Xva, yva, 100, 0), criterion)
        print(f"Train Loss: {train_loss:.4f}, Train Acc: {train_acc:.4f}")
        print(f"Val Loss: {val_loss:.4f}, Val Acc: {val_acc:.4f}")
        truth.add(at=epoch + 1, **{"train/Loss": train_loss, "train/Acc": train_acc})
        truth.add(at=epoch + 1, **{"val/Loss": val_loss, "val/Acc": val_acc})
    truth.write("the script's epoch means", libraries=("torch", "tqdm"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"vitstudy": run}, root=HELDOUT40)
