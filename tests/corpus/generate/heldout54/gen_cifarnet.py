"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A small CNN printing as HetPatel1491/AI-Image-Classifier ``train.py``: ``Starting Training for
20 epochs...``, per epoch ``f'Epoch {epoch + 1} | Loss: {running_loss / len(trainloader):.3f}'``
(the mean batch loss) and ``--- Training Complete! Saved as image_classifier.pth ---`` (no file
here). The original trains on augmented CIFAR-10 for 30 epochs; here a two-convolution network
on sklearn's 8x8 digits with random horizontal shifts, Adam, 20 epochs.

Truth: ``Loss`` at the printed epoch.
"""

from _toy import batches, digits
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, ytr, _, _, _, _ = digits(seed=17)
    torch.manual_seed(17)
    net = nn.Sequential(nn.Unflatten(1, (1, 8, 8)), nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(),
                        nn.MaxPool2d(2), nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(),
                        nn.Flatten(), nn.Linear(16 * 16, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(net.parameters(), lr=0.001)
    epochs = 20
    print(f"Starting Training for {epochs} epochs...")
    truth = Truth()
    g = torch.Generator().manual_seed(17)
    for epoch in range(epochs):
        running_loss, n = 0.0, 0
        for inputs, labels in batches(Xtr, ytr, 64, epoch):
            shift = int(torch.randint(-1, 2, (1,), generator=g))
            inputs = torch.roll(inputs.view(-1, 8, 8), shift, dims=2).reshape(-1, 64)
            optimizer.zero_grad()
            loss = criterion(net(inputs), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            n += 1
        print(f'Epoch {epoch + 1} | Loss: {running_loss / n:.3f}')
        truth.add(at=epoch + 1, Loss=running_loss / n)
    print("--- Training Complete! Saved as image_classifier.pth ---")
    truth.write("the script's mean batch loss", libraries=("torch",), rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"cifarnet": run}, root=HELDOUT54)
