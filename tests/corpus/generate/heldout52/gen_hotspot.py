"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A hand-written segmentation loop printing as Gizmopath/HOTSPoT ``src/train/main.py`` with its
``src/train/train.py``, ``early_stopping.py`` and ``metrics.py`` (commit 271e1fa3): per epoch
``Epoch 1/3``, a tqdm bar over the training batches (``leave=False``, described ``Training``,
``set_postfix(loss=loss.item())``), ``Train Loss: ..., Train IoU: ..., Train Accuracy: ...``,
the same bar described ``Validation`` over the validation batches, ``Val Loss: ...``, the
verbose early stopping's ``Validation loss improved to ...`` or ``No improvement for N
epoch(s).``, and at the end ``Model saved to segformer_model.pth.`` (nothing is saved here).
IoU and accuracy are the means over the batches of the per-class means, as ``metrics.py``
computes them. Here: a three-layer convolutional net in place of the SegFormer, on synthetic
32x32 three-class images (two training batches, one validation batch of eight), three epochs.

Truth: each postfix state of the ``Training`` bar is ``Train Loss`` without a step (the bar's
description names the phase), of the ``Validation`` bar ``Val Loss`` without a step; the
``Train``/``Val`` lines at the epoch of the ``Epoch i/N`` line above them. The early stopping's
``improved to`` value repeats the validation loss: optional.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import contextlib

    import numpy as np
    import torch
    import torch.nn as nn
    from torch.optim import AdamW
    from torch.optim.lr_scheduler import ReduceLROnPlateau
    from tqdm import tqdm

    truth = Truth()

    def calculate_metrics_per_class(pred, target, num_classes):
        pred = pred.argmax(dim=1)
        ious, accuracies = [], []
        for cls in range(num_classes):
            intersection = ((pred == cls) & (target == cls)).sum().float()
            union = ((pred == cls) | (target == cls)).sum().float()
            iou = intersection / union if union > 0 else torch.tensor(0.0)
            accuracy = ((pred == cls) == (target == cls)).float().mean()
            ious.append(iou.item())
            accuracies.append(accuracy.item())
        return sum(ious) / num_classes, sum(accuracies) / num_classes, ious, accuracies

    def run_epoch(model, loader, criterion, num_classes, optimizer=None, is_train=True):
        model.train() if is_train else model.eval()
        epoch_loss, overall_ious, overall_accuracies = 0.0, [], []
        loop = tqdm(loader, leave=False)
        loop.set_description("Training" if is_train else "Validation")
        with torch.no_grad() if not is_train else contextlib.nullcontext():
            for images, masks in loop:
                outputs = model(images)
                outputs = torch.nn.functional.interpolate(outputs, size=masks.shape[1:],
                                                          mode="bilinear", align_corners=False)
                loss = criterion(outputs, masks)
                if is_train:
                    loss.backward()
                    optimizer.step()
                    optimizer.zero_grad()
                epoch_loss += loss.item()
                overall_iou, overall_accuracy, _, _ = calculate_metrics_per_class(
                    outputs, masks, num_classes)
                overall_ious.append(overall_iou)
                overall_accuracies.append(overall_accuracy)
                loop.set_postfix(loss=loss.item())
                truth.add(**{"Train Loss" if is_train else "Val Loss": loss.item()})
        return (epoch_loss / len(loader), np.mean(overall_ious).tolist(),
                np.mean(overall_accuracies).tolist())

    class EarlyStopping:
        def __init__(self, patience=5, verbose=False):
            self.patience, self.verbose = patience, verbose
            self.counter, self.best_val_loss, self.early_stop = 0, float("inf"), False

        def __call__(self, val_loss):
            if val_loss < self.best_val_loss:
                self.best_val_loss = val_loss
                self.counter = 0
                if self.verbose:
                    print(f"Validation loss improved to {val_loss:.4f}.")
                    truth.allow(**{"Val Loss": val_loss})
            else:
                self.counter += 1
                if self.verbose:
                    print(f"No improvement for {self.counter} epoch(s).")
                if self.counter >= self.patience:
                    self.early_stop = True
                    if self.verbose:
                        print("Early stopping triggered.")

    # synthetic tiles: background, a bright "hotspot" disc (class 1), a dark band (class 2)
    rng = np.random.default_rng(52)
    n, size = 24, 32
    yy, xx = np.mgrid[:size, :size]
    imgs = np.zeros((n, 3, size, size), np.float32)
    masks = np.zeros((n, size, size), np.int64)
    for k in range(n):
        cy, cx, r = rng.integers(8, 24), rng.integers(8, 24), rng.integers(4, 8)
        band = rng.integers(0, size - 6)
        m = np.zeros((size, size), np.int64)
        m[band:band + 5, :] = 2
        m[(yy - cy) ** 2 + (xx - cx) ** 2 <= r * r] = 1
        colours = np.array([[0.5, 0.5, 0.5], [0.9, 0.4, 0.3], [0.2, 0.3, 0.6]], np.float32)
        imgs[k] = colours[m].transpose(2, 0, 1) + rng.normal(0, 0.25, (3, size, size))
        masks[k] = m
    X, Y = torch.tensor(imgs), torch.tensor(masks)

    def loader(idx, shuffle, seed):
        class L:
            def __len__(self):
                return (len(idx) + 7) // 8

            def __iter__(self):
                order = idx[torch.randperm(len(idx), generator=torch.Generator().manual_seed(
                    seed + len(truth.metrics.get("Train Loss", []))))] if shuffle else idx
                for i in range(0, len(order), 8):
                    yield X[order[i:i + 8]], Y[order[i:i + 8]]
        return L()

    train_loader = loader(torch.arange(16), True, 1)
    val_loader = loader(torch.arange(16, 24), False, 0)

    batch_size, num_epochs, num_classes, learning_rate, patience = 8, 3, 3, 1e-2, 5
    torch.manual_seed(0)
    model = nn.Sequential(nn.Conv2d(3, 12, 3, stride=2, padding=1), nn.ReLU(),
                          nn.Conv2d(12, 12, 3, padding=1), nn.ReLU(),
                          nn.Conv2d(12, num_classes, 1))
    criterion = nn.CrossEntropyLoss()
    optimizer = AdamW(model.parameters(), lr=learning_rate)
    scheduler = ReduceLROnPlateau(optimizer, mode="min", factor=0.5, patience=3)
    early_stopping = EarlyStopping(patience=patience, verbose=True)
    model_save_path = "segformer_model.pth"

    for epoch in range(num_epochs):
        print(f"Epoch {epoch + 1}/{num_epochs}")
        train_loss, train_iou, train_accuracy = run_epoch(
            model, train_loader, criterion, num_classes, optimizer, is_train=True)
        print(f"Train Loss: {train_loss:.4f}, Train IoU: {train_iou:.4f}, "
              f"Train Accuracy: {train_accuracy:.4f}")
        truth.add(at=epoch + 1, **{"Train Loss": train_loss, "Train IoU": train_iou,
                                   "Train Accuracy": train_accuracy})
        val_loss, val_iou, val_accuracy = run_epoch(
            model, val_loader, criterion, num_classes, is_train=False)
        print(f"Val Loss: {val_loss:.4f}, Val IoU: {val_iou:.4f}, Val Accuracy: {val_accuracy:.4f}")
        truth.add(at=epoch + 1, **{"Val Loss": val_loss, "Val IoU": val_iou,
                                   "Val Accuracy": val_accuracy})
        scheduler.step(val_loss)
        early_stopping(val_loss)
        if early_stopping.early_stop:
            print("Early stopping activated. Stopping training.")
            break
    print(f"Model saved to {model_save_path}.")
    truth.write("the script's batch losses (bar postfix) and epoch means of loss, class-mean IoU "
                "and class-mean accuracy", libraries=("torch", "tqdm"), rel=1e-3,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"hotspot": run}, root=HELDOUT52)
