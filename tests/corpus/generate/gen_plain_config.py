"""A plain script that prints its configuration before training, the ways the standard library
makes easy, then logs metrics through `logging`:

* ``print(args)`` of its `argparse` defaults: ``Namespace(model='logreg', lr=0.5, ...)``;
* a JSON ``hparams`` event: ``{"event": "hparams", "hparams": {"lr": 0.5, "l2": 0.0001, ...}}``;
* ``INFO:root:step 8: loss=0.6120 grad_norm=0.1830`` (the root logger's default format, on
  stderr) after each epoch's last step;
* ``2026-12-04 18:00:00 INFO Epoch 2 train_loss=0.6120 val_loss=0.6305`` (a dated format, on
  stdout: ``Epoch N`` after a log prefix);
* ``eval: accuracy=0.8125 loss=0.6305`` after every second epoch (an ``eval`` section);
* ``test acc: 0.7406 ± 0.0717 over 5 seeds`` (a mean and its spread);
* a last JSON line: ``{"final_val_loss": 0.6235, "final_val_acc": 0.6094, "epochs_run": 4}``.

Truth: the values `_models.logistic_regression` yielded, as printed, at the step the line states
(``step N:``, ``Epoch N``; the step keys themselves optional); ``eval/accuracy`` and
``eval/loss`` for the eval section; ``test acc`` for the mean of the ``±`` line (its spread
optional as ``test acc_std``); the final line's values without a step (``epochs_run``, a count,
optional). Params: the argparse namespace and the ``hparams`` event (flattened ``hparams.lr``):
no metrics.
"""

from _capture import Truth, main
from _models import logistic_regression


def train() -> None:
    import argparse
    import json
    import logging
    import sys

    import numpy as np

    parser = argparse.ArgumentParser(description="logistic regression")
    parser.add_argument("--model", default="logreg")
    parser.add_argument("--lr", type=float, default=0.5)
    parser.add_argument("--lr-decay", type=float, default=0.9)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--steps-per-epoch", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--eval-every", type=int, default=2)
    args = parser.parse_args([])
    print(args)
    hparams = {"lr": args.lr, "l2": 0.0001, "init": "zeros", "shuffle": False}
    print(json.dumps({"event": "hparams", "hparams": hparams}))
    logging.basicConfig(level=logging.INFO)
    dated = logging.getLogger("train")
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s",
                                           datefmt="%Y-%m-%d %H:%M:%S"))
    dated.addHandler(handler)
    dated.propagate = False
    dated.setLevel(logging.INFO)

    truth = Truth()
    for row in logistic_regression(lr=args.lr, epochs=args.epochs, seed=args.seed,
                                   steps_per_epoch=args.steps_per_epoch, lr_decay=args.lr_decay):
        epoch, step = row["epoch"], row["epoch"] * args.steps_per_epoch
        logging.info(f"step {step}: loss={row['train_loss']:.4f} "
                     f"grad_norm={row['grad_norm']:.4f}")
        truth.add(step, loss=row["train_loss"], grad_norm=row["grad_norm"])
        truth.allow(step=step)
        dated.info(f"Epoch {epoch} train_loss={row['train_loss']:.4f} "
                   f"val_loss={row['val_loss']:.4f}")
        truth.add(epoch, train_loss=row["train_loss"], val_loss=row["val_loss"])
        truth.allow(Epoch=epoch)
        if epoch % args.eval_every == 0:
            print(f"eval: accuracy={row['val_acc']:.4f} loss={row['val_loss']:.4f}")
            truth.add(**{"eval/accuracy": row["val_acc"], "eval/loss": row["val_loss"]})
    final = row
    accs = np.array([list(logistic_regression(lr=args.lr, epochs=args.epochs, seed=seed,
                                              steps_per_epoch=args.steps_per_epoch))[-1]
                     ["val_acc"] for seed in range(5)])
    print(f"test acc: {accs.mean():.4f} ± {accs.std():.4f} over 5 seeds")
    truth.add(**{"test acc": accs.mean()})
    truth.allow(**{"test acc_std": accs.std()})
    print(json.dumps({"final_val_loss": round(final["val_loss"], 4),
                      "final_val_acc": round(final["val_acc"], 4), "epochs_run": args.epochs}))
    truth.add(final_val_loss=final["val_loss"], final_val_acc=final["val_acc"])
    truth.allow(epochs_run=args.epochs)
    params = dict(vars(args))
    params.update({f"hparams.{k}": v for k, v in hparams.items()})
    truth.write("the values logistic_regression yielded, as printed; step = 'step N:' or "
                "'Epoch N'; params = the argparse namespace and the hparams event",
                libraries=("numpy",), params=params, rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"plain-config": train})
