"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as ankur6ue/deep-learning-course
``Module 2/class_2.2/train_mnist_cnn.py``: ``Epoch {e}/{EPOCHS} - loss={mean:.4f}`` per epoch
(the sample-weighted mean training loss), then ``Saved model to ../models/mnist_cnn.pt``.
Here: the original's two-conv CNN with a 64-d embedding, shrunk to sklearn's 8x8 digits,
Adam, 8 epochs (no file is written).

Truth: ``loss`` at the printed epoch.
"""

from _toy import digits
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    class MnistCNN(nn.Module):
        def __init__(self, embedding_dim=64):
            super().__init__()
            self.conv1 = nn.Conv2d(1, 8, 3, padding=1)
            self.conv2 = nn.Conv2d(8, 16, 3, padding=1)
            self.pool = nn.MaxPool2d(2, 2)
            self.fc1 = nn.Linear(16 * 2 * 2, embedding_dim)
            self.fc2 = nn.Linear(embedding_dim, 10)

        def forward(self, x):
            x = self.pool(F.relu(self.conv1(x)))
            x = self.pool(F.relu(self.conv2(x)))
            embedding = F.relu(self.fc1(x.view(x.size(0), -1)))
            return self.fc2(embedding), embedding

    Xtr, ytr, _, _, _, _ = digits(seed=3)
    Xtr = Xtr.view(-1, 1, 8, 8)
    torch.manual_seed(3)
    model = MnistCNN()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    criterion = nn.CrossEntropyLoss()
    EPOCHS = 8
    truth = Truth()
    model.train()
    for epoch in range(EPOCHS):
        total_loss = 0.0
        g = torch.Generator().manual_seed(epoch)
        order = torch.randperm(len(Xtr), generator=g)
        for i in range(0, len(Xtr), 128):
            x, y = Xtr[order[i:i + 128]], ytr[order[i:i + 128]]
            logits, _ = model(x)
            loss = criterion(logits, y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total_loss += loss.item() * x.size(0)
        print(f"Epoch {epoch+1}/{EPOCHS} - loss={total_loss / len(Xtr):.4f}")
        truth.add(at=epoch + 1, loss=total_loss / len(Xtr))
    print("Saved model to ../models/mnist_cnn.pt")
    truth.write("the script's epoch mean losses", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"ankurcnn": run}, root=HELDOUT46)
