"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as Zhao-XXXM/cifar10-lightweight-cnn
``notecode/d21_train_light_cnn.py``: three set-up lines (``Day21: LightVGG-Slim 训练 |
device=cpu``, ``参数量: 1,234`` with a thousands separator, ``Epochs=10, Batch Size=64,
LR=0.001``), one line an epoch ``Epoch [01/10] Train Loss: ... | Train Acc: ...% | Val Loss:
... | Val Acc: ...%`` and a closing block (``最佳 Val Acc: ...% (Epoch n)``, the time and two
saved paths). Here: a slim CNN on sklearn's 8x8 digits, Adam, 10 epochs.

Truth: ``train/Loss``, ``train/Acc``, ``val/Loss``, ``val/Acc`` (``Train Loss`` ... ``Val Acc``)
at the printed epoch. The closing best accuracy and its epoch repeat an epoch's value:
optional, as is the parameter count. The ``Epochs=..., Batch Size=..., LR=...`` line is printed
configuration (params).
"""

from _toy import batches, digits
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import time

    import torch
    import torch.nn as nn

    Xtr, ytr, Xva, yva, _, _ = digits(seed=3)
    Xtr, Xva = Xtr.reshape(-1, 1, 8, 8), Xva.reshape(-1, 1, 8, 8)
    torch.manual_seed(3)
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(),
                          nn.MaxPool2d(2), nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(),
                          nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(16, 10))
    criterion = nn.CrossEntropyLoss()
    epochs, batch_size, lr = 10, 64, 0.001
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    n_params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    truth = Truth()

    def one_pass(X, y, train, seed):
        model.train(train)
        loss_sum, correct, total = 0.0, 0, 0
        with torch.set_grad_enabled(train):
            for images, labels in batches(X, y, batch_size, seed):
                outputs = model(images)
                loss = criterion(outputs, labels)
                if train:
                    optimizer.zero_grad()
                    loss.backward()
                    optimizer.step()
                loss_sum += loss.item() * images.size(0)
                total += labels.size(0)
                correct += (outputs.argmax(dim=1) == labels).sum().item()
        return loss_sum / total, 100.0 * correct / total

    best_acc, best_epoch = -1.0, 0
    start = time.perf_counter()
    print("Day21: LightVGG-Slim 训练 | device=cpu")
    print(f"参数量: {n_params:,}")
    print(f"Epochs={epochs}, Batch Size={batch_size}, LR={lr}")
    truth.allow(**{"参数量": n_params})
    for epoch in range(1, epochs + 1):
        train_loss, train_acc = one_pass(Xtr, ytr, True, epoch)
        val_loss, val_acc = one_pass(Xva, yva, False, 0)
        print(
            f"Epoch [{epoch:02d}/{epochs:02d}] "
            f"Train Loss: {train_loss:.4f} | Train Acc: {train_acc:.2f}% | "
            f"Val Loss: {val_loss:.4f} | Val Acc: {val_acc:.2f}%"
        )
        truth.add(at=epoch, **{"train/Loss": train_loss, "train/Acc": train_acc,
                               "val/Loss": val_loss, "val/Acc": val_acc})
        if val_acc > best_acc:
            best_acc, best_epoch = val_acc, epoch
    elapsed = time.perf_counter() - start
    print(f"\n最佳 Val Acc: {best_acc:.2f}% (Epoch {best_epoch})")
    print(f"训练耗时: {elapsed:.2f} 秒")
    print("权重保存至: checkpoints/light_vgg_slim_best.pth")
    print("指标保存至: checkpoints/light_vgg_slim_history.json")
    truth.allow(**{"最佳 Val Acc": best_acc, "Epoch": best_epoch})
    truth.write("the script's epoch losses and accuracies", libraries=("torch",),
                params={"Epochs": epochs, "Batch Size": batch_size, "LR": lr},
                rel=1e-3, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"zhaolight": run}, root=HELDOUT41)
