"""Development fixture (held out in the first measurement of issue 11, seen since).

A plain NumPy training script with `argparse` defaults and `logging.basicConfig` (root
logger, ``INFO:root:...`` on stderr), printing the way such scripts do:

* ``print(args)``: ``Namespace(lr=0.3, epochs=5, batch_size=64, ...)`` (params);
* a JSON config event: ``{"event": "config", "alpha": 0.0001, "seed": 0, ...}`` (params);
* counts: ``dataset: 256 train samples, 64 val samples, 6 features`` and
  ``num decayed parameter tensors: 1, with 6 parameters``;
* ``INFO:root:step 4: loss=0.6514 grad_norm=0.1234`` per minibatch step;
* ``epoch 1: {'train_loss': np.float64(0.65...), 'val_acc': np.float64(0.75)}`` (NumPy 2
  scalars in a dict's repr);
* phase-led lines: ``Train | epoch 1 | loss 0.6513 | acc 0.7812`` and ``Valid | epoch 1 | ...``;
* over five seeds at the end: ``val_acc: 0.7812 ± 0.0125 (5 seeds)``;
* a final JSON summary line ``{"event": "summary", "val_loss": ..., "val_acc": ...}``.

Truth: the values `_models.logistic_regression` yielded, as printed; the phase lines' as
``train/loss``, ``val/acc`` (the judge takes ``Valid`` and ``val`` as one phase); steps: the
``step N:`` of the log lines, the epoch of ``epoch N:`` and of the phase lines' ``epoch`` column
(the step keys themselves optional); the ``±`` line's mean as ``val_acc`` (its spread optional
as ``val_acc_std``). Params: the argparse namespace (defaults) and the JSON config event. Counts
are no metrics.
"""

from _capture import Truth, main  # noqa: E402
from _models import logistic_regression  # noqa: E402


def train() -> None:
    import argparse
    import json
    import logging

    import numpy as np

    parser = argparse.ArgumentParser()
    parser.add_argument("--lr", type=float, default=0.3)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--steps-per-epoch", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--optimizer", default="sgd")
    parser.add_argument("--out", default="runs/logreg")
    args = parser.parse_args([])
    logging.basicConfig(level=logging.INFO)
    truth = Truth()
    print(args)
    config_event = {"event": "config", "alpha": 0.0001, "seed": args.seed, "momentum": 0.0,
                    "schedule": "constant"}
    print(json.dumps(config_event))
    print("dataset: 256 train samples, 64 val samples, 6 features")
    print("num decayed parameter tensors: 1, with 6 parameters")

    step = 0
    for row in logistic_regression(lr=args.lr, epochs=args.epochs, seed=args.seed,
                                   steps_per_epoch=args.steps_per_epoch):
        epoch = row["epoch"]
        step += args.steps_per_epoch
        logging.info(f"step {step}: loss={row['train_loss']:.4f} grad_norm={row['grad_norm']:.4f}")
        truth.add(step, loss=row["train_loss"], grad_norm=row["grad_norm"])
        truth.allow(step=step)
        shown = {"train_loss": np.float64(row["train_loss"]), "val_acc": np.float64(row["val_acc"])}
        print(f"epoch {epoch}: {shown}")
        truth.add(epoch, **shown)
        print(f"Train | epoch {epoch} | loss {row['train_loss']:.4f} | acc {row['train_acc']:.4f}")
        truth.add(epoch, **{"train/loss": row["train_loss"], "train/acc": row["train_acc"]})
        print(f"Valid | epoch {epoch} | loss {row['val_loss']:.4f} | acc {row['val_acc']:.4f}")
        truth.add(epoch, **{"val/loss": row["val_loss"], "val/acc": row["val_acc"]})
        for _ in range(3):  # "epoch N:", "Train | epoch N", "Valid | epoch N"
            truth.allow(epoch=epoch)
    final = row

    accs = np.array([list(logistic_regression(lr=args.lr, epochs=args.epochs, seed=seed))[-1]
                     ["val_acc"] for seed in range(5)])
    print(f"val_acc: {accs.mean():.4f} ± {accs.std():.4f} (5 seeds)")
    truth.add(val_acc=accs.mean())
    truth.allow(val_acc_std=accs.std())
    summary = {"event": "summary", "val_loss": final["val_loss"], "val_acc": final["val_acc"]}
    print(json.dumps(summary))
    truth.add(val_loss=final["val_loss"], val_acc=final["val_acc"])
    params = {k: v for k, v in vars(args).items()}
    params.update({k: v for k, v in config_event.items() if k != "event"})
    truth.write("the values logistic_regression yielded, as printed (np.float64 reprs at full "
                "precision); step = 'step N:', 'epoch N:' or the phase line's epoch; params = "
                "the argparse namespace and the JSON config event",
                libraries=("numpy",), params=params, rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"plain-numpy": train})
