"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

A hand-written PyTorch loop printing as windopper/cifar ``train.py``: ``Seed fixed to: 42``,
``Using device: cpu``, per epoch a tqdm bar described ``f'Epoch {epoch + 1}/{args.epochs}'``
with ``pbar.set_postfix({'loss': f'{running_loss / (i + 1):.3f}', 'lr': f'{current_lr:.6f}'})``
each batch, ``  [Best Model Saved] Val Accuracy: 87.33%`` when the validation accuracy improves,
then the block ``Epoch 1/3:``, ``  Train Loss: ...``, ``  Val Loss: ...``, ``  Val Accuracy:
...%``, ``  Learning Rate: ...`` and an empty line. Here: a small CNN on sklearn's digits, SGD
with a cosine schedule, batch size 320 (four batches an epoch), 3 epochs. The configuration
printout of ``utils/training_config.py`` is not reproduced (not in the file read).

Truth: the postfix ``loss`` of each bar state (running mean, no step, the bar names no phase);
``train/Loss``, ``val/Loss``, ``val/Accuracy`` at the epoch of the block header. Optional: the
``lr`` postfix and ``Learning Rate`` (settings), the best-model line's ``Val Accuracy`` (a
repeat).
"""

from _toy import batches, cnn, digits
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import random

    import numpy as np
    import torch
    import torch.nn as nn
    from tqdm import tqdm

    random.seed(42)
    np.random.seed(42)
    torch.manual_seed(42)
    print("Seed fixed to: 42")
    print("Using device: cpu")
    Xtr, ytr, Xva, yva, _, _ = digits(seed=9)
    net = cnn(seed=9)
    criterion = nn.CrossEntropyLoss()
    epochs = 3
    optimizer = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9, weight_decay=5e-4)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs)
    truth = Truth()
    best_val_acc = -1.0
    for epoch in range(epochs):
        running_loss = 0.0
        pbar = tqdm(list(batches(Xtr, ytr, 320, epoch)), desc=f'Epoch {epoch + 1}/{epochs}')
        for i, (inputs, labels) in enumerate(pbar, 0):
            optimizer.zero_grad(set_to_none=True)
            loss = criterion(net(inputs), labels)
            loss.backward()
            optimizer.step()
            running_loss += loss.item()
            current_lr = optimizer.param_groups[0]['lr']
            pbar.set_postfix({'loss': f'{running_loss / (i + 1):.3f}', 'lr': f'{current_lr:.6f}'})
            truth.add(loss=running_loss / (i + 1))
            truth.allow(lr=current_lr)
        avg_train_loss = running_loss / len(pbar)
        net.eval()
        with torch.no_grad():
            val_loss, correct = 0.0, 0
            nb = 0
            for inputs, labels in batches(Xva, yva, 16, 0):
                out = net(inputs)
                val_loss += criterion(out, labels).item()
                correct += (out.argmax(1) == labels).sum().item()
                nb += 1
        net.train()
        val_loss /= nb
        val_acc = 100 * correct / len(Xva)
        scheduler.step()
        if val_acc > best_val_acc:
            best_val_acc = val_acc
            print(f"  [Best Model Saved] Val Accuracy: {val_acc:.2f}%")
            truth.allow(**{"Val Accuracy": val_acc})
        current_lr = optimizer.param_groups[0]['lr']
        print(f"Epoch {epoch + 1}/{epochs}:")
        print(f"  Train Loss: {avg_train_loss:.4f}")
        print(f"  Val Loss: {val_loss:.4f}")
        print(f"  Val Accuracy: {val_acc:.2f}%")
        print(f"  Learning Rate: {current_lr:.6f}")
        print()
        truth.add(at=epoch + 1, **{"train/Loss": avg_train_loss, "val/Loss": val_loss,
                                   "val/Accuracy": val_acc})
        truth.allow(**{"Learning Rate": current_lr})
    truth.write("the script's running batch losses and epoch values", libraries=("torch", "tqdm"),
                rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"windopper": run}, root=HELDOUT43)
