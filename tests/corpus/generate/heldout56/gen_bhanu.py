"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A small CNN printing as bhanupriya03m/identify-project ``utils/train.py`` (``train_cnn``): a
``tqdm(train_loader, desc=f"Epoch [{epoch+1}/{epochs}]")`` bar (no postfix) on stderr and after
each epoch ``print(f"Epoch {epoch+1}, Loss: {running_loss / len(train_loader)}")`` (the mean
batch loss, unformatted). A terminal and a pipe get differently drawn bars, so there is a
``-pipe`` twin. Here: a conv net on sklearn's 8x8 digits, Adam, batch 64, 10 epochs.

Truth: ``Loss`` at the printed epoch.
"""

from _toy import batches, digits
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    torch.manual_seed(37)
    Xtr, ytr, _, _, _, _ = digits(seed=37, n_val=0, n_test=300)
    Xtr = Xtr.view(-1, 1, 8, 8)
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Flatten(), nn.Linear(8 * 16, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    truth = Truth()
    epochs = 10
    model.train()
    for epoch in range(epochs):
        running_loss = 0.0
        train_loader = list(batches(Xtr, ytr, 64, epoch))
        for images, labels in tqdm(train_loader, desc=f"Epoch [{epoch+1}/{epochs}]"):
            optimizer.zero_grad()
            loss = criterion(model(images), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
        print(f"Epoch {epoch+1}, Loss: {running_loss / len(train_loader)}")
        truth.add(at=epoch + 1, Loss=running_loss / len(train_loader))
    truth.write("the script's epoch mean batch loss", libraries=("torch", "tqdm"),
                rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"bhanu": run}, root=HELDOUT56)
