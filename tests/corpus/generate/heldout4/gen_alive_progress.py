"""HELD-OUT fixture (fourth half, see generate/heldout4/README.md): do not read while tuning the
parser.

A training loop under ``alive_progress.alive_bar`` (its README's idiom): one bar over all
optimisation steps, titled ``Training``, whose text (``bar.text(...)``) shows the last
epoch's ``last epoch: loss=0.3841``; at the end of each epoch a plain ``print`` of the epoch's
figures, which alive-progress intercepts and prefixes with the bar's position (``on 8: epoch
2/6  train_loss 0.3407  val_loss 0.4073  val_acc 0.7969``). On a terminal the bar animates in
place (cursor hiding, ``\\r`` redraws, spinner frames) and ends with its receipt (``Training
|████████████████████████████████████████| 24/24 [100%] in 0.1s (180.5/s)``); on a pipe it
draws nothing but the receipt, so the pipe capture has another shape. A second, unknown-total
bar (``alive_bar(title="Evaluating")``) runs over the test batches, then ``Test accuracy:
0.7812`` and ``Test loss: 0.4907``.

Truth: the per-epoch lines from the values logistic_regression yielded (``train_loss``,
``val_loss``, ``val_acc`` at the line's epoch: ``epoch 2/6`` is step 2, not the bar's 8);
the ``loss`` of the bar text is optional as ``train/loss`` (the bar is titled ``Training``;
a phase word in a bar's title qualifies its values, as heldout8 pykeen's ``Training
epochs`` bar gives ``train/loss``) (whether and how often a frame shows a value
depends on the refresh timing: every value handed to ``bar.text`` is allowed, up to `REDRAWS`
times); the test figures from the
final epoch's evaluation (no step); bar counts, rates and times are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT4, Truth, main
from _models import logistic_regression

REDRAWS = 50  # how often one bar text may be drawn again; all optional, so only a cap


def train() -> None:
    import time

    from alive_progress import alive_bar

    truth = Truth()
    epochs, steps = 6, 4
    rows = list(logistic_regression(lr=1.5, epochs=epochs, seed=2, steps_per_epoch=steps))
    with alive_bar(epochs * steps, title="Training") as bar:
        for row in rows:
            e = row["epoch"]
            for _ in range(steps):
                time.sleep(0.01)
                bar()
            bar.text(f"last epoch: loss={row['train_loss']:.4f}")
            for _ in range(REDRAWS):
                truth.allow(**{"train/loss": row["train_loss"]})
            print(f"epoch {e}/{epochs}  train_loss {row['train_loss']:.4f}  "
                  f"val_loss {row['val_loss']:.4f}  val_acc {row['val_acc']:.4f}")
            truth.add(e, train_loss=row["train_loss"], val_loss=row["val_loss"],
                      val_acc=row["val_acc"])
    with alive_bar(title="Evaluating") as bar:
        for _ in range(8):
            time.sleep(0.01)
            bar()
    last = rows[-1]
    print(f"Test accuracy: {last['val_acc']:.4f}")
    print(f"Test loss: {last['val_loss']:.4f}")
    truth.add(**{"Test accuracy": last["val_acc"], "Test loss": last["val_loss"]})
    truth.write("the values logistic_regression yielded, as printed per epoch (step = the "
                "printed epoch); the bar text's loss optional (every value handed to "
                "bar.text); the last evaluation as the test figures, no step",
                libraries=("alive-progress", "numpy"), rel=1e-9, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"alive-progress": train}, root=HELDOUT4)
