"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A classifier trained as Mfaj-cod/PlantDiseaseDetection ``modules/training.py`` (commit
672bc829) does: each epoch a ``tqdm(data_loader, desc="Training", leave=False)`` bar over the
training batches, then the model is scored on the training and validation sets and printed one
value a line: ``Epoch: 1``, ``    Training accuracy: 0.85``, ``    Validation accuracy: 0.80``
(two decimals, indented). The original's ``logger.info`` lines (``Epoch 1: Train Loss=...``,
checkpoint messages) go to a file handler only, so they are not on the console; the checkpoint
file is not written here. The original imports ``tqdm.notebook``; a terminal script uses
``tqdm`` (the same bar drawn as text). Here: a small CNN on the digits-like toy set, Adam
1e-2, batches of 32, 8 epochs.

Truth: ``train/accuracy`` and ``val/accuracy`` each epoch, no step (the epoch is on the line
above).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm
    from _toy import digits, split

    torch.manual_seed(36)
    X, y = digits(n=600, seed=21)
    Xtr, ytr, Xva, yva = split(X, y, frac=0.75, seed=21)
    Xtr, Xva = (torch.tensor(a, dtype=torch.float32).reshape(-1, 1, 8, 8) for a in (Xtr, Xva))
    ytr, yva = torch.tensor(ytr), torch.tensor(yva)
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Flatten(), nn.Linear(8 * 16, 10))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    loss_fn = nn.CrossEntropyLoss()
    train_loader = [(Xtr[i:i + 32], ytr[i:i + 32]) for i in range(0, len(ytr), 32)]

    def score(Xs, ys):
        model.eval()
        with torch.no_grad():
            out = model(Xs)
            return loss_fn(out, ys).item(), (out.argmax(1) == ys).float().mean().item()

    truth = Truth()
    for epoch in range(1, 9):
        model.train()
        for inputs, targets in tqdm(train_loader, desc="Training", leave=False):
            optimizer.zero_grad()
            loss = loss_fn(model(inputs), targets)
            loss.backward()
            optimizer.step()
        train_loss, train_accuracy = score(Xtr, ytr)
        validation_loss, validation_accuracy = score(Xva, yva)
        print(f"Epoch: {epoch}")
        print(f"    Training accuracy: {train_accuracy:.2f}")
        print(f"    Validation accuracy: {validation_accuracy:.2f}")
        truth.add(**{"train/accuracy": train_accuracy, "val/accuracy": validation_accuracy})
    truth.write("the script's accuracies on the training and validation sets each epoch",
                libraries=("torch", "tqdm"), rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"mfaj": run}, root=HELDOUT36)
