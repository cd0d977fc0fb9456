"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

A training script that logs with structlog's default configuration (``structlog.get_logger()``
with no setup: ``ConsoleRenderer``, keys sorted, values as ``repr``, coloured only on a
terminal, strings unquoted), around a real logistic regression
(`_models.logistic_regression`). Each line is
``2026-12-04 23:55:01 [info     ] <event>   key=value key=value ...``:

* ``config   batch_size=64 epochs=6 lr=0.8 lr_decay=0.9 model=logreg seed=2``: the run's
  configuration as an event named ``config``;
* ``dataset_loaded   n_features=6 n_train=256 n_val=64`` (counts);
* per epoch ``train   acc=0.77734375 epoch=3 grad_norm=0.1195... loss=0.4646... lr=0.648`` and
  ``validation   acc=0.75 epoch=3 loss=0.5235...`` (full-precision reprs; the event names the
  phase);
* every second epoch ``checkpoint_saved   epoch=2 path=runs/ckpt-0002.npz size_bytes=1184``;
* a ``[warning  ] lr_floor_reached   epoch=4 lr=0.5248800000000001 min_lr=0.55`` once;
* ``done   best_epoch=3 best_val_acc=0.796875 elapsed_s=0.04`` (all on stdout).

Truth: the values the model yielded, as handed to structlog, named ``<phase>/<key>`` after the
event (``train/loss``, ``train/acc``, ``train/lr``, ``train/grad_norm``, ``val/loss``,
``val/acc``), step = the ``epoch`` key (itself optional); ``best_val_acc`` with no step.
``size_bytes``, the warning's ``lr`` (the rate already in ``train/lr``) and ``best_epoch`` are
optional; counts and ``elapsed_s`` are no metrics; the config event is params (``min_lr``
too, a setting printed in the warning).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main
from _models import logistic_regression

CONFIG = {"model": "logreg", "lr": 0.8, "lr_decay": 0.9, "epochs": 6, "batch_size": 64,
          "seed": 2}
MIN_LR = 0.55


def train() -> None:
    import time

    import structlog

    log = structlog.get_logger()
    truth = Truth()
    start = time.monotonic()
    log.info("config", **CONFIG)
    log.info("dataset_loaded", n_train=256, n_val=64, n_features=6)
    best, warned = None, False
    for row in logistic_regression(lr=CONFIG["lr"], epochs=CONFIG["epochs"],
                                   seed=CONFIG["seed"], lr_decay=CONFIG["lr_decay"]):
        e = row["epoch"]
        log.info("train", epoch=e, loss=row["train_loss"], acc=row["train_acc"], lr=row["lr"],
                 grad_norm=row["grad_norm"])
        log.info("validation", epoch=e, loss=row["val_loss"], acc=row["val_acc"])
        truth.add(e, **{"train/loss": row["train_loss"], "train/acc": row["train_acc"],
                        "train/lr": row["lr"], "train/grad_norm": row["grad_norm"],
                        "val/loss": row["val_loss"], "val/acc": row["val_acc"]})
        truth.allow(epoch=e)  # on the train line
        truth.allow(epoch=e)  # on the validation line
        if e % 2 == 0:
            size = 1024 + 32 * 5 * e // 2
            log.info("checkpoint_saved", epoch=e, path=f"runs/ckpt-{e:04d}.npz",
                     size_bytes=size)
            truth.allow(epoch=e, size_bytes=size)
        if row["lr"] * CONFIG["lr_decay"] < MIN_LR and not warned:
            log.warning("lr_floor_reached", epoch=e, lr=row["lr"] * CONFIG["lr_decay"],
                        min_lr=MIN_LR)
            truth.allow(epoch=e, lr=row["lr"] * CONFIG["lr_decay"])
            warned = True
        if best is None or row["val_acc"] > best["val_acc"]:
            best = row
    log.info("done", best_epoch=best["epoch"], best_val_acc=best["val_acc"],
             elapsed_s=round(time.monotonic() - start, 2))
    truth.add(best_val_acc=best["val_acc"])
    truth.allow(best_epoch=best["epoch"])
    truth.write("the values logistic_regression yielded, as handed to structlog, named "
                "<phase>/<key> after the event (train, validation), step = the epoch key; "
                "best_val_acc (no step); size_bytes, the warning's lr, best_epoch, epoch "
                "optional; params = the config event and the warning's min_lr",
                libraries=("structlog", "numpy"), params={**CONFIG, "min_lr": MIN_LR},
                rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"structlog": train}, root=HELDOUT3)
