"""HELD-OUT fixture (sixty-first half, see generate/heldout61/README.md): do not read while
tuning the parser.

A binary image classifier printing as 0MD-DM/deeplchallenge ``train_model.py`` (a fire / no-fire
challenge): ``Starting training...``, a tqdm bar per epoch described ``f"Epoch
{epoch+1}/{epochs}"`` with no postfix, then ``f"Epoch {epoch+1}/{epochs} - Loss:
{running_loss/len(train_loader):.4f}"``, ``f"Validation Loss: {val_loss/len(val_loader):.4f},
Validation Accuracy: {val_accuracy:.2f}%"``, and ``Model saved to ...``. Here: a 30% random
subset of sklearn's digits, the label "the digit is 5 or more", an MLP with dropout and
BCE-with-logits, Adam with weight decay, 6 epochs of batches of 32.

Truth: ``Loss`` (the epoch's mean batch loss) at the printed epoch; ``val/Loss`` and
``val/Accuracy`` (percent) with no step on their line. The bars show no values.
"""

from _toy import digits
from _capture import HELDOUT61, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    torch.manual_seed(3)
    np.random.seed(3)
    Xtr, ytr, Xva, yva, _, _ = digits(seed=3)
    idx = np.random.choice(len(Xtr), int(0.3 * len(Xtr)), replace=False)
    Xtr, ytr = Xtr[idx], (ytr[idx] >= 5).float()
    yva = (yva >= 5).float()
    model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Dropout(0.5), nn.Linear(32, 1))
    criterion = nn.BCEWithLogitsLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001, weight_decay=1e-4)
    train_loader = [(Xtr[i:i + 32], ytr[i:i + 32]) for i in range(0, len(Xtr), 32)]
    val_loader = [(Xva[i:i + 32], yva[i:i + 32]) for i in range(0, len(Xva), 32)]
    truth = Truth()
    epochs = 6
    print("Starting training...")
    for epoch in range(epochs):
        model.train()
        running_loss = 0.0
        perm = torch.randperm(len(train_loader)).tolist()
        for images, labels in tqdm([train_loader[k] for k in perm], desc=f"Epoch {epoch+1}/{epochs}"):
            outputs = model(images)
            loss = criterion(outputs.squeeze(), labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
        print(f"Epoch {epoch+1}/{epochs} - Loss: {running_loss/len(train_loader):.4f}")
        truth.add(at=epoch + 1, Loss=running_loss / len(train_loader))
        model.eval()
        val_loss, correct, total = 0.0, 0, 0
        with torch.no_grad():
            for images, labels in val_loader:
                outputs = model(images)
                val_loss += criterion(outputs.squeeze(), labels).item()
                preds = (torch.sigmoid(outputs).squeeze() > 0.5).int()
                correct += (preds == labels.int()).sum().item()
                total += labels.size(0)
        val_accuracy = 100 * correct / total
        print(f"Validation Loss: {val_loss/len(val_loader):.4f}, Validation Accuracy: {val_accuracy:.2f}%")
        truth.add(**{"val/Loss": val_loss / len(val_loader), "val/Accuracy": val_accuracy})
    model_path = "fire_classification_model.pth"
    print(f"Model saved to {model_path}.")
    truth.write("the loop's epoch losses and validation results", libraries=("torch", "tqdm"),
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"firecls": run}, root=HELDOUT61)
