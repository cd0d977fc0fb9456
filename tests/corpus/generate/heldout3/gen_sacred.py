"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

A Sacred experiment run from its command line twice, as its documentation shows
(``ex.run_commandline``, the same as ``python exp.py ...``), around a real logistic regression
(`_models.logistic_regression`):

* ``exp.py print_config with lr=0.8``: Sacred's log lines (``INFO - logreg_demo - Running
  command 'print_config'``), then ``Configuration (modified, added, typechanged, doc):`` and the
  config, one ``key = value`` per line, nested dicts indented, the modified ``lr = 0.8`` in
  blue; ``Completed after 0:00:00`` (Sacred's log lines on stderr, after setuptools'
  deprecation warning for ``pkg_resources``);
* ``exp.py with lr=0.8``: ``Running command 'run'``, ``Started run with ID "1"``, then the
  script's own lines ``Epoch 1/6 - train.loss: 0.5372 - val.loss: 0.5710 - val.acc: 0.7344``,
  each value also given to
  ``_run.log_scalar``, and Sacred's ``INFO - logreg_demo - Result: 0.75`` (the main function's
  return value, the best validation accuracy), ``Completed after 0:00:00``.

Truth: what Sacred recorded, through an observer of its own observer API (``log_metrics``
receives the scalars by name with their steps; ``completed_event`` the result):
``train.loss``, ``val.loss``, ``val.acc`` at their step (the printed epoch), ``Result`` with no
step. The configuration (``print_config``'s dump) is params, flattened (``optimizer.name``);
durations are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main
from _models import logistic_regression


def memory_observer(store: dict):
    from sacred.observers import RunObserver

    class MemoryObserver(RunObserver):
        """Keeps what Sacred hands its observers: the logged scalars and the result."""

        def started_event(self, ex_info, command, host_info, start_time, config, meta_info,
                          _id):
            store["config"] = config
            return _id or 1

        def log_metrics(self, metrics_by_name, info):
            for name, metric in metrics_by_name.items():
                entry = store.setdefault("metrics", {}).setdefault(name, ([], []))
                entry[0].extend(metric["steps"])
                entry[1].extend(metric["values"])

        def completed_event(self, stop_time, result):
            store["result"] = result

    return MemoryObserver()


def make_experiment(store: dict):
    from sacred import Experiment

    ex = Experiment("logreg_demo", save_git_info=False)
    ex.add_config(lr=0.5, lr_decay=0.9, epochs=6, optimizer={"name": "sgd", "steps_per_epoch": 4},
                  seed=1)

    @ex.main
    def run(_run, lr, lr_decay, epochs, optimizer, seed):
        best = 0.0
        for row in logistic_regression(lr=lr, epochs=epochs, seed=seed, lr_decay=lr_decay,
                                       steps_per_epoch=optimizer["steps_per_epoch"]):
            e = row["epoch"]
            print(f"Epoch {e}/{epochs} - train.loss: {row['train_loss']:.4f} - "
                  f"val.loss: {row['val_loss']:.4f} - val.acc: {row['val_acc']:.4f}")
            _run.log_scalar("train.loss", row["train_loss"], e)
            _run.log_scalar("val.loss", row["val_loss"], e)
            _run.log_scalar("val.acc", row["val_acc"], e)
            best = max(best, row["val_acc"])
        return best

    return ex


def train() -> None:
    store: dict = {}
    ex = make_experiment(store)
    ex.run_commandline(["exp.py", "print_config", "with", "lr=0.8"])
    ex.observers.append(memory_observer(store))
    ex.run_commandline(["exp.py", "with", "lr=0.8"])
    truth = Truth()
    for name, (steps, values) in store["metrics"].items():
        for step, value in zip(steps, values):
            truth.add(step, **{name: value})
    truth.add(Result=store["result"])
    config = store["config"]
    params = {"lr": config["lr"], "lr_decay": config["lr_decay"], "epochs": config["epochs"],
              "optimizer.name": config["optimizer"]["name"],
              "optimizer.steps_per_epoch": config["optimizer"]["steps_per_epoch"],
              "seed": config["seed"]}
    truth.write("Sacred's observer API: the scalars log_metrics received (train.loss, "
                "val.loss, val.acc at their step = the printed epoch) and completed_event's "
                "result as Result; params = the run's config as print_config dumps it",
                libraries=("sacred", "numpy"), params=params, rel=1e-9, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"sacred": train}, root=HELDOUT3)
