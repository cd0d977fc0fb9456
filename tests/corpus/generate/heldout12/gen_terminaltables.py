"""HELD-OUT fixture (twelfth half, see generate/heldout12/README.md): do not read while tuning
the parser.

Result tables drawn with terminaltables, as detection and classification code prints them
(MMDetection's mAP summary is an ``AsciiTable`` with a footing row): a linear classifier
(scikit-learn's ``SGDClassifier``, log loss, ``partial_fit`` over 8 epochs, standardised
features) on a synthetic
5-class problem. After each epoch the script prints a one-row ``SingleTable`` (box-drawing
characters) with the epoch's train loss and validation accuracy; at the end a
``GithubFlavoredMarkdownTable`` of the whole history, an ``AsciiTable`` of per-class results
in MMDetection's layout (``class | gts | dets | recall | ap`` and an ``mAP`` footing row) and a
two-column ``DoubleTable`` summary (``metric | value``).

Truth: the values the script computed with scikit-learn's metrics and handed to the tables
(``log_loss``, ``accuracy_score``, ``recall_score(average=None)``,
``average_precision_score`` one class against the rest on the validation scores): per epoch
``train loss`` and ``val acc`` at the ``epoch`` the row states (the one-row tables and the
markdown history both); ``<class>/recall`` and ``<class>/ap`` of the per-class table,
``mAP`` (its footing row, the mean of the APs); the summary's ``<metric>`` rows (``best val
acc``, ``final train loss``, ``macro recall``, ``mAP``). Optional: ``gts`` and ``dets``
(counts per class), ``best epoch``. Judgement: the per-class table's rows are classes
(``<class>/<column>``); the history's ``epoch`` column is the step; values printed with
``.4f`` or ``.3f``. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT12, Truth, main

SETTINGS = {"n_samples": 3000, "n_features": 20, "n_classes": 5, "epochs": 8, "alpha": 1e-4,
            "eta0": 0.002, "batch_size": 128, "seed": 4}
CLASSES = ["car", "person", "bicycle", "dog", "traffic light"]


def run() -> None:
    import numpy as np
    from sklearn.datasets import make_classification
    from sklearn.linear_model import SGDClassifier
    from sklearn.metrics import accuracy_score, average_precision_score, log_loss, recall_score
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import StandardScaler
    from terminaltables import AsciiTable, DoubleTable, GithubFlavoredMarkdownTable, SingleTable

    s = SETTINGS
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    x, y = make_classification(n_samples=s["n_samples"], n_features=s["n_features"],
                               n_informative=10, n_classes=s["n_classes"],
                               random_state=s["seed"], class_sep=0.8)
    x_tr, x_va, y_tr, y_va = train_test_split(x, y, test_size=0.3, random_state=s["seed"])
    scaler = StandardScaler().fit(x_tr)
    x_tr, x_va = scaler.transform(x_tr), scaler.transform(x_va)
    model = SGDClassifier(loss="log_loss", alpha=s["alpha"], learning_rate="constant",
                          eta0=s["eta0"], random_state=s["seed"])
    rng = np.random.default_rng(s["seed"])
    labels = np.arange(s["n_classes"])
    truth = Truth()
    history = []
    for epoch in range(1, s["epochs"] + 1):
        order = rng.permutation(len(x_tr))
        for start in range(0, len(order), s["batch_size"]):
            batch = order[start:start + s["batch_size"]]
            model.partial_fit(x_tr[batch], y_tr[batch], classes=labels)
        loss = log_loss(y_tr, model.predict_proba(x_tr), labels=labels)
        acc = accuracy_score(y_va, model.predict(x_va))
        history.append((epoch, loss, acc))
        table = SingleTable([["epoch", "train loss", "val acc"],
                             [str(epoch), f"{loss:.4f}", f"{acc:.4f}"]], title=" train ")
        print(table.table, flush=True)
        truth.add(epoch, **{"train loss": loss, "val acc": acc})

    print("\nhistory:", flush=True)
    rows = [["epoch", "train loss", "val acc"]]
    for epoch, loss, acc in history:
        rows.append([str(epoch), f"{loss:.4f}", f"{acc:.4f}"])
        truth.add(epoch, **{"train loss": loss, "val acc": acc})
    print(GithubFlavoredMarkdownTable(rows).table, flush=True)

    scores = model.predict_proba(x_va)
    predicted = model.predict(x_va)
    recalls = recall_score(y_va, predicted, labels=labels, average=None)
    aps = [average_precision_score(y_va == k, scores[:, k]) for k in labels]
    rows = [["class", "gts", "dets", "recall", "ap"]]
    for k, name in enumerate(CLASSES):
        gts, dets = int(np.sum(y_va == k)), int(np.sum(predicted == k))
        rows.append([name, str(gts), str(dets), f"{recalls[k]:.3f}", f"{aps[k]:.3f}"])
        truth.add(**{f"{name}/recall": recalls[k], f"{name}/ap": aps[k]})
        truth.allow(**{f"{name}/gts": gts, f"{name}/dets": dets})
    m_ap = float(np.mean(aps))
    rows.append(["mAP", "", "", "", f"{m_ap:.3f}"])
    truth.add(mAP=m_ap)
    table = AsciiTable(rows, title="validation")
    table.inner_footing_row_border = True
    print(table.table, flush=True)

    best = max(history, key=lambda h: h[2])
    summary = [["metric", "value"], ["best val acc", f"{best[2]:.4f}"],
               ["best epoch", str(best[0])], ["final train loss", f"{history[-1][1]:.4f}"],
               ["macro recall", f"{np.mean(recalls):.4f}"], ["mAP", f"{m_ap:.4f}"]]
    print(DoubleTable(summary, title=" summary ").table, flush=True)
    truth.add(**{"best val acc": best[2], "final train loss": history[-1][1],
                 "macro recall": float(np.mean(recalls)), "mAP": m_ap})
    truth.allow(**{"best epoch": best[0]})
    truth.write("scikit-learn metrics the script computed and handed to terminaltables: "
                "log_loss/accuracy_score per epoch (train loss, val acc at the epoch), "
                "recall_score and average_precision_score per class (<class>/recall, /ap), "
                "mAP, the summary rows; counts optional; settings = params",
                libraries=("terminaltables", "scikit-learn", "numpy"), params=s,
                rel=1e-3, abs_tol=5e-4)  # .3f in the per-class table


if __name__ == "__main__":
    main(__file__, {"terminaltables": run}, root=HELDOUT12)
