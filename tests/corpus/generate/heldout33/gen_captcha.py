"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as zhenbaidang/Captcha_recognition
``.history/CNN_with_multi_class/tqdm_test_20230508204256.py`` does: one bar over the batches,
``batch_bar = tqdm(data)`` and each batch ``batch_bar.set_postfix(loss=..., accuracy=...)``
(tqdm prints numbers to three significant digits). Here: the project's multi-class CNN idea on
scikit-learn's 8x8 digits, batches of 300, one bar per epoch, 2 epochs.

Truth: ``loss`` and ``accuracy`` (the batch's) of each postfix, no step.
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
    X = torch.tensor(X / 16.0, dtype=torch.float32).view(-1, 1, 8, 8)
    y = torch.tensor(y)
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                          nn.Linear(128, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    truth = Truth()
    for epoch in range(2):
        perm = torch.randperm(len(X))
        data = [(X[perm[i:i + 300]], y[perm[i:i + 300]]) for i in range(0, len(X), 300)]
        batch_bar = tqdm(data)
        for images, labels in batch_bar:
            out = model(images)
            loss = criterion(out, labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            acc = (out.argmax(1) == labels).float().mean().item()
            batch_bar.set_postfix(loss=loss.item(), accuracy=acc)
            truth.add(loss=loss.item(), accuracy=acc)
    truth.write("the script's loss.item() and batch accuracy of each postfix",
                libraries=("torch", "tqdm", "scikit-learn"), rel=5e-3)


if __name__ == "__main__":
    main(__file__, {"captcha": run}, root=HELDOUT33)
