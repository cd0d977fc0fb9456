"""HELD-OUT fixture (thirteenth half, see generate/heldout13/README.md): do not read while tuning
the parser.

Training results written as tables with pytablewriter (1.2.1), as a script that reports in
several markups does: a scikit-learn ``MLPClassifier`` trained by ``partial_fit`` for 10
epochs on the standardised wine data (train/validation/test split), every value rounded to 4
decimals before it is handed to the writers (the way one keeps a table narrow). After each
epoch a one-row ``SpaceAlignedTableWriter`` table (``epoch train_loss val_loss val_acc``); at
the end the whole history as a ``MarkdownTableWriter`` table (a ``# history`` heading, ``|``
cells) and as ``JsonLinesTableWriter`` records, the test set's per-class report as an
``RstGridTableWriter`` table (``.. table:: per-class report (test)``, ``+---+`` grid) and a
split summary as a ``LatexTableWriter`` array (``train & 0.0712 & 0.9910 \\\\ \\hline``).

Truth: the values the script computed with scikit-learn and handed to the writers (before
rounding): ``loss_`` after each ``partial_fit`` (``train_loss``), ``log_loss`` and
``accuracy_score`` on the validation part (``val_loss``, ``val_acc``), each at its ``epoch``
(the row's step column; each epoch appears three times: its own table, the markdown history,
the JSON lines); ``classification_report(output_dict=True)`` of the test part as
``<class>/<column>`` (``support`` optional, a count); the summary's ``<split>/loss`` and
``<split>/accuracy`` (rows ``train``, ``val``, ``test``, the first word being the split).
Judgement: the ``epoch`` column is the step, not a metric; the rounding to 4 decimals gives
the tolerance. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT13, Truth, main

SETTINGS = {"seed": 4, "epochs": 10, "hidden_layer_sizes": 16, "learning_rate_init": 0.01,
            "batch_size": 32, "test_size": 0.25, "val_size": 0.2}


def run() -> None:
    import warnings

    import numpy as np
    import pytablewriter as ptw
    from sklearn.datasets import load_wine
    from sklearn.metrics import accuracy_score, classification_report, log_loss
    from sklearn.model_selection import train_test_split
    from sklearn.neural_network import MLPClassifier
    from sklearn.preprocessing import StandardScaler

    warnings.simplefilter("ignore")
    s = SETTINGS
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    data = load_wine()
    names = list(data.target_names)
    x_rest, x_test, y_rest, y_test = train_test_split(
        data.data, data.target, test_size=s["test_size"], random_state=s["seed"],
        stratify=data.target)
    x_train, x_val, y_train, y_val = train_test_split(
        x_rest, y_rest, test_size=s["val_size"], random_state=s["seed"], stratify=y_rest)
    scaler = StandardScaler().fit(x_train)
    x_train, x_val, x_test = (scaler.transform(x) for x in (x_train, x_val, x_test))
    model = MLPClassifier(hidden_layer_sizes=(s["hidden_layer_sizes"],),
                          learning_rate_init=s["learning_rate_init"],
                          batch_size=s["batch_size"], random_state=s["seed"])
    classes = np.unique(data.target)
    truth = Truth()
    history = []
    headers = ["epoch", "train_loss", "val_loss", "val_acc"]
    for epoch in range(1, s["epochs"] + 1):
        model.partial_fit(x_train, y_train, classes=classes)
        row = {"train_loss": model.loss_,
               "val_loss": log_loss(y_val, model.predict_proba(x_val), labels=classes),
               "val_acc": accuracy_score(y_val, model.predict(x_val))}
        history.append((epoch, row))
        truth.add(epoch, **row)
        ptw.SpaceAlignedTableWriter(
            headers=headers, value_matrix=[[epoch] + [round(v, 4) for v in row.values()]]
        ).write_table()
        print(flush=True)
    matrix = [[epoch] + [round(v, 4) for v in row.values()] for epoch, row in history]
    ptw.MarkdownTableWriter(table_name="history", headers=headers,
                            value_matrix=matrix).write_table()
    print()
    ptw.JsonLinesTableWriter(headers=headers, value_matrix=matrix).write_table()
    for epoch, row in history:
        truth.add(epoch, **row)  # the markdown history
        truth.add(epoch, **row)  # the JSON lines
    print(flush=True)
    report = classification_report(y_test, model.predict(x_test), target_names=names,
                                   output_dict=True)
    per_class = []
    for cls in names:
        cells = report[cls]
        per_class.append([cls] + [round(cells[k], 4) for k in ("precision", "recall",
                                                                  "f1-score")]
                         + [int(cells["support"])])
        truth.add(**{f"{cls}/{k}": cells[k] for k in ("precision", "recall", "f1-score")})
        truth.allow(**{f"{cls}/support": cells["support"]})
    ptw.RstGridTableWriter(table_name="per-class report (test)",
                           headers=["class", "precision", "recall", "f1-score", "support"],
                           value_matrix=per_class).write_table()
    print(flush=True)
    summary = []
    for split, x, y in (("train", x_train, y_train), ("val", x_val, y_val),
                        ("test", x_test, y_test)):
        loss = log_loss(y, model.predict_proba(x), labels=classes)
        acc = accuracy_score(y, model.predict(x))
        summary.append([split, round(loss, 4), round(acc, 4)])
        truth.add(**{f"{split}/loss": loss, f"{split}/accuracy": acc})
    ptw.LatexTableWriter(headers=["split", "loss", "accuracy"],
                         value_matrix=summary).write_table()
    print(flush=True)
    truth.write("scikit-learn values handed to the pytablewriter writers (before rounding to 4 "
                "decimals): loss_, validation log_loss and accuracy per epoch (at the epoch "
                "column; three tables each), classification_report(output_dict=True) of the "
                "test part as <class>/<column> (support optional), per-split log_loss and "
                "accuracy as <split>/loss, <split>/accuracy",
                libraries=("pytablewriter", "scikit-learn", "numpy"), params=s, rel=1e-4,
                abs_tol=5.1e-5)


if __name__ == "__main__":
    main(__file__, {"pytablewriter": run}, root=HELDOUT13)
