"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A classifier loop printing as Noman-Nom/cifar10-cnn-optimizer ``utils/trainer.py``
(``ModelTrainer.train`` with ``EarlyStopping(mode='max')`` on the validation accuracy): per epoch
``f"Epoch {epoch+1}/{max_epochs} - Train Loss: {train_loss:.4f}, Train Acc: {train_acc:.4f}%, Val
Loss: {val_loss:.4f}, Val Acc: {val_acc:.4f}%"``; when the patience runs out ``f"\\nEarly stopping at
epoch {epoch+1}"`` is printed instead of that epoch's line and the loop stops. Here: an MLP on
sklearn's digits, Adam, batches of 64, patience 3, at most 40 epochs.

Truth: ``Train Loss``, ``Train Acc``, ``Val Loss``, ``Val Acc`` at the printed epoch (the stopping
epoch prints no figures).
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import numpy as np
    import torch
    import torch.nn as nn

    Xtr, ytr, Xva, yva, _, _ = digits(seed=73)
    model = mlp(hidden=64, seed=73)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    max_epochs, patience, best, counter = 40, 3, -np.inf, 0
    truth = Truth()

    def epoch_pass(X, y, train, seed):
        model.train(train)
        running = correct = total = nb = 0
        for images, labels in batches(X, y, 64, seed):
            with torch.set_grad_enabled(train):
                outputs = model(images)
                loss = criterion(outputs, labels)
            if train:
                optimizer.zero_grad(); loss.backward(); optimizer.step()
            running += loss.item(); nb += 1
            correct += (outputs.argmax(1) == labels).sum().item(); total += labels.size(0)
        return running / nb, 100.0 * correct / total

    for epoch in range(max_epochs):
        train_loss, train_acc = epoch_pass(Xtr, ytr, True, epoch)
        val_loss, val_acc = epoch_pass(Xva, yva, False, 0)
        if val_acc > best:
            best, counter = val_acc, 0
        else:
            counter += 1
            if counter >= patience:
                print(f"\nEarly stopping at epoch {epoch+1}")
                break
        print(f"Epoch {epoch+1}/{max_epochs} - "
              f"Train Loss: {train_loss:.4f}, Train Acc: {train_acc:.4f}%, "
              f"Val Loss: {val_loss:.4f}, Val Acc: {val_acc:.4f}%")
        truth.add(at=epoch + 1, **{"Train Loss": train_loss, "Train Acc": train_acc,
                                   "Val Loss": val_loss, "Val Acc": val_acc})
    truth.write("the script's epoch means", libraries=("torch",), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"earlystop": run}, root=HELDOUT49)
