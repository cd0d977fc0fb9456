"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A classifier loop printing as TANG1145/CIFAR10_Project ``src/train.py`` with ``src/training.py``:
set-up lines (``Checkpoints will be saved to: ...``, ``Config saved to ...``, ``Loading data...``,
``Train: N, Val: N, Test: N``, ``Building MLP model...``, ``Total parameters: 2,410, Trainable: ...``),
a ``=`` banner ``Starting Training``, then per epoch ``Epoch [e/E]``, a tqdm bar ``Training`` (leave=False)
with postfix ``{'loss': f'{loss.item():.4f}', 'acc': f'{100.*correct/total:.2f}%'}`` every batch, a
plain bar ``Validating`` (leave=False), ``Train Loss: .., Train Acc: ..%``, ``Val Loss: .., Val Acc: ..%``,
``Learning rate: 0.100000``, ``Best model saved! (Val Acc: ..%)`` when it improves; at the end a
banner block ``Training Complete`` / ``Best Validation Accuracy: ..%`` / ``Model saved to: ...``, then
``Evaluating on test set...`` and ``Test Accuracy: ..%``. Here: an MLP on sklearn's digits, SGD with
momentum and a cosine schedule, 2 epochs of batches of 300.

Truth: the ``Training`` bar's postfix states as ``train/loss`` and ``train/acc`` (the batch loss and the
running accuracy in percent), at the epoch of the ``Epoch [e/E]`` header above the bar; ``Train Loss``,
``Train Acc``, ``Val Loss``, ``Val Acc`` at that epoch; ``Best Validation Accuracy`` and ``Test Accuracy``
without a step. Optional: the ``Best model saved!`` repeat of the validation accuracy, the scheduled
``Learning rate`` values and the parameter counts.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    Xtr, ytr, Xva, yva, Xte, yte = digits(seed=19)
    truth = Truth()
    save_dir = "checkpoints/mlp"
    print(f"Checkpoints will be saved to: {save_dir}")
    print(f"Config saved to {save_dir}/config.json")
    print("\nLoading data...")
    print(f"Train: {len(Xtr)}, Val: {len(Xva)}, Test: {len(Xte)}")
    print("\nBuilding MLP model...")
    model = mlp(seed=19)
    total_params = sum(p.numel() for p in model.parameters())
    print(f"Total parameters: {total_params:,}, Trainable: {total_params:,}")
    truth.allow(**{"Total parameters": total_params, "Trainable": total_params})
    criterion = nn.CrossEntropyLoss()
    epochs = 2
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True, weight_decay=5e-4)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs, eta_min=1e-6)
    best_acc = 0.0
    print("\n" + "=" * 60)
    print("Starting Training")
    print("=" * 60)

    def validate(X, y):
        model.eval()
        running_loss = correct = total = 0
        with torch.no_grad():
            for images, labels in tqdm(list(batches(X, y, 150, 0)), desc="Validating", leave=False):
                outputs = model(images)
                running_loss += criterion(outputs, labels).item() * images.size(0)
                correct += outputs.argmax(1).eq(labels).sum().item()
                total += labels.size(0)
        return running_loss / total, 100. * correct / total

    lrs = []
    for epoch in range(1, epochs + 1):
        print(f"\nEpoch [{epoch}/{epochs}]")
        model.train()
        running_loss = correct = total = 0
        pbar = tqdm(list(batches(Xtr, ytr, 300, epoch)), desc="Training", leave=False)
        for images, labels in pbar:
            optimizer.zero_grad()
            outputs = model(images)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item() * images.size(0)
            correct += outputs.argmax(1).eq(labels).sum().item()
            total += labels.size(0)
            pbar.set_postfix({'loss': f'{loss.item():.4f}', 'acc': f'{100.*correct/total:.2f}%'})
            truth.add(at=epoch, **{"train/loss": loss.item(), "train/acc": 100. * correct / total})
        train_loss, train_acc = running_loss / total, 100. * correct / total
        val_loss, val_acc = validate(Xva, yva)
        print(f"Train Loss: {train_loss:.4f}, Train Acc: {train_acc:.2f}%")
        print(f"Val Loss: {val_loss:.4f}, Val Acc: {val_acc:.2f}%")
        truth.add(at=epoch, **{"Train Loss": train_loss, "Train Acc": train_acc,
                               "Val Loss": val_loss, "Val Acc": val_acc})
        current_lr = optimizer.param_groups[0]['lr']
        print(f"Learning rate: {current_lr:.6f}")
        lrs.append(current_lr)
        scheduler.step()
        if val_acc > best_acc:
            best_acc = val_acc
            print(f"Best model saved! (Val Acc: {best_acc:.2f}%)")
            truth.allow(**{"Val Acc": best_acc})
    print("\n" + "=" * 60)
    print("Training Complete")
    print(f"Best Validation Accuracy: {best_acc:.2f}%")
    print(f"Model saved to: {save_dir}")
    print("=" * 60)
    truth.add(**{"Best Validation Accuracy": best_acc})
    print("\nEvaluating on test set...")
    _, test_acc = validate(Xte, yte)
    print(f"Test Accuracy: {test_acc:.2f}%")
    truth.add(**{"Test Accuracy": test_acc})
    for lr in lrs:
        truth.allow(**{"Learning rate": lr})
    truth.write("the script's running and epoch statistics", libraries=("torch", "tqdm"),
                rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cifartqdm": run}, root=HELDOUT49)
