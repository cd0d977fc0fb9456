"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

An autoencoder trained on clean images, printing as 014-Jayal/LUGAI-Adversarial-Defense
``train_autoencoder.py``: ``Training the SIMPLE (Failing) Autoencoder...``, ``Using device:
cpu``, ``Loading processed data from ...``, per epoch ``\\n--- Epoch 1/5 ---``, a tqdm bar ``Training
Epoch`` with ``pbar.set_postfix(mse_loss=f"{loss.item():.6f}")`` per batch, ``f"Epoch {epoch+1}
Train Loss (MSE): {train_loss:.6f}"``, a tqdm bar ``Evaluating`` with the same postfix, ``f"Epoch
{epoch+1} Test Loss (MSE): {test_loss:.6f}"``, ``New best test loss: ... Saving model...``, and at
the end ``Training complete.``, ``Best test MSE loss: ...`` and the save path. Here: an MLP
autoencoder on sklearn's digits, Adam, 4 epochs, batches of 200 (test batches of 150).

Truth: ``train/mse_loss`` (the ``Training Epoch`` bar's postfix, once per state) and
``eval/mse_loss`` (the ``Evaluating`` bar's), with no step (the bars' lines state none; the ``--- Epoch``
header above is not theirs); ``train/Loss (MSE)`` and ``test/Loss (MSE)`` at the printed
epoch. ``New best test loss`` and ``Best test MSE loss`` are
best-so-far values: optional.
"""

from _toy import batches, digits
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    torch.manual_seed(14)
    Xtr, _, _, _, Xte, _ = digits(seed=14)
    lo, hi = Xtr.min(), Xtr.max()
    Xtr, Xte = (Xtr - lo) / (hi - lo), (Xte - lo) / (hi - lo)
    truth = Truth()
    print("Training the SIMPLE (Failing) Autoencoder...")
    print("Using device: cpu")
    print("Loading processed data from data/processed...")
    model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 8), nn.ReLU(),
                          nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 64), nn.Sigmoid())
    criterion = nn.MSELoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    best_test_loss = float('inf')
    epochs = 4
    for epoch in range(epochs):
        print(f"\n--- Epoch {epoch+1}/{epochs} ---")
        model.train()
        running_loss = 0.0
        loader = list(batches(Xtr, Xtr, 200, epoch))
        pbar = tqdm(loader, desc=f"Training Epoch")
        for inputs, targets in pbar:
            optimizer.zero_grad()
            loss = criterion(model(inputs), targets)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            pbar.set_postfix(mse_loss=f"{loss.item():.6f}")
            truth.add(**{"train/mse_loss": loss.item()})
        train_loss = running_loss / len(loader)
        print(f"Epoch {epoch+1} Train Loss (MSE): {train_loss:.6f}")
        truth.add(at=epoch + 1, **{"train/Loss (MSE)": train_loss})
        model.eval()
        running_loss = 0.0
        test_loader = [(Xte[i:i + 150], Xte[i:i + 150]) for i in range(0, len(Xte), 150)]
        with torch.no_grad():
            pbar = tqdm(test_loader, desc="Evaluating")
            for inputs, targets in pbar:
                loss = criterion(model(inputs), targets)
                running_loss += loss.item()
                pbar.set_postfix(mse_loss=f"{loss.item():.6f}")
                truth.add(**{"eval/mse_loss": loss.item()})
        test_loss = running_loss / len(test_loader)
        print(f"Epoch {epoch+1} Test Loss (MSE): {test_loss:.6f}")
        truth.add(at=epoch + 1, **{"test/Loss (MSE)": test_loss})
        if test_loss < best_test_loss:
            best_test_loss = test_loss
            print(f"New best test loss: {best_test_loss:.6f}. Saving model...")
            truth.allow(**{"New best test loss": best_test_loss})
    print("\nTraining complete.")
    print(f"Best test MSE loss: {best_test_loss:.6f}")
    truth.allow(**{"Best test MSE loss": best_test_loss})
    print("Simple autoencoder saved to: models/failed_autoencoder.pth")
    truth.write("the loop's batch and epoch reconstruction losses", libraries=("torch", "tqdm"),
                rel=1e-4, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"lugaiae": run}, root=HELDOUT61)
