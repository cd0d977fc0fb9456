"""HELD-OUT fixture (see tests/corpus/README.md): do not read while tuning the parser.

skorch: a `NeuralNetClassifier` (with an `EpochScoring("roc_auc")` callback) and a
`NeuralNetRegressor` (with `EpochScoring("r2")`, `Checkpoint` and `EarlyStopping`) on
`make_classification` / `make_regression` data. skorch's `PrintLog` prints one table per fit:
``  epoch    roc_auc    train_loss    valid_acc    valid_loss     dur``, a dashed rule, then a
row per epoch as it ends, each improved value coloured (ANSI codes on pipes too), a ``cp``
column of ``+`` where the checkpoint saved, and EarlyStopping's ``Stopping since valid_loss has
not improved in the last 3 epochs.``. After the first fit the script prints the net's repr
(``<class 'skorch.classifier.NeuralNetClassifier'>[initialized](module_=MLP(...))``).

Truth: `net.history` as skorch's `PrintLog` prints it (a subclass records the row it has
just printed: EarlyStopping's last epoch is in the history but not printed), each printed
column under its printed header (``train_loss``, ``valid_acc``, ``roc_auc``, ``r2``), 4
decimals as printed, step = the ``epoch`` column (itself optional); ``dur`` (seconds) and
``cp`` are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import Truth, main  # noqa: E402

NOT_METRICS = ("epoch", "dur", "batches", "train_batch_count", "valid_batch_count",
               "event_cp")


def recording_print_log(truth: Truth):
    """skorch's own PrintLog, recording the history row it has just printed (the epoch that
    EarlyStopping interrupts is in the history but never printed)."""
    from skorch.callbacks import PrintLog

    class RecordingPrintLog(PrintLog):
        def on_epoch_end(self, net, **kwargs):
            super().on_epoch_end(net, **kwargs)
            row = net.history[-1]
            values = {k: v for k, v in row.items()
                      if k not in NOT_METRICS and not k.endswith("_best")}
            truth.add(row["epoch"], **values)
            truth.allow(epoch=row["epoch"])

    return RecordingPrintLog()


def train() -> None:
    import tempfile

    import numpy as np
    import torch
    from sklearn.datasets import make_classification, make_regression
    from skorch import NeuralNetClassifier, NeuralNetRegressor
    from skorch.callbacks import Checkpoint, EarlyStopping, EpochScoring

    class MLP(torch.nn.Module):
        def __init__(self, n_in=20, hidden=32, n_out=2):
            super().__init__()
            self.net = torch.nn.Sequential(torch.nn.Linear(n_in, hidden), torch.nn.ReLU(),
                                           torch.nn.Linear(hidden, n_out))

        def forward(self, X):
            return self.net(X)

    truth = Truth()
    torch.manual_seed(0)
    X, y = make_classification(600, 20, n_informative=8, random_state=0)
    clf = NeuralNetClassifier(MLP, criterion=torch.nn.CrossEntropyLoss, max_epochs=8, lr=0.05,
                              optimizer=torch.optim.SGD, iterator_train__shuffle=True,
                              callbacks=[EpochScoring("roc_auc", lower_is_better=False)],
                              callbacks__print_log=recording_print_log(truth))
    clf.fit(X.astype(np.float32), y.astype(np.int64))
    print(clf)

    torch.manual_seed(1)
    X, y = make_regression(500, 10, n_informative=5, noise=20.0, random_state=1)
    y = ((y - y.mean()) / y.std()).astype(np.float32).reshape(-1, 1)
    with tempfile.TemporaryDirectory() as tmp:
        reg = NeuralNetRegressor(
            MLP, module__n_in=10, module__n_out=1, max_epochs=30, lr=0.05,
            optimizer=torch.optim.SGD, optimizer__momentum=0.9, batch_size=64,
            callbacks=[EpochScoring("r2", lower_is_better=False),
                       Checkpoint(dirname=tmp, monitor="valid_loss_best"),
                       EarlyStopping(patience=3)],
            callbacks__print_log=recording_print_log(truth))
        reg.fit(X.astype(np.float32), y)
    truth.write("net.history rows of both nets as PrintLog printed them, each printed column "
                "under its printed header; step = the epoch column; dur and cp are no metrics",
                libraries=("skorch", "torch", "scikit-learn"), abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"skorch": train}, heldout=True)
