"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

An image classifier trained for a few epochs, printing through PerfectStepCoder/yp_go_nn
``py_nn/train.py``'s ``train`` function (verbose on): after each epoch
``f"Epoch [{epoch+1}/{epochs}], Loss: {running_loss/len(train_loader):.4f}"``, the mean of the
epoch's batch losses. Here: an MLP on sklearn's 8x8 digits, Adam, batches of 32, 12 epochs.

Truth: ``Loss`` at the printed epoch.
"""

from _toy import Loader, digits, mlp
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, ytr, _, _, _, _ = digits(seed=12)
    model = mlp(hidden=24, seed=12)
    truth = Truth()

    def train(model, epochs, train_loader, optimizer, criterion, device, verbose=True):
        model.train()
        for epoch in range(epochs):
            running_loss = 0.0
            for images, labels in train_loader:
                images, labels = images.to(device), labels.to(device)
                optimizer.zero_grad()
                outputs = model(images)
                loss = criterion(outputs, labels)
                loss.backward()
                optimizer.step()
                running_loss += loss.item()
            if verbose:
                print(f"Epoch [{epoch+1}/{epochs}], Loss: {running_loss/len(train_loader):.4f}")
                truth.add(at=epoch + 1, Loss=running_loss / len(train_loader))

    train(model, 12, Loader(Xtr, ytr, 32, seed=12), torch.optim.Adam(model.parameters(), lr=1e-3),
          nn.CrossEntropyLoss(), "cpu")
    truth.write("running_loss / len(train_loader) of each epoch", libraries=("torch",),
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"gonn": run}, root=HELDOUT59)
