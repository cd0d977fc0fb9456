"""HELD-OUT fixture (forty-fourth half, see generate/heldout44/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as Chavaponsuu/Mask-Detection_Neural_Network_FinalProject
``train.py``: ``print("Using device:", device)``, ``print("Total Images:", n)``, per epoch
``f"Epoch [{epoch+1}/{EPOCHS}] " f"Loss: {epoch_loss:.4f} " f"Accuracy: {epoch_acc:.2f}%"``, then
``f"\\nTest Accuracy: {test_acc:.2f}%"``, a latency benchmark ``f"\\nInference Latency:
{latency*1000:.2f} ms"`` and ``f"Estimated FPS: {1/latency:.2f}"``, and ``"\\nModel saved as
mask_model.pth"``. Here: a small CNN telling two digit classes apart (the original: with/without
mask photos), Adam, 10 epochs, 80/20 split.

Truth: ``Loss`` and ``Accuracy`` (percent) at the printed epoch, ``Test Accuracy`` without step.
The latency and FPS are timings, no metrics.
"""

from _toy import batches, cnn, digits
from _capture import HELDOUT44, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn

    X, y, _, _, _, _ = digits(seed=24)
    keep = (y == 0) | (y == 8)
    X, y = X[keep], (y[keep] == 8).long()
    print("Using device:", "cpu")
    print("Total Images:", len(X))
    train_size = int(0.8 * len(X))
    Xtr, ytr, Xte, yte = X[:train_size], y[:train_size], X[train_size:], y[train_size:]
    model = cnn(n_out=2, seed=24)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    EPOCHS = 10
    truth = Truth()
    for epoch in range(EPOCHS):
        model.train()
        running_loss, correct, total = 0.0, 0, 0
        train_loader = list(batches(Xtr, ytr, 32, epoch))
        for images, labels in train_loader:
            optimizer.zero_grad()
            outputs = model(images)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            _, predicted = torch.max(outputs, 1)
            total += labels.size(0)
            correct += (predicted == labels).sum().item()
        epoch_loss = running_loss / len(train_loader)
        epoch_acc = 100 * correct / total
        print(f"Epoch [{epoch+1}/{EPOCHS}] "
              f"Loss: {epoch_loss:.4f} "
              f"Accuracy: {epoch_acc:.2f}%")
        truth.add(at=epoch + 1, Loss=epoch_loss, Accuracy=epoch_acc)
    model.eval()
    with torch.no_grad():
        correct = (model(Xte).argmax(1) == yte).sum().item()
    test_acc = 100 * correct / len(yte)
    print(f"\nTest Accuracy: {test_acc:.2f}%")
    truth.add(**{"Test Accuracy": test_acc})
    dummy_input = torch.randn(1, 64)
    start = time.time()
    with torch.no_grad():
        for _ in range(100):
            model(dummy_input)
    latency = (time.time() - start) / 100
    print(f"\nInference Latency: {latency*1000:.2f} ms")
    print(f"Estimated FPS: {1/latency:.2f}")
    print("\nModel saved as mask_model.pth")
    truth.write("the script's epoch losses and accuracies", libraries=("torch",), rel=1e-3,
                abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"maskdet": run}, root=HELDOUT44)
