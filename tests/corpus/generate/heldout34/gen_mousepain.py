"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop printing as grassknoted/prj_mouse_pain ``TQDM_PROGRESS_BARS.md`` shows its
training scripts print: ``Starting training...``; an outer tqdm bar ``Epochs`` with postfix
``train_loss=0.4521, val_loss=0.5234, val_acc=74.56%, val_f1=0.6821``; per epoch a
``Training`` bar (postfix ``loss=0.3142, acc=86.45%``, running values) and a ``Validation``
bar (postfix ``loss=0.4089``), then
``Epoch 1/100 - Train Loss: 0.4521, Acc: 78.23% | Val Loss: 0.5234, Acc: 74.56%, F1: 0.6821``
and ``  ✓ Saved best model: best_model_epoch0.pt (F1: 0.6821)`` when F1 improves. Here: NumPy
softmax regression on Gaussian blobs (macro F1 computed by hand), 2 epochs, 3 training and 2
validation batches an epoch.

Truth, in one spelling per name (the judge's name rule makes ``train_loss`` and ``Train Loss``
the same key anyway): ``train/loss``, ``train/acc`` from the Training bar's running postfix
(each batch), from the epoch line (``Train Loss``, and its ``Acc``, step = epoch) and from the
Epochs bar (``train_loss``, no step); ``val/loss`` from the Validation bar's running postfix,
the epoch line and the Epochs bar; ``val/acc`` and ``val/f1`` from the epoch line and the
Epochs bar. A value printed in two places (the epoch line's and the Epochs bar's) is listed once
for each place. The saved-model F1 repeats the best F1:
optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import numpy as np
    from tqdm import tqdm
    from _toy import Softmax, blobs, batches

    def macro_f1(pred, y, k):
        f = []
        for c in range(k):
            tp = np.sum((pred == c) & (y == c))
            fp = np.sum((pred == c) & (y != c))
            fn = np.sum((pred != c) & (y == c))
            f.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
        return float(np.mean(f))

    xa, ya = blobs(416, seed=14, spread=2.0)
    x, y, xv, yv = xa[:288], ya[:288], xa[288:], ya[288:]
    model = Softmax(8, 4, seed=14, lr=0.05)
    rng = np.random.default_rng(14)
    truth = Truth()
    epochs = 2
    best_f1 = -1.0
    print("Starting training...")
    outer = tqdm(range(epochs), desc="Epochs")
    for epoch in outer:
        tr = tqdm(list(batches(len(x), 96, rng)), desc="Training", leave=True)
        tot_loss = tot_n = tot_c = 0
        for idx in tr:
            loss, c = model.step(x[idx], y[idx])
            tot_loss += loss * len(idx)
            tot_n += len(idx)
            tot_c += c
            tr.set_postfix(loss=f"{tot_loss / tot_n:.4f}", acc=f"{100 * tot_c / tot_n:.2f}%")
            truth.add(**{"train/loss": tot_loss / tot_n, "train/acc": 100 * tot_c / tot_n})
        tr.close()
        va_bar = tqdm([np.arange(0, 64), np.arange(64, 128)], desc="Validation", leave=True)
        vl_sum = vn = 0
        preds = []
        for idx in va_bar:
            p = model.probs(xv[idx])
            vl_sum += float(-np.log(p[np.arange(len(idx)), yv[idx]]).sum())
            vn += len(idx)
            preds.append(p.argmax(1))
            va_bar.set_postfix(loss=f"{vl_sum / vn:.4f}")
            truth.add(**{"val/loss": vl_sum / vn})
        va_bar.close()
        pred = np.concatenate(preds)
        train_loss, train_acc = tot_loss / tot_n, 100 * tot_c / tot_n
        val_loss, val_acc = vl_sum / vn, 100 * float((pred == yv).mean())
        f1 = macro_f1(pred, yv, 4)
        print(f"\nEpoch {epoch + 1}/{epochs} - Train Loss: {train_loss:.4f}, Acc: {train_acc:.2f}% | "
              f"Val Loss: {val_loss:.4f}, Acc: {val_acc:.2f}%, F1: {f1:.4f}")
        truth.add(at=epoch + 1, **{"train/loss": train_loss, "train/acc": train_acc,
                                   "val/loss": val_loss, "val/acc": val_acc, "val/f1": f1})
        if f1 > best_f1:
            best_f1 = f1
            print(f"  ✓ Saved best model: best_model_epoch{epoch}.pt (F1: {f1:.4f})\n")
            truth.allow(F1=f1)  # the saved-model line
        outer.set_postfix(train_loss=f"{train_loss:.4f}", val_loss=f"{val_loss:.4f}",
                          val_acc=f"{val_acc:.2f}%", val_f1=f"{f1:.4f}")
        truth.add(**{"train/loss": train_loss, "val/loss": val_loss, "val/acc": val_acc, "val/f1": f1})
    outer.close()
    truth.write("the script's running and epoch losses, accuracies and macro F1",
                libraries=("numpy", "tqdm"), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"mousepain": run}, root=HELDOUT34)
