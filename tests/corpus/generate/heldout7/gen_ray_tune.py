"""HELD-OUT fixture (seventh half, see generate/heldout7/README.md): do not read while tuning the
parser.

Ray Tune's ``Tuner.fit`` over a grid of three learning rates for a scikit-learn
``SGDClassifier`` trained epoch by epoch (``partial_fit``) on the bundled digits, each epoch
reported with ``tune.report``, at ``RunConfig(verbose=2)`` so that every reported result is
printed. Ray's console output (stdout), in its box tables:

* ``Configuration for experiment  digits-sgd`` (search algorithm, scheduler, ``Number of
  trials  3``), ``View detailed results here: ...``;
* ``Trial status: 3 PENDING`` with ``Current time: ...``, ``Logical resource usage: 2.0/2
  CPUs, 0/0 GPUs`` and a table ``Trial name  status  alpha  eta0`` (one row per trial);
* per trial ``Trial train_digits_1a2b3_00000 started with configuration:`` and its config
  table (``alpha  0.0001``, ``eta0  0.05``, ``epochs  4``), then per epoch ``Trial ...
  finished iteration 2 at 2026-12-05 07:14:31. Total running time: 6s`` and a ``Trial ...
  result`` table whose rows are ``checkpoint_dir_name``, ``time_this_iter_s``,
  ``time_total_s``, ``training_iteration  2``, ``train_loss  0.41266``, ``val_acc  0.93611``;
  ``completed after 4 iterations``;
* the final ``Trial status: 3 TERMINATED``, ``Current best trial: 1a2b3_00001 with
  val_acc=0.9583333333333334 and params={'alpha': 0.0001, 'eta0': 0.05, 'epochs': 4}`` and a
  table ``Trial name  status  alpha  eta0  iter  total time (s)  train_loss  val_acc``;
* stderr, Ray's own log records (``2026-12-05 07:14:23,721 INFO worker.py:2038 -- Started a
  local Ray instance.``) and the worker's ``(train_digits pid=6740)`` lines;
* the script's ``best: val_acc=0.9583 train_loss=0.1811 (alpha=0.0001, eta0=0.05)``.

Truth: the ``ResultGrid``: each trial's ``metrics_dataframe`` rows (``train_loss``,
``val_acc`` at ``training_iteration``, the result table's ``training_iteration`` row being
the step, optional), each trial's last row again for the final status table (at its ``iter``
column), the best result's ``val_acc`` (the ``Current best trial`` line, no step) and the
script's line; times (``time_this_iter_s``, ``time_total_s``, ``total time (s)``) and counts
in neither map. The grid's settings are params: ``alpha``, ``eta0`` (a grid: its values'
list as a string), ``epochs``.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT7, Truth, main


def train_digits(config):
    """One trial: SGD on the digits, an epoch per report."""
    import warnings

    import numpy as np
    from ray import tune
    from sklearn.datasets import load_digits
    from sklearn.linear_model import SGDClassifier
    from sklearn.metrics import log_loss
    from sklearn.model_selection import train_test_split

    warnings.simplefilter("ignore")
    x, y = load_digits(return_X_y=True)
    x = x / 16.0
    x_tr, x_va, y_tr, y_va = train_test_split(x, y, test_size=0.2, random_state=0)
    clf = SGDClassifier(loss="log_loss", alpha=config["alpha"], learning_rate="constant",
                        eta0=config["eta0"], random_state=0)
    for _ in range(config["epochs"]):
        clf.partial_fit(x_tr, y_tr, classes=np.arange(10))
        tune.report({"train_loss": log_loss(y_tr, clf.predict_proba(x_tr), labels=range(10)),
                     "val_acc": clf.score(x_va, y_va)})


def run() -> None:
    import tempfile

    import ray
    from ray import tune

    truth = Truth()
    grid = {"alpha": [0.0001, 0.001, 0.01], "eta0": [0.05]}
    with tempfile.TemporaryDirectory() as storage:
        ray.init(num_cpus=2, include_dashboard=False)
        tuner = tune.Tuner(
            train_digits,
            param_space={"alpha": tune.grid_search(grid["alpha"]),
                         "eta0": tune.grid_search(grid["eta0"]), "epochs": 4},
            tune_config=tune.TuneConfig(metric="val_acc", mode="max"),
            run_config=tune.RunConfig(storage_path=storage, name="digits-sgd", verbose=2))
        results = tuner.fit()
        best = results.get_best_result()
        sys.stderr.flush()
        print(f"best: val_acc={best.metrics['val_acc']:.4f} train_loss="
              f"{best.metrics['train_loss']:.4f} (alpha={best.config['alpha']}, "
              f"eta0={best.config['eta0']})", flush=True)
        for result in results:
            frame = result.metrics_dataframe
            for _, row in frame.iterrows():
                step = int(row["training_iteration"])
                truth.add(step, train_loss=row["train_loss"], val_acc=row["val_acc"])
                truth.allow(training_iteration=step)
            last = frame.iloc[-1]
            truth.add(int(last["training_iteration"]), train_loss=last["train_loss"],
                      val_acc=last["val_acc"])
        truth.add(val_acc=best.metrics["val_acc"])  # the "Current best trial" line
        truth.add(val_acc=best.metrics["val_acc"], train_loss=best.metrics["train_loss"])
        ray.shutdown()
    truth.write("ResultGrid: each trial's metrics_dataframe rows at training_iteration (the "
                "result tables), its last row again (the final status table, at iter), the "
                "best result (Current best trial line, the script's line); times in neither "
                "map; the grid = params",
                libraries=("ray", "scikit-learn"),
                params={"alpha": str(grid["alpha"]), "eta0": 0.05, "epochs": 4},
                rel=1e-5, abs_tol=5.1e-5)  # result tables: 5 significant digits


if __name__ == "__main__":
    # Ray would otherwise write an authentication token under the home directory
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    main(__file__, {"ray-tune": run}, root=HELDOUT7)
