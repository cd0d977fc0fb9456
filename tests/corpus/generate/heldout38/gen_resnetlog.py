"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as arghyaiitb/assignment_8 ``training_logs_v4.md`` (the
kept log of its training script): a session banner with a timestamp, ``## Model Configuration``
and ``## Training Hyperparameters`` bullet lists, a ``## Training Progress`` Markdown table
header, and per epoch ``### EPOCH: 0``, ``Test set: Average loss: 4.4051, Accuracy:
372/10000 (3.72%)``, ``Current LR: 0.004148``, a 70-``=`` rule, ``EPOCH:   0 | Train Accuracy:
1.75% | Test Accuracy:   3.72%``, the rule again, a Markdown table row ``|     0 |     1.75% |
3.72% |   4.4051 | 0.004148 | 🎯 **BEST** |`` and ``Checkpoint saved: ...`` / ``Best model
saved: ...`` lines. Here: a small CNN on sklearn's digits (300 test images), SGD with
OneCycleLR and label smoothing, 10 epochs, a checkpoint every 5th epoch.

Truth, at the epoch of the ``### EPOCH`` header and the banner: ``test/Average loss``,
``test/Accuracy`` (the percentage) and ``train/Accuracy``, each state once (the banner and the
table row repeat them). Optional: the correct count after ``Accuracy:`` and the learning rate
(``Current LR``, the table's ``LR``).
"""

from _toy import batches, cnn, digits
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import datetime

    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    print()
    print("=" * 80)
    print(f"# Training Session Started: {datetime.datetime.now().strftime('%Y-%m-%d %H:%M:%S')}")
    print("=" * 80)
    print()
    print("## Model Configuration")
    print("- Architecture: SmallCNN (one 3x3 convolution, 6 filters)")
    print("- Number of classes: 10")
    print()
    print("## Training Hyperparameters")
    print("- Epochs: 10")
    print("- Batch Size: 64")
    print("- Optimizer: SGD (momentum=0.9, weight_decay=5e-4, nesterov=True)")
    print("- Scheduler: OneCycleLR (max_lr=0.1)")
    print("- Label Smoothing: 0.1")
    print()
    print()
    print("## Training Progress")
    print()
    print("| Epoch | Train Acc | Test Acc | Test Loss | LR | Status |")
    print("|-------|-----------|----------|-----------|-----|--------|")
    Xtr, ytr, _, _, Xte, yte = digits(seed=15)
    model = cnn(seed=15)
    epochs, steps = 10, (len(Xtr) + 63) // 64
    optimizer = torch.optim.SGD(model.parameters(), lr=0.004, momentum=0.9, weight_decay=5e-4,
                                nesterov=True)
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=0.1, epochs=epochs,
                                                    steps_per_epoch=steps)
    criterion = nn.CrossEntropyLoss(label_smoothing=0.1)
    truth = Truth()
    best = 0.0
    for epoch in range(epochs):
        model.train()
        correct = processed = 0
        for x, y in batches(Xtr, ytr, 64, epoch):
            optimizer.zero_grad()
            out = model(x)
            loss = criterion(out, y)
            loss.backward()
            optimizer.step()
            scheduler.step()
            correct += (out.argmax(1) == y).sum().item()
            processed += len(y)
        train_acc = 100 * correct / processed
        model.eval()
        test_loss = test_correct = 0
        with torch.no_grad():
            for x, y in batches(Xte, yte, 100, 0):
                out = model(x)
                test_loss += F.cross_entropy(out, y, reduction="sum").item()
                test_correct += (out.argmax(1) == y).sum().item()
        test_loss /= len(Xte)
        test_acc = 100.0 * test_correct / len(Xte)
        lr = optimizer.param_groups[0]["lr"]
        print(f"\n### EPOCH: {epoch}\n")
        print('Test set: Average loss: {:.4f}, Accuracy: {}/{} ({:.2f}%)\n'.format(
            test_loss, test_correct, len(Xte), test_acc))
        print(f"Current LR: {lr:.6f}\n")
        print("=" * 70)
        print(f"EPOCH: {epoch:3d} | Train Accuracy: {train_acc:6.2f}% | Test Accuracy: {test_acc:6.2f}%")
        print("=" * 70)
        print()
        status = "🎯 **BEST**" if test_acc > best else ""
        print(f"| {epoch:5d} | {train_acc:8.2f}% | {test_acc:7.2f}% | {test_loss:8.4f} | {lr:.6f} | {status} |")
        truth.add(at=epoch, **{"test/Average loss": test_loss, "test/Accuracy": test_acc,
                               "train/Accuracy": train_acc})
        truth.allow(**{"test/Accuracy": test_correct, "Current LR": lr, "LR": lr})
        if test_acc > best:
            best = test_acc
            print(f"Checkpoint saved: checkpoints/checkpoint_epoch_{epoch}.pt")
            print("Best model saved: checkpoints/best_model.pt")
        if (epoch + 1) % 5 == 0:
            print(f"Checkpoint saved: checkpoints/checkpoint_epoch_{epoch}.pt")
    truth.write("the script's test losses and train/test accuracies", libraries=("torch",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"resnetlog": run}, root=HELDOUT38)
