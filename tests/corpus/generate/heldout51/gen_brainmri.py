"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as vineetha00/brain-tumor-mri-classification-pytorch-gradcam
``src/train.py``: one line per epoch, ``Epoch 1/12 | Loss: 31.2345 | Train Acc: 0.5123 | Val Acc:
0.6000`` where ``Loss`` is the running sum of the batch losses (not a mean) and the accuracies are
fractions. Here: a small MLP on sklearn's digits (the original: a CNN on brain MRI
scans), SGD, 12 epochs.

Truth: ``Loss``, ``Train Acc``, ``Val Acc`` at the printed epoch.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn

    Xtr, ytr, Xva, yva, _, _ = digits(seed=12)
    model = mlp(hidden=24, seed=12)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.03, momentum=0.5)
    num_epochs = 12
    truth = Truth()

    def evaluate(model, X, y):
        model.eval()
        correct, total = 0, 0
        with torch.no_grad():
            for images, labels in batches(X, y, 50, 0):
                preds = model(images).argmax(1)
                total += labels.size(0)
                correct += (preds == labels).sum().item()
        return correct / total

    for epoch in range(num_epochs):
        model.train()
        running_loss, correct, total = 0, 0, 0
        for images, labels in batches(Xtr, ytr, 64, epoch):
            optimizer.zero_grad()
            outputs = model(images)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            _, preds = torch.max(outputs, 1)
            total += labels.size(0)
            correct += (preds == labels).sum().item()
        val_acc = evaluate(model, Xva, yva)
        print(f"Epoch {epoch+1}/{num_epochs} | Loss: {running_loss:.4f} | "
              f"Train Acc: {correct/total:.4f} | Val Acc: {val_acc:.4f}")
        truth.add(at=epoch + 1, **{"Loss": running_loss, "Train Acc": correct / total,
                                   "Val Acc": val_acc})
    truth.write("the script's summed batch losses and accuracies", libraries=("torch",),
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"brainmri": run}, root=HELDOUT51)
