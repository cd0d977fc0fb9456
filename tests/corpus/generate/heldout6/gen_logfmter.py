"""HELD-OUT fixture (sixth half, see generate/heldout6/README.md): do not read while tuning the
parser.

A training job logging in logfmt, as jobs do whose logs go to Loki, Heroku or a log shipper:
Python ``logging`` with the ``logfmter`` formatter (``Logfmter(keys=['at', 'ts', 'logger'],
mapping={'at': 'levelname', 'ts': 'asctime', 'logger': 'name'})``) on stderr, every record's
fields from ``extra`` or from a dict message, values as Python's ``str`` gives them (full
precision), strings with spaces quoted:

* ``at=INFO ts=05:01:02 logger=job msg=config lr=1.3 lr_decay=0.9 epochs=10 ...`` (the config);
* ``at=INFO ... logger=job.train msg="epoch end" epoch=3 loss=0.4123... accuracy=0.8046875
  lr=1.053``;
* ``at=INFO ... logger=job.eval msg=validation epoch=3 loss=... accuracy=...``;
* ``at=WARNING ... msg="gradient norm above threshold" epoch=1 grad_norm=0.2241 threshold=0.13``;
* ``at=INFO ... msg="run finished" best_epoch=9 best_val_accuracy=0.859375 duration_s=0.0123``.

Truth: the values `_models.logistic_regression` yielded, as handed to the logger: ``loss``,
``accuracy``, ``lr`` at the record's ``epoch``; the validation records (message
``validation``) as ``val/loss`` and ``val/accuracy`` at their epoch; ``best_val_accuracy`` a
point; ``grad_norm`` (a number in a warning) and ``best_epoch`` optional; ``duration_s`` and
timestamps in neither map; the config record is params (``threshold`` too).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT6, Truth, main
from _models import logistic_regression


def train() -> None:
    import logging
    import time

    from logfmter import Logfmter

    truth = Truth()
    handler = logging.StreamHandler()
    handler.setFormatter(Logfmter(keys=["at", "ts", "logger"],
                                  mapping={"at": "levelname", "ts": "asctime", "logger": "name"},
                                  datefmt="%H:%M:%S"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    job, log_train, log_eval = (logging.getLogger(n) for n in ("job", "job.train", "job.eval"))
    config = {"lr": 1.3, "lr_decay": 0.9, "epochs": 10, "steps_per_epoch": 4, "seed": 4,
              "optimizer": "sgd", "grad_clip_threshold": 0.13}
    job.info({"msg": "config", **config})
    start = time.monotonic()
    best = (0.0, 0)
    for row in logistic_regression(lr=config["lr"], epochs=config["epochs"], seed=config["seed"],
                                   lr_decay=config["lr_decay"],
                                   steps_per_epoch=config["steps_per_epoch"]):
        epoch = row["epoch"]
        log_train.info("epoch end", extra={"epoch": epoch, "loss": row["train_loss"],
                                           "accuracy": row["train_acc"], "lr": row["lr"]})
        truth.add(epoch, loss=row["train_loss"], accuracy=row["train_acc"], lr=row["lr"])
        truth.allow(epoch=epoch)
        if row["grad_norm"] > config["grad_clip_threshold"]:
            job.warning("gradient norm above threshold",
                        extra={"epoch": epoch, "grad_norm": row["grad_norm"],
                               "threshold": config["grad_clip_threshold"]})
            truth.allow(grad_norm=row["grad_norm"])
        log_eval.info("validation", extra={"epoch": epoch, "loss": row["val_loss"],
                                           "accuracy": row["val_acc"]})
        truth.add(epoch, **{"val/loss": row["val_loss"], "val/accuracy": row["val_acc"]})
        best = max(best, (row["val_acc"], -epoch))
    job.info("run finished", extra={"best_epoch": -best[1], "best_val_accuracy": best[0],
                                    "duration_s": round(time.monotonic() - start, 4)})
    truth.add(best_val_accuracy=best[0])
    truth.allow(best_epoch=-best[1])
    truth.write("the values logistic_regression yielded as handed to logging's extra, at the "
                "record's epoch; validation records as val/<name>; grad_norm (in a warning) "
                "and best_epoch optional; the config record = params",
                libraries=("logfmter", "numpy"), params={**config, "threshold": 0.13},
                rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"logfmter": train}, root=HELDOUT6)
