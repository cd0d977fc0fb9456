"""HELD-OUT fixture (fourth half, see generate/heldout4/README.md): do not read while tuning the
parser.

A training loop drawn with ``progressbar2`` (``import progressbar``), one bar per epoch with the
widgets of its README: ``progressbar.ProgressBar(max_value=..., widgets=[' [', Timer(), '] ',
Percentage(), ' ', Bar(), ' ', Variable('loss'), ' ', Variable('lr'), ' (', ETA(), ') '])``,
updated per step with ``bar.update(i, loss=..., lr=...)``: ``[Elapsed Time: 0:00:00] 100% |####
| loss:  0.409 lr:    1.5 (ETA:  00:00:00)`` (3 significant digits; ``------`` before a
value), coloured percentages. On a terminal the bar redraws in place with ``\\r``; on a pipe
progressbar2 writes each update on a line of its own, so the pipe capture has another shape.
After each epoch's bar, a ``print`` of ``Epoch 2 | val_loss: 0.3941 | val_acc: 81.25%``; at the
end a ``Best epoch: 6 (val_loss 0.3696)`` line.

Truth: the printed epoch lines from the values logistic_regression yielded (``val_loss``,
``val_acc`` ×100 at the line's epoch); the bar's ``loss`` and ``lr`` variables optional (what a
redraw shows, and how often, depends on the bar's poll interval: every value handed to
``update`` is allowed, up to `REDRAWS` times);
the best epoch's ``val_loss`` (no step); percentages, timers and ETAs are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT4, Truth, main
from _models import logistic_regression

REDRAWS = 50  # how often one widget value may be drawn again; all optional, so only a cap


def train() -> None:
    import time

    import progressbar

    truth = Truth()
    steps, epochs = 4, 6
    best = None
    for row in logistic_regression(lr=1.5, epochs=epochs, seed=3, steps_per_epoch=steps,
                                   lr_decay=0.9):
        widgets = [" [", progressbar.Timer(), "] ", progressbar.Percentage(), " ",
                   progressbar.Bar(), " ", progressbar.Variable("loss"), " ",
                   progressbar.Variable("lr"), " (", progressbar.ETA(), ") "]
        with progressbar.ProgressBar(max_value=steps, widgets=widgets) as bar:
            for i in range(steps):
                time.sleep(0.01)
                loss = row["train_loss"] if i == steps - 1 else None
                bar.update(i + 1, loss=loss, lr=round(row["lr"], 4))
                for _ in range(REDRAWS):
                    truth.allow(lr=round(row["lr"], 4))
            for _ in range(REDRAWS):
                truth.allow(loss=row["train_loss"])
        e = row["epoch"]
        print(f"Epoch {e} | val_loss: {row['val_loss']:.4f} | val_acc: {row['val_acc'] * 100:.2f}%")
        truth.add(e, val_loss=row["val_loss"], val_acc=row["val_acc"] * 100)
        truth.allow(Epoch=e)
        if best is None or row["val_loss"] < best["val_loss"]:
            best = row
    print(f"Best epoch: {best['epoch']} (val_loss {best['val_loss']:.4f})")
    truth.add(val_loss=best["val_loss"])
    truth.allow(**{"Best epoch": best["epoch"]})
    truth.write("the values logistic_regression yielded, as printed per epoch (val_acc x100); "
                "the bar's Variable widgets optional (every value handed to update); the best "
                "epoch's val_loss, no step", libraries=("progressbar2", "numpy"), rel=1e-9,
                abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"progressbar2": train}, root=HELDOUT4)
