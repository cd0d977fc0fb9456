"""HELD-OUT fixture (sixth half, see generate/heldout6/README.md): do not read while tuning the
parser.

A PyTorch classifier trained with Poutyne's Keras-like ``Model.fit``, as its README shows:

* a small MLP on scikit-learn's bundled breast-cancer set (standardised), SGD, cross-entropy,
  ``batch_metrics=['accuracy']``, ``epoch_metrics=['f1']``;
* Poutyne's ``ProgressionCallback``: a line per epoch ``Epoch: 1/8 Train steps: 6 Val steps: 2
  0.04s loss: 0.602781 acc: 71.260997 fscore_macro: ... val_loss: ... val_acc: ...
  val_fscore_macro: ...``,
  redrawn after every batch with the batch's ``loss`` and ``acc`` and a step counter and ETA
  (the validation batches too, as ``val_loss``/``val_acc``);
* ``ReduceLROnPlateau`` (silent) and ``EarlyStopping(verbose=True)``'s message if it stops;
* ``model.evaluate(..., return_dict_format=True)``: ``Test steps: 3 0.01s test_loss: ...
  test_acc: ... test_fscore_macro: ...``, and the script's own ``test accuracy 93.71``.

Truth: the logs dicts Poutyne hands to its callbacks (the same dicts its progress bar formats):
every bar state is a point, as for Keras's batch frames in the first half: each training batch's
``loss`` and ``acc``, each validation batch's ``val_loss`` and ``val_acc``, at the epoch of the
``Epoch: 1/8`` that leads the redrawn line (its ``Step: 3/6`` counts batches); each epoch's
``loss``, ``acc``, ``fscore_macro``, ``val_loss``, ``val_acc``, ``val_fscore_macro`` at the
epoch; the evaluation's batch states and final logs under their printed ``test_`` names, no
step. Config printed by the script is params; step counts and times are in neither map. The
terminal and pipe captures have the same shape (no colour without colorama), so there is no
``-pipe``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT6, Truth, main


def train() -> None:
    import numpy as np
    import torch
    from poutyne import Callback, EarlyStopping, Model, ReduceLROnPlateau
    from sklearn.datasets import load_breast_cancer
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import StandardScaler

    torch.manual_seed(0)
    truth = Truth()
    config = {"lr": 0.05, "batch_size": 64, "epochs": 8, "hidden": 16, "seed": 0}
    print(f"Training with {config}")
    x, y = load_breast_cancer(return_X_y=True)
    x_train, x_rest, y_train, y_rest = train_test_split(x, y, test_size=0.4, random_state=0)
    x_val, x_test, y_val, y_test = train_test_split(x_rest, y_rest, test_size=0.5,
                                                    random_state=0)
    scaler = StandardScaler().fit(x_train)
    x_train, x_val, x_test = (scaler.transform(a).astype(np.float32)
                              for a in (x_train, x_val, x_test))
    network = torch.nn.Sequential(torch.nn.Linear(30, config["hidden"]), torch.nn.ReLU(),
                                  torch.nn.Linear(config["hidden"], 2))
    optimizer = torch.optim.SGD(network.parameters(), lr=config["lr"])

    class Record(Callback):
        """Keeps the logs dicts Poutyne hands to every callback (and to its progress bar)."""

        epoch = None

        def on_epoch_begin(self, epoch_number, logs):
            self.epoch = epoch_number

        def on_train_batch_end(self, batch_number, logs):
            truth.add(self.epoch, loss=logs["loss"], acc=logs["acc"])

        def on_valid_batch_end(self, batch_number, logs):
            truth.add(self.epoch, **{k if k.startswith("val_") else f"val_{k}": v
                                     for k, v in logs.items()
                                     if k.removeprefix("val_") in ("loss", "acc")})

        def on_test_batch_end(self, batch_number, logs):
            truth.add(**{k if k.startswith("test_") else f"test_{k}": v
                         for k, v in logs.items() if k.removeprefix("test_") in ("loss", "acc")})

        def on_epoch_end(self, epoch_number, logs):
            truth.add(epoch_number, **{k: logs[k] for k in (
                "loss", "acc", "fscore_macro", "val_loss", "val_acc", "val_fscore_macro")})

    record = Record()
    model = Model(network, optimizer, "cross_entropy", batch_metrics=["accuracy"],
                  epoch_metrics=["f1"])
    model.fit(x_train, y_train.astype(np.int64), validation_data=(x_val, y_val.astype(np.int64)),
              epochs=config["epochs"], batch_size=config["batch_size"],
              callbacks=[record, ReduceLROnPlateau(monitor="val_loss", patience=1,
                                                     factor=0.5),
                         EarlyStopping(monitor="val_loss", patience=3, verbose=True)])
    logs = model.evaluate(x_test, y_test.astype(np.int64), batch_size=config["batch_size"],
                          return_dict_format=True, callbacks=[record])
    truth.add(**{k: logs[k] for k in ("test_loss", "test_acc", "test_fscore_macro")})
    print(f"test accuracy {logs['test_acc']:.2f}")
    truth.add(**{"test accuracy": logs["test_acc"]})
    truth.write("the logs dicts Poutyne hands to its callbacks and bar: every training and "
                "validation batch state at its epoch, per epoch at the epoch; evaluate()'s "
                "batch states and test_ dict, no step; config = params",
                libraries=("poutyne", "torch"), params=config, rel=1e-5, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"poutyne": train}, root=HELDOUT6)
