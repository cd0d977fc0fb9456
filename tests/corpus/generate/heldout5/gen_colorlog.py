"""HELD-OUT fixture (fifth half, see generate/heldout5/README.md): do not read while tuning the
parser.

A training script whose logging goes through colorlog, configured with
``colorlog.basicConfig(level=DEBUG, stream=sys.stderr, format='%(log_color)s%(levelname)-8s
%(reset)s %(blue)s%(name)s%(reset)s %(message)s')``: levels padded to 8 and coloured per level
on a terminal (given the stream, colorlog leaves the colours out when it is no terminal, so the
pipe capture is plain), around a real logistic regression (`_models.logistic_regression`):

* ``INFO     trainer hyper-parameters → lr 1.4 · decay 0.88 · epochs 8 · seed 9``;
* per epoch ``INFO     trainer epoch 3/8 ─ loss 0.3990 • acc 83.20% • val_loss 0.4357 •
  val_acc 73.44%`` (unicode separators, ``%`` units);
* ``DEBUG    trainer.optim step size now 1.0842`` after each epoch;
* ``WARNING  trainer.early_stop no improvement for 2 epochs (best val_loss 0.4301 at epoch 5)``
  when it happens;
* ``INFO     trainer.eval test → loss 0.4412 • acc 76.56%`` at the end, and
  ``SUCCESS``-less ``INFO     trainer done in 0.04s``.

Truth: the values the model yielded, as handed to the logger: ``loss``, ``acc`` (x100),
``val_loss``, ``val_acc`` (x100) at the line's epoch; ``step size`` (the epoch's lr after its
decay) at the epoch of the line above; the warning's best ``val_loss`` optional (already a point
of its epoch); the eval line as ``test/loss`` and ``test/acc`` (led by ``test``), no step;
hyper-parameters are params; durations no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT5, Truth, main
from _models import logistic_regression


def train() -> None:
    import logging
    import time

    import colorlog

    colorlog.basicConfig(
        level=logging.DEBUG, stream=sys.stderr,
        format="%(log_color)s%(levelname)-8s%(reset)s %(blue)s%(name)s%(reset)s %(message)s")
    root = logging.getLogger("trainer")
    optim, stop, evaluation = (logging.getLogger(f"trainer.{n}")
                               for n in ("optim", "early_stop", "eval"))
    hp = {"lr": 1.4, "decay": 0.88, "epochs": 8, "seed": 9}
    start = time.monotonic()
    truth = Truth()
    root.info("hyper-parameters → " + " · ".join(f"{k} {v}" for k, v in hp.items()))
    best, best_epoch, waited = None, 0, 0
    for row in logistic_regression(lr=hp["lr"], epochs=hp["epochs"], seed=hp["seed"],
                                   lr_decay=hp["decay"], steps_per_epoch=2):
        e = row["epoch"]
        root.info(f"epoch {e}/{hp['epochs']} ─ loss {row['train_loss']:.4f} • acc "
                  f"{row['train_acc'] * 100:.2f}% • val_loss {row['val_loss']:.4f} • val_acc "
                  f"{row['val_acc'] * 100:.2f}%")
        truth.add(e, loss=row["train_loss"], acc=row["train_acc"] * 100,
                  val_loss=row["val_loss"], val_acc=row["val_acc"] * 100)
        truth.allow(epoch=e)
        step_size = row["lr"] * hp["decay"]
        optim.debug(f"step size now {step_size:.4f}")
        truth.add(e, **{"step size": step_size})
        if best is None or row["val_loss"] < best:
            best, best_epoch, waited = row["val_loss"], e, 0
        else:
            waited += 1
            if waited >= 2:
                stop.warning(f"no improvement for {waited} epochs (best val_loss {best:.4f} at "
                             f"epoch {best_epoch})")
                truth.allow(val_loss=best, epoch=best_epoch)
        last = row
    evaluation.info(f"test → loss {last['val_loss']:.4f} • acc {last['val_acc'] * 100:.2f}%")
    truth.add(**{"test/loss": last["val_loss"], "test/acc": last["val_acc"] * 100})
    root.info(f"done in {time.monotonic() - start:.2f}s")
    truth.write("the values logistic_regression yielded, as handed to the logger (accuracies "
                "x100), at the line's epoch; the step size after decay at the epoch above; "
                "the eval line as test/<name>; warnings optional; params = the "
                "hyper-parameters", libraries=("colorlog", "numpy"), params=hp, rel=1e-9,
                abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"colorlog": train}, root=HELDOUT5)
