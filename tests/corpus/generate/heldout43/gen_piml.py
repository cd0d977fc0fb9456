"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written regression loop printing as urja02/PIML ``training/train_FNN.py``:
``logging.info(f'Epoch [{epoch + 1}/{args.epochs}], Train Loss: {avg_train_loss:.4f}, Val Loss:
{avg_val_loss:.4f}')`` at the first epoch and every hundredth. The repository's
``setup_logging`` is not in the files read; here logging goes to stderr with
``'%(asctime)s - %(levelname)s - %(message)s'``. Here: a feed-forward network on a synthetic
layered-strain regression (10 inputs, 3 outputs), L1 loss, Adam, batch size 1024, 1000 epochs.

Truth: ``Train Loss`` and ``Val Loss`` at the printed epoch (the labels keep their phase word).
"""

from _toy import digits  # noqa: F401  (keeps the shared path set-up)
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import logging

    import torch
    import torch.nn as nn

    logging.basicConfig(level=logging.INFO, format='%(asctime)s - %(levelname)s - %(message)s')
    torch.manual_seed(42)
    X = torch.randn(1536, 10)
    W = torch.randn(10, 3)
    Y = torch.tanh(X @ W) + 0.1 * (X[:, :3] ** 2) + 0.05 * torch.randn(1536, 3)
    x_train, y_train, x_val, y_val = X[:1200], Y[:1200], X[1200:], Y[1200:]
    model = nn.Sequential(nn.Linear(10, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(),
                          nn.Linear(64, 3))
    criterion = nn.L1Loss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    truth = Truth()
    epochs = 1000
    for epoch in range(epochs):
        model.train()
        losses = []
        perm = torch.randperm(len(x_train))
        for i in range(0, len(perm), 1024):
            j = perm[i:i + 1024]
            loss = criterion(model(x_train[j]), y_train[j])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        avg_train_loss = sum(losses) / len(losses)
        model.eval()
        with torch.no_grad():
            avg_val_loss = criterion(model(x_val), y_val).item()
        if (epoch == 0) or (epoch + 1) % 100 == 0:
            logging.info(
                f'Epoch [{epoch + 1}/{epochs}], '
                f'Train Loss: {avg_train_loss:.4f}, '
                f'Val Loss: {avg_val_loss:.4f}'
            )
            truth.add(at=epoch + 1, **{"Train Loss": avg_train_loss, "Val Loss": avg_val_loss})
    truth.write("the script's epoch losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"piml": run}, root=HELDOUT43)
