"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A training loop printing as 12v/mnist-encoder ``train_mnist.py``: ``Loading training data...``,
then per epoch a tqdm bar described ``f"Epoch {epoch + 1}/{num_epochs}"`` whose postfix is the
running mean of the epoch's batch losses, set as a string: ``train_loop.set_postfix(loss=f"{sum(
batch_losses) / len(batch_losses):.4f}")``, then ``f"Validation loss: {...:.4f}"``. Here: a small
MLP autoencoder-classifier on sklearn's digits (cross-entropy), Adam, 3 epochs of batches of 100.

Truth: ``loss``, the running mean, once per postfix state, at the epoch the bar's description
prints; ``val/loss`` (``Validation loss``) with no step on its line.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import torch
    import torch.nn.functional as F
    from tqdm import tqdm

    torch.manual_seed(7)
    Xtr, ytr, Xva, yva, _, _ = digits(seed=7)
    model = mlp(hidden=48, seed=7)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    truth = Truth()
    print("Loading training data...")
    num_epochs = 3
    for epoch in range(num_epochs):
        train_dataloader = list(batches(Xtr, ytr, 100, epoch))
        batch_losses = []
        train_loop = tqdm(train_dataloader, desc=f"Epoch {epoch + 1}/{num_epochs}",
                          total=len(train_dataloader))
        for X, y in train_loop:
            model.train()
            optimizer.zero_grad()
            loss = F.cross_entropy(model(X), y)
            loss.backward()
            optimizer.step()
            batch_losses.append(loss.item())
            train_loop.set_postfix(loss=f"{sum(batch_losses) / len(batch_losses):.4f}")
            truth.add(at=epoch + 1, loss=sum(batch_losses) / len(batch_losses))
        val_losses = []
        for X, y in batches(Xva, yva, 100, 0):
            model.eval()
            with torch.no_grad():
                val_losses.append(F.cross_entropy(model(X), y).item())
        print(f"Validation loss: {sum(val_losses) / len(val_losses):.4f}")
        truth.add(**{"val/loss": sum(val_losses) / len(val_losses)})
    truth.write("the loop's running-mean losses (tqdm postfix) and validation losses",
                libraries=("torch", "tqdm"), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"mnistenc": run}, root=HELDOUT61)
