"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as rajnish93/Python-Code-Snippet ``run.py`` does (the
common sentiment-classifier tutorial loop): per epoch ``Epoch {epoch + 1}/{EPOCHS}``, ``-`` * 10,
``f'Train loss {train_loss} accuracy {train_acc}'``, ``f'Val   loss {val_loss} accuracy
{val_acc}'`` and a blank line. As in that loop, the loss is ``np.mean`` of the batch losses
(NumPy's full-precision float) and the accuracy is ``correct_predictions.double() / n_examples``,
a 0-dimensional tensor, which an f-string formats as its value (``0.83125``). Here: a bag-of-embeddings
classifier on synthetic token sequences (two classes, each with its own token distribution),
AdamW with a linear warm-down schedule, 4 epochs.

Truth: the script's mean losses and accuracies, ``train/loss``, ``train/accuracy``,
``val/loss``, ``val/accuracy`` (``Val`` names the phase), no step (the epoch is stated on the line
above, ``Epoch 1/4``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from torch.utils.data import DataLoader, TensorDataset

    torch.manual_seed(31)
    V, L = 50, 20
    logits0 = torch.randn(V)
    p0 = torch.softmax(logits0, 0)
    p1 = torch.softmax(logits0 + 0.35 * torch.randn(V), 0)
    labels = torch.randint(0, 2, (400,))
    tokens = torch.stack([torch.multinomial(p1 if c else p0, L, replacement=True)
                          for c in labels])
    train_data_loader = DataLoader(TensorDataset(tokens[:320], labels[:320]), batch_size=32,
                                   shuffle=True)
    val_data_loader = DataLoader(TensorDataset(tokens[320:], labels[320:]), batch_size=32)

    class Classifier(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.EmbeddingBag(V, 16)
            self.drop = nn.Dropout(0.3)
            self.out = nn.Linear(16, 2)

        def forward(self, x):
            return self.out(self.drop(self.emb(x)))

    model = Classifier()
    EPOCHS = 4
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.AdamW(model.parameters(), lr=5e-2)
    total_steps = len(train_data_loader) * EPOCHS
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: 1 - s / total_steps)
    truth = Truth()

    def train_fn(model, data_loader, loss_fn, optimizer, device, scheduler, n_examples):
        model.train()
        losses, correct_predictions = [], 0
        for x, targets in data_loader:
            outputs = model(x)
            _, preds = torch.max(outputs, dim=1)
            loss = loss_fn(outputs, targets)
            correct_predictions += torch.sum(preds == targets)
            losses.append(loss.item())
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
        return correct_predictions.double() / n_examples, np.mean(losses)

    def eval_fn(model, data_loader, loss_fn, device, n_examples):
        model.eval()
        losses, correct_predictions = [], 0
        with torch.no_grad():
            for x, targets in data_loader:
                outputs = model(x)
                _, preds = torch.max(outputs, dim=1)
                losses.append(loss_fn(outputs, targets).item())
                correct_predictions += torch.sum(preds == targets)
        return correct_predictions.double() / n_examples, np.mean(losses)

    for epoch in range(EPOCHS):
        print(f'Epoch {epoch + 1}/{EPOCHS}')
        print('-' * 10)
        train_acc, train_loss = train_fn(model, train_data_loader, loss_fn, optimizer, "cpu",
                                         scheduler, 320)
        print(f'Train loss {train_loss} accuracy {train_acc}')
        val_acc, val_loss = eval_fn(model, val_data_loader, loss_fn, "cpu", 80)
        print(f'Val   loss {val_loss} accuracy {val_acc}')
        print()
        truth.add(**{"train/loss": train_loss, "train/accuracy": train_acc.item(),
                     "val/loss": val_loss, "val/accuracy": val_acc.item()})
    truth.write("the script's np.mean of the batch losses and its correct/n accuracy tensors",
                libraries=("torch", "numpy"), rel=1e-3)


if __name__ == "__main__":
    main(__file__, {"bertsent": run}, root=HELDOUT31)
