"""HELD-OUT fixture (fifth half, see generate/heldout5/README.md): do not read while tuning the
parser.

A service-style training job that logs JSON through python-json-logger and validates its
settings with pydantic, as such jobs do for log shippers:

* first, the settings model printed as pydantic dumps it, ``model_dump_json(indent=2)``: a
  multi-line, nested JSON object (``"optimizer": {"name": "sgd", "lr": 1.1, ...}``) under a
  ``Resolved settings:`` line;
* then every log record is one JSON object on stdout (``pythonjsonlogger.json.JsonFormatter``
  with ``%(asctime)s %(levelname)s %(name)s %(message)s`` and ``extra`` fields):
  ``{"asctime": "2026-12-05 02:18:00,123", "levelname": "INFO", "name": "job", "message":
  "settings", "seed": 8, "epochs": 7, ...}`` (a config event), ``{"message": "epoch
  finished", "epoch": 3, "train": {"loss": 0.399, "accuracy": 0.832}, "val": {"loss": 0.4357,
  "accuracy": 0.7344}, "lr": 0.891, "duration_ms": 1.2}`` per epoch (nested dicts),
  ``{"levelname": "WARNING", "message": "gradient norm high", "epoch": 1, "grad_norm":
  0.41}`` when the last step's gradient norm passes 0.1, and a closing ``{"message": "job
  finished", "test_loss": 0.4412, "test_accuracy": 0.7656, "best_epoch": 6}``.

Truth: the values `_models.logistic_regression` yielded, as handed to the logger in ``extra``:
``train/loss``, ``train/accuracy``, ``val/loss``, ``val/accuracy`` (nested keys joined with
``/``, as the corpus names nested JSON keys), ``lr`` at the record's ``epoch`` (the step key,
optional); ``grad_norm`` of the warnings at their epoch; ``test_loss`` and ``test_accuracy``
(no step); ``best_epoch`` optional; ``duration_ms`` a timing (neither map). The pydantic dump
and the ``settings`` event are params (nested keys joined with ``.``: ``optimizer.lr``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT5, Truth, main
from _models import logistic_regression


def train() -> None:
    import logging
    import time

    from pydantic import BaseModel
    from pythonjsonlogger.json import JsonFormatter

    class Optimizer(BaseModel):
        name: str = "sgd"
        lr: float = 1.1
        lr_decay: float = 0.9
        steps_per_epoch: int = 4

    class Settings(BaseModel):
        run_name: str = "logreg-json"
        seed: int = 8
        epochs: int = 7
        optimizer: Optimizer = Optimizer()
        data_dir: str = "/data/synthetic"

    settings = Settings()
    print("Resolved settings:")
    print(settings.model_dump_json(indent=2), flush=True)
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    log = logging.getLogger("job")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    flat = {k: v for k, v in settings.model_dump().items() if k != "optimizer"}
    flat.update({f"optimizer.{k}": v for k, v in settings.optimizer.model_dump().items()})
    log.info("settings", extra={"seed": settings.seed, "epochs": settings.epochs,
                                "lr": settings.optimizer.lr,
                                "lr_decay": settings.optimizer.lr_decay})
    truth = Truth()
    best = None
    opt = settings.optimizer
    for row in logistic_regression(lr=opt.lr, epochs=settings.epochs, seed=settings.seed,
                                   lr_decay=opt.lr_decay, steps_per_epoch=opt.steps_per_epoch):
        start = time.perf_counter()
        e = row["epoch"]
        extra = {"epoch": e, "train": {"loss": row["train_loss"], "accuracy": row["train_acc"]},
                 "val": {"loss": row["val_loss"], "accuracy": row["val_acc"]}, "lr": row["lr"],
                 "duration_ms": round((time.perf_counter() - start) * 1000, 3)}
        log.info("epoch finished", extra=extra)
        truth.add(e, **{"train/loss": row["train_loss"], "train/accuracy": row["train_acc"],
                        "val/loss": row["val_loss"], "val/accuracy": row["val_acc"],
                        "lr": row["lr"]})
        truth.allow(epoch=e)
        if row["grad_norm"] > 0.1:
            log.warning("gradient norm high", extra={"epoch": e, "grad_norm": row["grad_norm"]})
            truth.add(e, grad_norm=row["grad_norm"])
            truth.allow(epoch=e)
        if best is None or row["val_loss"] < best["val_loss"]:
            best = row
    log.info("job finished", extra={"test_loss": row["val_loss"], "test_accuracy": row["val_acc"],
                                    "best_epoch": best["epoch"]})
    truth.add(test_loss=row["val_loss"], test_accuracy=row["val_acc"])
    truth.allow(best_epoch=best["epoch"])
    truth.write("the values logistic_regression yielded, as handed to the JSON logger's extra "
                "(nested keys joined with /), at the record's epoch; test values without step; "
                "params = the pydantic settings (nested keys joined with .) and the settings "
                "event", libraries=("python-json-logger", "pydantic", "numpy"),
                params={**flat, "lr": opt.lr, "lr_decay": opt.lr_decay}, rel=1e-9,
                abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"jsonlogger": train}, root=HELDOUT5)
