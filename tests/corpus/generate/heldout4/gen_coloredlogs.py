"""HELD-OUT fixture (fourth half, see generate/heldout4/README.md): do not read while tuning the
parser.

A training script that sets up logging with ``coloredlogs.install(level="DEBUG")`` and its
default format ``%(asctime)s %(hostname)s %(name)s[%(process)d] %(levelname)s %(message)s``
(``2026-12-05 01:25:03 myhost trainer[12345] INFO Epoch 3 ...``: a date, a host name, the
logger name with the **process id** in brackets; coloured per level on a terminal, plain on a
pipe), on stderr, around a real logistic regression (`_models.logistic_regression`):

* ``Hyperparameters: lr=1.2, lr_decay=0.9, epochs=7, seed=4, steps_per_epoch=4``;
* ``Loaded 256 training and 64 validation examples``;
* per epoch ``Epoch 3 - train loss 0.3990, train accuracy 83.20% - val loss 0.4357, val
  accuracy 73.44% (lr 0.9720)``, then a DEBUG ``gradient norm 0.1517``;
* WARNING ``Validation loss went up (0.5236 -> 0.5241)`` when it does (not in this run);
* ``Test results:`` then ``  loss     = 0.5273`` / ``  accuracy = 75.00%`` (indented block).

Truth: the values the model yielded, as handed to the logger: ``train loss``, ``train
accuracy`` (×100, as printed with ``%``), ``val loss``, ``val accuracy`` and ``lr`` at the
line's epoch; ``gradient norm`` at the epoch of the line before; the warning's values
optional; the test block as ``test/loss`` and ``test/accuracy`` (a section header), no step;
the hyperparameters line is params; counts, process ids and times are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT4, Truth, main
from _models import logistic_regression


def train() -> None:
    import logging

    import coloredlogs

    logger = logging.getLogger("trainer")
    coloredlogs.install(level="DEBUG", logger=logger)
    hp = {"lr": 1.2, "lr_decay": 0.9, "epochs": 7, "seed": 4, "steps_per_epoch": 4}
    truth = Truth()
    logger.info("Hyperparameters: " + ", ".join(f"{k}={v}" for k, v in hp.items()))
    logger.info("Loaded 256 training and 64 validation examples")
    prev = None
    for row in logistic_regression(lr=hp["lr"], epochs=hp["epochs"], seed=hp["seed"],
                                   lr_decay=hp["lr_decay"]):
        e = row["epoch"]
        logger.info(f"Epoch {e} - train loss {row['train_loss']:.4f}, train accuracy "
                    f"{row['train_acc'] * 100:.2f}% - val loss {row['val_loss']:.4f}, val "
                    f"accuracy {row['val_acc'] * 100:.2f}% (lr {row['lr']:.4f})")
        truth.add(e, **{"train loss": row["train_loss"], "train accuracy": row["train_acc"] * 100,
                        "val loss": row["val_loss"], "val accuracy": row["val_acc"] * 100,
                        "lr": row["lr"]})
        truth.allow(Epoch=e)
        logger.debug(f"gradient norm {row['grad_norm']:.4f}")
        truth.add(e, **{"gradient norm": row["grad_norm"]})
        if prev is not None and row["val_loss"] > prev:
            logger.warning(f"Validation loss went up ({prev:.4f} -> {row['val_loss']:.4f})")
            truth.allow(**{"Validation loss went up": prev})
            truth.allow(**{"Validation loss went up": row["val_loss"]})
        prev = row["val_loss"]
    logger.info(f"Test results:\n  loss     = {row['val_loss']:.4f}\n"
                f"  accuracy = {row['val_acc'] * 100:.2f}%")
    truth.add(**{"test/loss": row["val_loss"], "test/accuracy": row["val_acc"] * 100})
    truth.write("the values logistic_regression yielded, as handed to the logger (accuracies "
                "x100 as printed), at the line's epoch; gradient norm at the epoch above it; "
                "the test block as test/<name>; warnings optional; params = the "
                "hyperparameters dict", libraries=("coloredlogs", "numpy"), params=hp,
                rel=1e-9, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"coloredlogs": train}, root=HELDOUT4)
