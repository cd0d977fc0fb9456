"""HELD-OUT fixture (forty-sixth half, see generate/heldout46/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as karimpanah/classification
``project1_satellite/train.py`` (its loop body, whose indentation the stored file lost, run as
intended): ``✨ Best model saved with validation accuracy: {:.2f}%`` *before* the epoch's
block, then ``\\nEpoch {e}/{E}``, ``⏱️  Time: {:.2f}s``, ``📊 Train | Loss: {:.4f}, Acc: {:.2f}%``,
``📊 Val   | Loss: {:.4f}, Acc: {:.2f}%``, ``📈 LR: {:.6f}``, a rule of 50 ``-``, and at the end
a block between ``=`` rules: ``📋 Training Complete``, ``⏱️  Duration: 0h 0m 1s``, ``🏆 Best Val
Accuracy: {:.2f}%``. Here: a small CNN on sklearn's digits standing in for the satellite
images, SGD with StepLR (step 2, gamma 0.5), 6 epochs; no file is written.

Truth: ``train/Loss``, ``train/Acc``, ``val/Loss``, ``val/Acc`` at the epoch of the ``Epoch
e/E`` line above them; ``Best Val Accuracy`` with no step. The ``Best model saved`` value
repeats the coming ``val/Acc`` (optional), as is the learning rate.
"""

from _toy import digits
from _capture import HELDOUT46, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn

    Xtr, ytr, Xva, yva, _, _ = digits(seed=41)
    Xtr, Xva = Xtr.view(-1, 1, 8, 8), Xva.view(-1, 1, 8, 8)
    torch.manual_seed(41)
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Flatten(), nn.Linear(8 * 16, 10))
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.02, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
    num_epochs, best_acc = 6, 0.0
    truth = Truth()
    start_time = time.time()
    for epoch in range(num_epochs):
        epoch_start_time = time.time()
        model.train()
        running_loss, correct, total = 0.0, 0, 0
        current_lr = optimizer.param_groups[0]['lr']
        order = torch.randperm(len(Xtr), generator=torch.Generator().manual_seed(epoch))
        n_batches = 0
        for i in range(0, len(Xtr), 64):
            images, labels = Xtr[order[i:i + 64]], ytr[order[i:i + 64]]
            optimizer.zero_grad()
            outputs = model(images)
            loss = criterion(outputs, labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            n_batches += 1
            _, predicted = torch.max(outputs.data, 1)
            total += labels.size(0)
            correct += (predicted == labels).sum().item()
        train_loss = running_loss / n_batches
        train_acc = 100 * correct / total
        model.eval()
        val_loss, correct, total, nv = 0.0, 0, 0, 0
        with torch.no_grad():
            for i in range(0, len(Xva), 100):
                images, labels = Xva[i:i + 100], yva[i:i + 100]
                outputs = model(images)
                val_loss += criterion(outputs, labels).item()
                nv += 1
                _, predicted = torch.max(outputs.data, 1)
                total += labels.size(0)
                correct += (predicted == labels).sum().item()
        val_loss /= nv
        val_acc = 100 * correct / total
        if val_acc > best_acc:
            best_acc = val_acc
            print(f"✨ Best model saved with validation accuracy: {val_acc:.2f}%")
            truth.allow(**{"Best model saved with validation accuracy": val_acc,
                           "validation accuracy": val_acc})
        epoch_time = time.time() - epoch_start_time
        print(f"\nEpoch {epoch+1}/{num_epochs}")
        print(f"⏱️  Time: {epoch_time:.2f}s")
        print(f"📊 Train | Loss: {train_loss:.4f}, Acc: {train_acc:.2f}%")
        print(f"📊 Val   | Loss: {val_loss:.4f}, Acc: {val_acc:.2f}%")
        print(f"📈 LR: {current_lr:.6f}")
        print("-" * 50)
        truth.add(at=epoch + 1, **{"train/Loss": train_loss, "train/Acc": train_acc,
                                   "val/Loss": val_loss, "val/Acc": val_acc})
        truth.allow(LR=current_lr)
        scheduler.step()
    total_time = time.time() - start_time
    hours, minutes, seconds = int(total_time // 3600), int((total_time % 3600) // 60), int(total_time % 60)
    print("\n" + "=" * 50)
    print("📋 Training Complete")
    print(f"⏱️  Duration: {hours}h {minutes}m {seconds}s")
    print(f"🏆 Best Val Accuracy: {best_acc:.2f}%")
    print("=" * 50)
    truth.add(**{"Best Val Accuracy": best_acc})
    truth.write("the script's epoch mean losses and accuracies", libraries=("torch",),
                rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"karimsat": run}, root=HELDOUT46)
