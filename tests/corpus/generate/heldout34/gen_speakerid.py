"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop printing as zolotl/speaker_id ``modules/train.py`` does:
``f"Epoch {epoch+1}/{num_epochs}, Loss: {running_loss / len(train_dataloader)}"`` (the mean
loss unformatted: Python's full float repr). Here: a small PyTorch MLP classifying synthetic
"speaker" feature vectors, 25 epochs (the original: 50).

Truth: the mean batch loss of each epoch, ``Loss``, step = the printed epoch.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    torch.manual_seed(8)
    n, d, k = 160, 16, 5
    centers = torch.randn(k, d)
    labels = torch.randint(0, k, (n,))
    feats = centers[labels] + 1.3 * torch.randn(n, d)
    model = nn.Sequential(nn.Linear(d, 32), nn.ReLU(), nn.Linear(32, k))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    criterion = nn.CrossEntropyLoss()
    num_epochs, bs = 25, 32
    truth = Truth()
    for epoch in range(num_epochs):
        model.train()
        running_loss = 0.0
        perm = torch.randperm(n)
        n_batches = 0
        for i in range(0, n, bs):
            idx = perm[i:i + bs]
            optimizer.zero_grad()
            loss = criterion(model(feats[idx]), labels[idx])
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            n_batches += 1
        print(f"Epoch {epoch+1}/{num_epochs}, Loss: {running_loss / n_batches}")
        truth.add(at=epoch + 1, Loss=running_loss / n_batches)
    truth.write("the script's mean loss.item() of each epoch, printed unformatted",
                libraries=("torch",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"speakerid": run}, root=HELDOUT34)
