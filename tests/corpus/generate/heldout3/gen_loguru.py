"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

A training script that logs with loguru's default sink (stderr, its default format
``2026-12-04 23:50:01.123 | INFO     | __main__:train:61 - message``: a date, a time with
milliseconds, the level padded, the module, function and **line number**; coloured on a terminal,
plain on a pipe), around a real logistic regression (`_models.logistic_regression`):

* ``Arguments: {'lr': 1.5, 'lr_decay': 0.95, 'epochs': 8, 'seed': 1, 'patience': 2, ...}``
  (``logger.info("Arguments: {}", vars(args))``, argparse defaults);
* ``Dataset: 256 train / 64 val samples, 6 features`` (counts);
* per epoch ``Epoch 3/8 | lr 1.3537 | train_loss 0.5123 | train_acc 0.7812 | val_loss 0.5012 |
  val_acc 0.7969``, DEBUG ``grad norm after epoch 3: 0.0321``;
* WARNING ``val_loss has not improved for 2 epochs (best 0.5236 at epoch 3)``, once;
* SUCCESS ``Training done in 0.01s. Best val_acc=0.7500 (epoch 3)``;
* the last epoch's figures per split: ``train | loss 0.4012 | acc 0.8125`` / ``val   | ...``.

Truth: the values the model yielded (what the script handed to loguru): ``lr``,
``train_loss``, ``train_acc``, ``val_loss``, ``val_acc`` at the line's epoch (``Epoch 3/8``:
step 3); ``grad norm`` at its epoch; the best epoch's ``val_acc`` with no step; the split lines
as ``train/loss``, ``train/acc``, ``val/loss``, ``val/acc`` (phase-led lines), no step. The
warning's ``best`` value is optional (a repeat of a val_loss, inside a warning); ``epoch``
optional; the argparse namespace is params; counts, times, line numbers are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main
from _models import logistic_regression


def parse_args():
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--lr", type=float, default=1.5)
    parser.add_argument("--lr-decay", type=float, default=0.95)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--patience", type=int, default=2)
    parser.add_argument("--out", default="runs/loguru")
    return parser.parse_args([])


def train() -> None:
    import time

    from loguru import logger

    args = parse_args()
    truth = Truth()
    logger.info("Arguments: {}", vars(args))
    logger.info("Dataset: 256 train / 64 val samples, 6 features")
    start = time.monotonic()
    best, since_best, warned = None, 0, False
    for row in logistic_regression(lr=args.lr, epochs=args.epochs, seed=args.seed,
                                   lr_decay=args.lr_decay):
        e = row["epoch"]
        logger.info(f"Epoch {e}/{args.epochs} | lr {row['lr']:.4f} | "
                    f"train_loss {row['train_loss']:.4f} | train_acc {row['train_acc']:.4f} | "
                    f"val_loss {row['val_loss']:.4f} | val_acc {row['val_acc']:.4f}")
        truth.add(e, **{k: row[k] for k in ("lr", "train_loss", "train_acc", "val_loss",
                                            "val_acc")})
        truth.allow(epoch=e)
        logger.debug(f"grad norm after epoch {e}: {row['grad_norm']:.4f}")
        truth.add(e, **{"grad norm": row["grad_norm"]})
        if best is None or row["val_loss"] < best["val_loss"]:
            best, since_best = row, 0
        else:
            since_best += 1
        if since_best == args.patience and not warned:
            logger.warning(f"val_loss has not improved for {since_best} epochs "
                           f"(best {best['val_loss']:.4f} at epoch {best['epoch']})")
            truth.allow(best=best["val_loss"])
            warned = True
    logger.success(f"Training done in {time.monotonic() - start:.2f}s. "
                   f"Best val_acc={best['val_acc']:.4f} (epoch {best['epoch']})")
    truth.add(val_acc=best["val_acc"])
    for phase in ("train", "val"):  # the last epoch's figures, one line per split
        logger.info(f"{phase:<5} | loss {row[phase + '_loss']:.4f} | acc {row[phase + '_acc']:.4f}")
        truth.add(**{f"{phase}/loss": row[f"{phase}_loss"], f"{phase}/acc": row[f"{phase}_acc"]})
    params = {k: v for k, v in vars(args).items()}
    truth.write("the values logistic_regression yielded, as handed to loguru: lr, train_loss, "
                "train_acc, val_loss, val_acc and grad norm at the line's epoch; the best "
                "epoch's val_acc (no step), the last epoch's split lines as <phase>/<name>; "
                "the warning's best "
                "optional; params = the argparse namespace (defaults)",
                libraries=("loguru", "numpy"), params=params, rel=1e-9, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"loguru": train}, root=HELDOUT3)
