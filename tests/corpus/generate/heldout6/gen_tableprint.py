"""HELD-OUT fixture (sixth half, see generate/heldout6/README.md): do not read while tuning the
parser.

A training loop that draws its progress as a table with ``tableprint``, one row per epoch as
the epoch ends (the way ``tableprint``'s README and several research codebases do it):

* ``tp.banner('MLP on digits')``, then a two-column hyper-parameter table (``tp.table`` in the
  ``clean`` style: ``lr``, ``alpha``, ``batch_size``...): the config;
* ``tp.header([...], style='round')`` (``╭───╮`` box, ``epoch  train loss  train acc  val
  acc``), then ``tp.row([...])`` after each epoch (``5g`` formatting), ``tp.bottom(4)``;
* a final ``tp.table`` in the ``fancy_grid`` style whose rows are the splits (``train``,
  ``val``, ``test``) and columns ``accuracy`` and ``macro f1``;
* ``best val acc 0.9583 at epoch 9``.

The model is scikit-learn's ``MLPClassifier`` trained epoch by epoch with ``partial_fit`` on the
bundled digits set.

Truth: ``loss_`` after each ``partial_fit`` (``train loss``), ``score`` on the training and
validation sets (``train acc``, ``val acc``) at the row's epoch (the step column, optional);
the final table as ``<split>/<column>`` (rows led by phase words: ``train/accuracy``,
``val/macro f1``, ``test/accuracy``...) from ``accuracy_score``/``f1_score``; the best line's
``best val acc`` a point, its epoch optional. The hyper-parameter table is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT6, Truth, main


def train() -> None:
    import warnings

    import numpy as np
    import tableprint as tp
    from sklearn.datasets import load_digits
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.model_selection import train_test_split
    from sklearn.neural_network import MLPClassifier
    from sklearn.preprocessing import StandardScaler

    warnings.simplefilter("ignore")
    truth = Truth()
    hp = {"hidden": 32, "lr": 0.002, "alpha": 0.0001, "batch_size": 64, "epochs": 12,
          "seed": 3}
    x, y = load_digits(return_X_y=True)
    x_train, x_rest, y_train, y_rest = train_test_split(x, y, test_size=0.4, random_state=3)
    x_val, x_test, y_val, y_test = train_test_split(x_rest, y_rest, test_size=0.5,
                                                    random_state=3)
    scaler = StandardScaler().fit(x_train)
    x_train, x_val, x_test = (scaler.transform(a) for a in (x_train, x_val, x_test))

    tp.banner("MLP on digits")
    tp.table([[k, str(v)] for k, v in hp.items()], ["hyper-parameter", "value"], style="clean")
    clf = MLPClassifier(hidden_layer_sizes=(hp["hidden"],), learning_rate_init=hp["lr"],
                        alpha=hp["alpha"], batch_size=hp["batch_size"], random_state=hp["seed"])
    width = 12
    print(tp.header(["epoch", "train loss", "train acc", "val acc"], width=width))
    best = (0.0, 0)
    for epoch in range(1, hp["epochs"] + 1):
        clf.partial_fit(x_train, y_train, classes=np.arange(10))
        train_acc, val_acc = clf.score(x_train, y_train), clf.score(x_val, y_val)
        print(tp.row([epoch, clf.loss_, train_acc, val_acc], width=width), flush=True)
        truth.add(epoch, **{"train loss": clf.loss_, "train acc": train_acc, "val acc": val_acc})
        truth.allow(epoch=epoch)
        best = max(best, (val_acc, -epoch))
    print(tp.bottom(4, width=width))

    rows = []
    for split, xs, ys in (("train", x_train, y_train), ("val", x_val, y_val),
                          ("test", x_test, y_test)):
        pred = clf.predict(xs)
        acc, f1 = accuracy_score(ys, pred), f1_score(ys, pred, average="macro")
        rows.append([split, acc, f1])
        truth.add(**{f"{split}/accuracy": acc, f"{split}/macro f1": f1})
    tp.table(rows, ["split", "accuracy", "macro f1"], style="fancy_grid")
    print(f"best val acc {best[0]:.4f} at epoch {-best[1]}")
    truth.add(**{"best val acc": best[0]})
    truth.allow(epoch=-best[1])
    truth.write("MLPClassifier.partial_fit's loss_ and score() per epoch at the row's epoch; "
                "accuracy_score/f1_score per split as <split>/<column>; the best val acc; "
                "hyper-parameter table = params",
                libraries=("tableprint", "scikit-learn", "numpy"), params=hp, rel=1e-4,
                abs_tol=5e-5)  # tableprint's 5g: five significant digits


if __name__ == "__main__":
    main(__file__, {"tableprint": train}, root=HELDOUT6)
