"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as Sen-Yao/VIT ``tq.py``: per epoch a tqdm bar over the
loader described ``f"Epoch {epoch+1}/{num_epochs}"`` with ``unit="batch"``, each batch
``train_loader_tqdm.set_postfix(loss=running_loss / len(train_loader))`` (the running sum over
the number of batches, as the original writes it), then ``print(f"Epoch
[{epoch+1}/{num_epochs}], Loss: {running_loss / len(train_loader):.4f}")``. Here: a one-conv
network on sklearn's digits, Adam, batch size 256 (five batches an epoch), 3 epochs.

Truth: each postfix state's ``loss`` (tqdm's three significant digits; no step, the bar names no
phase) and each epoch line's ``Loss`` at its epoch (the same name, compared case-blind).
"""

from _toy import batches, cnn, digits
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, _, _, _, _ = digits(seed=30)
    model = cnn(seed=30)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    truth = Truth()
    num_epochs = 3
    model.train()
    for epoch in range(num_epochs):
        running_loss = 0.0
        train_loader = list(batches(Xtr, ytr, 256, epoch))
        train_loader_tqdm = tqdm(train_loader, desc=f"Epoch {epoch+1}/{num_epochs}", unit="batch")
        for images, labels in train_loader_tqdm:
            optimizer.zero_grad()
            loss = criterion(model(images), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            train_loader_tqdm.set_postfix(loss=running_loss / len(train_loader))
            truth.add(loss=running_loss / len(train_loader))
        print(f"Epoch [{epoch+1}/{num_epochs}], Loss: {running_loss / len(train_loader):.4f}")
        truth.add(at=epoch + 1, Loss=running_loss / len(train_loader))
    truth.write("the script's running losses over the batch count", libraries=("torch", "tqdm"),
                rel=5e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"senyao": run}, root=HELDOUT43)
