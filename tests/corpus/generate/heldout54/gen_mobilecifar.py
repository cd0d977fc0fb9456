"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A small PyTorch classifier printing as HesrithaSrinivas/MobileNet-CIFAR10-Lightweight-
Classification ``train.py``: per epoch only ``f"Epoch {epoch+1}/{EPOCHS} - Val Acc:
{val_acc:.4f}"`` (the train and validation losses go into a history dict, not printed), and at
the end ``f"Parameters: {params:,}"``. The original fine-tunes MobileNetV2's head on CIFAR-10 with
a custom entropy-penalised loss and a StepLR; here: a frozen random feature layer plus a trained
head on sklearn's digits, the same loss (cross-entropy + 0.05 * negative entropy), Adam, StepLR,
15 epochs.

Truth: ``Val Acc`` at the printed epoch; the parameter count is optional (a count).
"""

from _toy import batches, digits
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, ytr, Xva, yva, _, _ = digits(seed=4)
    torch.manual_seed(4)
    backbone = nn.Sequential(nn.Linear(64, 96), nn.ReLU6())
    for p in backbone.parameters():
        p.requires_grad = False
    head = nn.Linear(96, 10)
    model = nn.Sequential(backbone, nn.Dropout(0.2), head)

    class CustomLoss(nn.Module):
        def __init__(self):
            super().__init__()
            self.ce = nn.CrossEntropyLoss()

        def forward(self, outputs, targets):
            ce = self.ce(outputs, targets)
            probs = torch.softmax(outputs, dim=1)
            penalty = torch.mean(torch.sum(probs * torch.log(probs + 1e-8), dim=1))
            return ce + 0.05 * penalty

    criterion = CustomLoss()
    optimizer = torch.optim.Adam(head.parameters(), lr=1e-3)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=3, gamma=0.5)
    EPOCHS = 15
    truth = Truth()
    for epoch in range(EPOCHS):
        model.train()
        for X, y in batches(Xtr, ytr, 64, epoch):
            optimizer.zero_grad()
            loss = criterion(model(X), y)
            loss.backward()
            optimizer.step()
        model.eval()
        with torch.no_grad():
            val_acc = (model(Xva).argmax(1) == yva).sum().item() / len(yva)
        scheduler.step()
        print(f"Epoch {epoch+1}/{EPOCHS} - Val Acc: {val_acc:.4f}")
        truth.add(at=epoch + 1, **{"Val Acc": val_acc})
    params = sum(p.numel() for p in model.parameters())
    print(f"Parameters: {params:,}")
    truth.allow(Parameters=params)
    truth.write("the script's validation accuracy", libraries=("torch",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"mobilecifar": run}, root=HELDOUT54)
