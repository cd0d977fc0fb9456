"""HELD-OUT fixture (see tests/corpus/README.md): do not read while tuning the parser.

A script that reports with the standard library's `pprint`, as many quick experiments do: a
real logistic regression (`_models.logistic_regression`, NumPy, a decaying learning rate),

* its nested config first, ``pprint(config)``: wider than 80 columns, so broken over lines
  (``{'epochs': 6,`` / `` 'model': {'features': 6, 'type': 'logreg'},`` / `` 'optim': {'lr':
  0.5, 'lr_decay': 0.8, 'steps_per_epoch': 4},`` ...);
* per epoch a nested dict of results, ``pprint(record)``, also broken over lines, keys sorted:
  ``{'epoch': 1,`` / `` 'grad_norm': 0.0912...,`` / `` 'lr': 0.5,`` / `` 'train': {'acc':
  0.77734375, 'loss': 0.5123...},`` / `` 'val': {'acc': 0.796875, 'loss': 0.4987...}}``
  (full-precision float reprs);
* at the end ``pprint({'best_epoch': 5, 'best_val_acc': 0.8125})``.

Truth: the values the model yielded, at full precision: ``grad_norm``, ``lr`` (the rate the
epoch used: a metric; the config's ``optim.lr`` is a param, so its value stored once more in
that series is a false positive) and the nested ``train/loss``, ``train/acc``, ``val/loss``,
``val/acc`` (named like nested JSON keys), at the dict's ``epoch`` (itself optional);
``best_val_acc`` with no step, ``best_epoch`` optional. Params: the config, flattened.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import Truth, main  # noqa: E402
from _models import logistic_regression  # noqa: E402

CONFIG = {"model": {"type": "logreg", "features": 6},
          "optim": {"lr": 0.5, "lr_decay": 0.8, "steps_per_epoch": 4},
          "epochs": 6, "seed": 0, "out_dir": "runs/pprint-demo"}


def train() -> None:
    from pprint import pprint

    pprint(CONFIG)
    truth = Truth()
    optim = CONFIG["optim"]
    best = None
    for row in logistic_regression(lr=optim["lr"], epochs=CONFIG["epochs"], seed=CONFIG["seed"],
                                   steps_per_epoch=optim["steps_per_epoch"],
                                   lr_decay=optim["lr_decay"]):
        record = {"epoch": row["epoch"], "lr": row["lr"], "grad_norm": row["grad_norm"],
                  "train": {"loss": row["train_loss"], "acc": row["train_acc"]},
                  "val": {"loss": row["val_loss"], "acc": row["val_acc"]}}
        pprint(record)
        truth.add(row["epoch"], **{"lr": row["lr"], "grad_norm": row["grad_norm"],
                                   "train/loss": row["train_loss"],
                                   "train/acc": row["train_acc"], "val/loss": row["val_loss"],
                                   "val/acc": row["val_acc"]})
        truth.allow(epoch=row["epoch"])
        if best is None or row["val_acc"] > best["val_acc"]:
            best = row
    pprint({"best_epoch": best["epoch"], "best_val_acc": best["val_acc"]})
    truth.add(best_val_acc=best["val_acc"])
    truth.allow(best_epoch=best["epoch"])
    params = {"model.type": "logreg", "model.features": 6, "optim.lr": optim["lr"],
              "optim.lr_decay": optim["lr_decay"],
              "optim.steps_per_epoch": optim["steps_per_epoch"], "epochs": CONFIG["epochs"],
              "seed": CONFIG["seed"], "out_dir": CONFIG["out_dir"]}
    truth.write("the values logistic_regression yielded (full precision, as pprint shows them), "
                "nested keys as <phase>/<key>, at the dict's epoch; params = the config",
                libraries=("numpy",), params=params, rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"pprint": train}, heldout=True)
