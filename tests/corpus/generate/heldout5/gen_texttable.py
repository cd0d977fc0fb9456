"""HELD-OUT fixture (fifth half, see generate/heldout5/README.md): do not read while tuning the
parser.

Tables drawn with texttable, the way a script reports its runs:

* after training (a logistic regression, `_models.logistic_regression`), the whole history in
  texttable's default decoration: ``+-------+------------+...`` borders, a ``+=======+`` rule
  under the header ``| epoch | train loss | val loss | val acc (%) | lr |``, a ``+---+`` line
  between every two rows; header texts centred, numbers right-aligned, ``set_precision(4)``;
* a one-row table per evaluation (``set_deco(Texttable.HEADER)``: only the ``====`` rule under
  ``split   loss    accuracy``), for the test split;
* a comparison of scikit-learn models by 5-fold ``cross_validate``, rows labelled by model
  (``| LogisticRegression | 0.9561 | 0.9652 | 0.0123 |``), columns ``model``, ``mean
  accuracy``, ``mean f1``, ``std accuracy``, ``fit time (s)``, in ``Texttable.BORDER |
  Texttable.HEADER | Texttable.VLINES`` decoration (no lines between rows); one long model name
  wraps inside its cell (``set_cols_width``);
* a ``Settings`` table of two columns (``| lr | 1.3 |``) printed before training: the config.

Truth: the values `logistic_regression` yielded, as handed to texttable: ``train loss``, ``val
loss``, ``val acc (%)`` (x100) and ``lr`` at the row's ``epoch`` (the step column, optional);
the test row as ``test/loss`` and ``test/accuracy`` (a row led by the phase word ``test`` in a
``split`` column); the comparison's ``mean accuracy``, ``mean f1``, ``std accuracy`` from
``cross_validate``'s returned dict, each named by its row's model and its column
(``LogisticRegression/mean f1``: ENTITY_NAMES, as in the third half's model tables; the model
whose name texttable wrapped over two rows by its whole name), no step; ``fit time (s)`` a timing (neither map). The settings table is
params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT5, Truth, main
from _models import logistic_regression


def train() -> None:
    import numpy as np
    from sklearn.datasets import load_breast_cancer
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_validate
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from texttable import Texttable

    truth = Truth()
    hp = {"lr": 1.3, "lr_decay": 0.85, "epochs": 7, "seed": 6}
    settings = Texttable()
    settings.set_cols_align(["l", "r"])
    settings.add_rows([["setting", "value"], *[[k, v] for k, v in hp.items()]])
    print("Settings")
    print(settings.draw())

    history = Texttable()
    history.set_precision(4)
    history.header(["epoch", "train loss", "val loss", "val acc (%)", "lr"])
    history.set_cols_dtype(["i", "f", "f", "f", "f"])
    last = None
    for row in logistic_regression(lr=hp["lr"], epochs=hp["epochs"], seed=hp["seed"],
                                   lr_decay=hp["lr_decay"]):
        e = row["epoch"]
        print(f"finished epoch {e}/{hp['epochs']}")
        history.add_row([e, row["train_loss"], row["val_loss"], row["val_acc"] * 100, row["lr"]])
        truth.add(e, **{"train loss": row["train_loss"], "val loss": row["val_loss"],
                        "val acc (%)": row["val_acc"] * 100, "lr": row["lr"]})
        truth.allow(epoch=e)
        last = row
    print(history.draw())

    test = Texttable()
    test.set_deco(Texttable.HEADER)
    test.set_precision(4)
    test.header(["split", "loss", "accuracy"])
    test.set_cols_dtype(["t", "f", "f"])
    test.add_row(["test", last["val_loss"], last["val_acc"]])
    print(test.draw())
    truth.add(**{"test/loss": last["val_loss"], "test/accuracy": last["val_acc"]})

    x, y = load_breast_cancer(return_X_y=True)
    models = {
        "LogisticRegression": make_pipeline(StandardScaler(), LogisticRegression(max_iter=500)),
        "RandomForestClassifier(n_estimators=50)": RandomForestClassifier(50, random_state=0),
        "KNeighborsClassifier": make_pipeline(StandardScaler(), KNeighborsClassifier()),
    }
    table = Texttable()
    table.set_deco(Texttable.BORDER | Texttable.HEADER | Texttable.VLINES)
    table.set_cols_width([24, 13, 9, 12, 12])
    table.set_cols_dtype(["t", "f", "f", "f", "f"])
    table.set_precision(4)
    table.header(["model", "mean accuracy", "mean f1", "std accuracy", "fit time (s)"])
    for name, model in models.items():
        cv = cross_validate(model, x, y, cv=5, scoring=("accuracy", "f1"))
        acc, f1 = cv["test_accuracy"], cv["test_f1"]
        table.add_row([name, float(np.mean(acc)), float(np.mean(f1)), float(np.std(acc)),
                       float(np.mean(cv["fit_time"]))])
        truth.add(**{f"{name}/mean accuracy": np.mean(acc), f"{name}/mean f1": np.mean(f1),
                     f"{name}/std accuracy": np.std(acc)})
    print("5-fold cross-validation")
    print(table.draw())
    truth.write("the values logistic_regression yielded as handed to texttable (val acc x100), "
                "at the row's epoch; the test row as test/<column>; cross_validate's "
                "test_accuracy/test_f1 means and std per model row as <model>/<column>, no step; "
                "settings = params",
                libraries=("texttable", "scikit-learn", "numpy"), params=hp, rel=1e-9,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"texttable": train}, root=HELDOUT5)
