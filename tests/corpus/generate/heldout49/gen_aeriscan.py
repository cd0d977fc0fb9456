"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A classifier loop printing as shayanshaikh199/aeriscan-ai ``src/train.py``: a tqdm bar over the
batches described ``f"Epoch {epoch+1}/{EPOCHS}"`` (no postfix), then
``print(f"Epoch {epoch+1} Loss: {running_loss:.4f}")`` (the sum of the epoch's batch losses) and at
the end ``"✅ Model saved as aeriscan_pneumonia.pth"``. Here: an MLP on sklearn's digits (a
stand-in for chest X-rays), Adam, 5 epochs of batches of 64.

Truth: ``Loss`` (the summed running loss) at the printed epoch.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, _, _, _, _ = digits(seed=13)
    model = mlp(seed=13)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    EPOCHS = 5
    truth = Truth()
    for epoch in range(EPOCHS):
        model.train()
        running_loss = 0
        for images, labels in tqdm(list(batches(Xtr, ytr, 64, epoch)), desc=f"Epoch {epoch+1}/{EPOCHS}"):
            optimizer.zero_grad()
            loss = criterion(model(images), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
        print(f"Epoch {epoch+1} Loss: {running_loss:.4f}")
        truth.add(at=epoch + 1, Loss=running_loss)
    print("✅ Model saved as aeriscan_pneumonia.pth")
    truth.write("the script's summed epoch losses", libraries=("torch", "tqdm"), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"aeriscan": run}, root=HELDOUT49)
