"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as Jacopo00811/VideoClassification ``train_loop.py``: a tqdm
bar over the training batches described ``Training Epoch 1/6`` (no postfix), then ``Epoch 1/6 |
Test Loss: 1.2345 | Test Accuracy: 56.67% | Learning Rate: 0.001`` and, on a new best,
``Model saved with Test Accuracy: 56.67%`` (no file is written; wandb is left out). Here: a
"late fusion" model (a shared frame encoder averaged over 4 frames) on synthetic 10-class
"videos" of 4 noisy 16-dimensional frames, Adam with ReduceLROnPlateau, batches of 32, 6 epochs;
the validation loop runs over the validation batches (the original's loop body evaluated only the
last training batch).

Truth: ``Test Loss`` and ``Test Accuracy`` at the printed epoch; the ``Learning Rate`` (a
schedule) and the repeated accuracy of the ``Model saved`` line are optional.
"""

from _toy import batches  # noqa: F401
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from torch.optim.lr_scheduler import ReduceLROnPlateau
    from torch.utils.data import DataLoader, TensorDataset
    from tqdm import tqdm

    rng = np.random.default_rng(811)
    torch.manual_seed(811)
    protos = rng.normal(0, 1, (10, 16))

    def make(n):
        y = rng.integers(0, 10, n)
        X = protos[y][:, None, :] + rng.normal(0, 1.6, (n, 4, 16))
        return TensorDataset(torch.tensor(X, dtype=torch.float32), torch.tensor(y))

    train_loader = DataLoader(make(640), batch_size=32, shuffle=True)
    val_loader = DataLoader(make(240), batch_size=32, shuffle=False)

    class LateFusion(nn.Module):
        def __init__(self):
            super().__init__()
            self.enc = nn.Sequential(nn.Linear(16, 32), nn.ReLU())
            self.head = nn.Sequential(nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 10))

        def forward(self, x):
            return self.head(self.enc(x).mean(1))

    model = LateFusion()
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001, weight_decay=1e-5)
    scheduler = ReduceLROnPlateau(optimizer, mode='max', factor=0.1, patience=10, threshold=0.01,
                                  min_lr=1e-6)
    epochs, best_test_accuracy = 6, -float('inf')
    truth = Truth()
    for epoch in range(epochs):
        model.train()
        for batch_idx, (inputs, labels) in enumerate(tqdm(train_loader, desc=f"Training Epoch {epoch + 1}/{epochs}")):
            optimizer.zero_grad()
            loss = criterion(model(inputs), labels)
            loss.backward()
            optimizer.step()
        model.eval()
        running_loss, correct_test, total_test = 0.0, 0, 0
        with torch.no_grad():
            for inputs, labels in val_loader:
                outputs = model(inputs)
                running_loss += criterion(outputs, labels).item()
                correct_test += (outputs.argmax(1) == labels).sum().item()
                total_test += labels.size(0)
        avg_test_loss = running_loss / len(val_loader)
        test_accuracy = 100 * correct_test / total_test
        current_lr = optimizer.param_groups[0]['lr']
        print(f"Epoch {epoch + 1}/{epochs} | Test Loss: {avg_test_loss:.4f} | Test Accuracy: {test_accuracy:.2f}% | Learning Rate: {current_lr}")
        truth.add(at=epoch + 1, **{"Test Loss": avg_test_loss, "Test Accuracy": test_accuracy})
        truth.allow(**{"Learning Rate": current_lr})
        scheduler.step(test_accuracy)
        if test_accuracy > best_test_accuracy:
            best_test_accuracy = test_accuracy
            print(f"Model saved with Test Accuracy: {test_accuracy:.2f}%")
            truth.allow(**{"Model saved with Test Accuracy": test_accuracy})
    truth.write("the loop's validation loss and accuracy per epoch", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"videoclf": run}, root=HELDOUT48)
