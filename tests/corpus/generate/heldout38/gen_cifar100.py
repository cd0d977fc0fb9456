"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as Alok-Senapati/cifar100-cnn
``src/cifar100_cnn/model/trainer.py`` and its ``utils/printer.py``: the ``section_printer``
decorator's 50-wide title ``==================== Model Training ====================``-style
rule, one line per epoch ``f"Epoch: {epoch:02d}/{epochs}, Time: {t:.2f}s, LR: {lr:.6f} |
Training Loss: {train_loss:.4f}, Accuracy: {train_accuracy:.4f} | Validation Loss:
{val_loss:.4f}, Accuracy: {val_accuracy:.4f} "`` (trailing space), ``Early stopping at epoch:
N...`` when the validation loss has not improved for ``patience`` epochs, and a closing 50-wide
rule. Here: an MLP on sklearn's digits, Adam with a step schedule, 14 epochs, patience 3.

Truth: ``train/Loss``, ``train/Accuracy`` (after ``Training Loss``), ``val/Loss``,
``val/Accuracy`` (after ``Validation Loss``) at the printed epoch; the time and LR are no
metrics (LR optional). An epoch that stops early prints nothing but the stop line.
"""

from _toy import batches, digits, mlp
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn

    section_name, TOTAL_WIDTH = "Model Training", 50
    remaining = TOTAL_WIDTH - (len(section_name) + 2)
    left = remaining // 2
    right = left if remaining % 2 == 0 else left + 1
    print("=" * left + f" {section_name} " + "=" * right)
    Xtr, ytr, Xva, yva, _, _ = digits(seed=13)
    Xtr, ytr = Xtr[:400], ytr[:400]
    model = mlp(hidden=64, seed=13)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    lr_scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=4, gamma=0.5)
    epochs, patience, best_val_loss, degrade_counter = 14, 3, float('inf'), 0
    truth = Truth()
    for epoch in range(1, epochs + 1):
        start = time.perf_counter()
        model.train()
        seen, run_loss, run_correct = 0, 0.0, 0.0
        for xb, yb in batches(Xtr, ytr, 32, epoch):
            optimizer.zero_grad()
            logits = model(xb)
            loss = criterion(logits, yb)
            loss.backward()
            optimizer.step()
            seen += xb.size(0)
            run_loss += loss.item() * xb.size(0)
            run_correct += (logits.argmax(dim=1) == yb).sum().item()
        train_loss, train_accuracy = run_loss / seen, run_correct / seen
        model.eval()
        seen, run_loss, run_correct = 0, 0.0, 0.0
        with torch.no_grad():
            for xb, yb in batches(Xva, yva, 100, 0):
                logits = model(xb)
                seen += xb.size(0)
                run_loss += criterion(logits, yb).item() * xb.size(0)
                run_correct += (logits.argmax(dim=1) == yb).sum().item()
        val_accuracy, val_loss = run_correct / seen, run_loss / seen
        if val_loss < best_val_loss:
            degrade_counter, best_val_loss = 0, val_loss
        else:
            degrade_counter += 1
        if degrade_counter >= patience:
            print(f"Early stopping at epoch: {epoch}...")
            break
        current_lr = optimizer.param_groups[0]["lr"]
        lr_scheduler.step()
        print(
            f"Epoch: {epoch:02d}/{epochs}, "
            f"Time: {time.perf_counter() - start:.2f}s, LR: {current_lr:.6f} "
            f"| Training Loss: {train_loss:.4f}, Accuracy: {train_accuracy:.4f} "
            f"| Validation Loss: {val_loss:.4f}, Accuracy: {val_accuracy:.4f} "
        )
        truth.add(at=epoch, **{"train/Loss": train_loss, "train/Accuracy": train_accuracy,
                               "val/Loss": val_loss, "val/Accuracy": val_accuracy})
        truth.allow(LR=current_lr)
    print("=" * TOTAL_WIDTH)
    truth.write("the script's epoch losses and accuracies", libraries=("torch",), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cifar100": run}, root=HELDOUT38)
