"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A hand-written PyTorch autoencoder loop printing as KIlian42/AI-model-implementations
``src/train_autoencoder.py``: per epoch a tqdm bar (``desc=f"Epoch {epoch+1}/{NUM_EPOCHS}"``,
``unit="batch"``, stderr) whose postfix is set every batch to the batch's MSE,
``progress_bar.set_postfix(loss=loss.item())`` (three significant digits). Nothing else is
printed. Here: a 64-16-64 autoencoder on sklearn's digits, Adam with learning rate 1e-3, 3
epochs of 5 batches.

Truth: ``loss`` for each postfix state (one per batch), no step.
"""

from _toy import digits, loader
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.optim as optim
    from tqdm import tqdm

    Xtr, ytr, _, _, _, _ = digits(seed=20)
    torch.manual_seed(20)
    model = nn.Sequential(nn.Linear(64, 16), nn.ReLU(), nn.Linear(16, 64))
    criterion = nn.MSELoss()
    optimizer = optim.Adam(model.parameters(), lr=1e-3)
    NUM_EPOCHS = 3
    truth = Truth()
    for epoch in range(NUM_EPOCHS):
        train_loader = loader(Xtr, ytr, 250, epoch)
        progress_bar = tqdm(train_loader, desc=f"Epoch {epoch+1}/{NUM_EPOCHS}", unit="batch")
        for batch_idx, (imgs, _) in enumerate(progress_bar):
            outputs = model(imgs)
            loss = criterion(outputs, imgs)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            progress_bar.set_postfix(loss=loss.item())
            truth.add(loss=loss.item())
    truth.write("the script's batch losses", libraries=("torch", "tqdm"), rel=5e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"kilianae": run}, root=HELDOUT38)
