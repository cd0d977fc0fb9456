"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop as GranikD/endocap ``тренировка_нейросети.py`` ("training the
network") writes it: a bare ``tqdm(train_loader)`` bar each epoch (no description, no
postfix) and after it ``print(f"Epoch {epoch+1}, Loss: {total_loss/len(train_loader):.4f}")``.
Here: a small CNN on scikit-learn's 8x8 digits, Adam at 1e-3 (as the original), 6 epochs of
45 batches of 32.

Truth: the script's mean epoch loss, ``Loss``, at the epoch the line states.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.optim as optim
    from sklearn.datasets import load_digits
    from tqdm import tqdm

    torch.manual_seed(32)
    X, y = load_digits(return_X_y=True)
    X = torch.tensor(X / 16.0, dtype=torch.float32).reshape(-1, 1, 8, 8)[:1440]
    y = torch.tensor(y)[:1440]
    train_loader = [(X[k:k + 32], y[k:k + 32]) for k in range(0, 1440, 32)]
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.Flatten(),
                          nn.Linear(8 * 64, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = optim.Adam(model.parameters(), lr=1e-3)
    epochs = 6
    truth = Truth()
    for epoch in range(epochs):
        model.train()
        total_loss = 0
        for images, labels in tqdm(train_loader):
            optimizer.zero_grad()
            outputs = model(images)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            total_loss += loss.item()
        print(f"Epoch {epoch+1}, Loss: {total_loss/len(train_loader):.4f}")
        truth.add(at=epoch + 1, Loss=total_loss / len(train_loader))
    truth.write("the script's mean epoch loss", libraries=("torch", "tqdm"), rel=1e-3,
                abs_tol=0.00005)


if __name__ == "__main__":
    main(__file__, {"endocap": run}, root=HELDOUT32)
