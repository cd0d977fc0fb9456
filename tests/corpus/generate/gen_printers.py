"""Development fixture: the everyday ways a Python script prints its results, whatever the
library it trained with.

A logistic regression trained in NumPy (`_models.logistic_regression` for the epoch history,
a minibatch SGD loop here for the per-step log, five folds for cross-validation) and a tiny
PyTorch classifier; the script then prints what it got as people do:

* polars: ``print(pl.DataFrame(step_log))``, a box with ``shape: (100, 4)``, a dtype row, the
  ``╞═╡`` rule and a ``…`` row where polars cut the middle out; a per-epoch frame whole; and
  one of ten columns, cut across (a ``…`` column); a column as a polars Series (``Series:
  'loss' [f64]``, cut, its values at their positions); a one-cell frame (``select(min())``);
* pandas: ``print(history)`` of the per-epoch frame (the index numbers the epochs), wide, so
  pandas wraps it into two column blocks (a trailing ``\\``); ``print(steps)`` of a 100-row
  per-step frame, cut (a ``..`` row, ``[100 rows x 3 columns]``); ``to_markdown()`` and
  ``to_string(index=False)`` of the best epochs; a frame with ``NaN`` where validation did not run; ``print(history.T)`` (the epochs across, each row
  a series); a long-format log (a row per epoch and split,
  ``split`` holding ``train``/``valid``);
* a Keras-style history dict of lists spread by ``pprint``, and ``print`` of a
  ``cross_validate``-style dict of NumPy arrays (``'test_accuracy': array([0.86, ...])``);
* ``print(series)`` of the test scores (``Name: test, dtype: float64``), ``print(cv[[...]].mean())``
  (two lines over ``dtype: float64``), ``print(history.iloc[-1])`` (``Name: 11, dtype: ...``),
  ``print(history["val_loss"])`` (a column alone, over ``Name: val_loss``); ``to_json()`` of the
  first epochs (a dict per column keyed by the index);
* ``print(cv.describe())`` of the folds' scores, a Series' ``describe()`` (a bootstrap of the
  test accuracy, ``Name: test_accuracy``), and polars's ``describe()`` of six seeds' scores;
* ``groupby("split").agg(["mean", "std"])`` over three seeds (a two-row header, rows labelled by
  phase: ``train/loss/mean``);
* ``pprint`` of a nested result dict (wrapped over lines);
* a dataclass's and a NamedTuple's repr (``EvalResult(loss=0.31, acc=0.92)``), and a dataclass
  of dataclasses (``Report(epoch=12, train=Split(loss=..., acc=...), val=Split(...))``, read as
  ``train/loss`` at step 12);
* ``print(dict)`` of NumPy scalars (``np.float64(0.41)``);
* a dict of scalar tensors, torchmetrics' way (``{'acc': tensor(0.9100)}``), on one line and
  spread over lines by ``pprint``.

Truth: the objects' own values, as printed: each frame's visible rows (polars and pandas show
the first and last five rows of a long frame) under their column names, at the step their
step column (polars's ``step``, ``epoch``) or their pandas index gives; a Series' and a dict's
values under their labels and keys (nested keys joined with ``/``; a Series named for a
phase, ``Name: test``, under ``test/``), with no step (a list's
numbers too; ``fit_time`` is no metric);
``describe()``'s statistics as ``<statistic>/<column>`` (``mean/accuracy``, row then column as
any labelled table; its ``count`` and polars's ``null_count`` rows are no metric, its quantile
rows optional as ``25%/accuracy``; the
``fold`` column's statistics are none); the tensors' values rounded as torch prints them (four decimals). The step columns and
the pandas index are optional (the judge's step words); the long-format log's names carry
their split's phase (``train/loss``, ``val/acc``). No printed configuration.
"""

from dataclasses import dataclass
from typing import NamedTuple

from _capture import Truth, main
from _models import logistic_regression


@dataclass
class EvalResult:
    loss: float
    acc: float


@dataclass
class Split:
    loss: float
    acc: float


@dataclass
class Report:
    epoch: int
    train: Split
    val: Split


class Scores(NamedTuple):
    precision: float
    recall: float


def _data(seed: int):
    import numpy as np

    rng = np.random.default_rng(seed)
    w_true = rng.normal(size=5)
    x = rng.normal(size=(400, 5))
    y = (rng.random(400) < 1 / (1 + np.exp(-x @ w_true))).astype(float)
    return x, y


def _sgd_log(steps: int, seed: int = 1) -> list[dict]:
    """A per-step log of minibatch SGD on a logistic regression: step, loss, lr, grad_norm."""
    import numpy as np

    x, y = _data(seed)
    rng = np.random.default_rng(seed)
    w, lr, log = np.zeros(5), 0.5, []
    for step in range(1, steps + 1):
        idx = rng.integers(0, len(x), 32)
        p = 1 / (1 + np.exp(-x[idx] @ w))
        loss = float(-np.mean(y[idx] * np.log(p) + (1 - y[idx]) * np.log(1 - p)))
        grad = x[idx].T @ (p - y[idx]) / len(idx)
        w = w - lr * grad
        log.append({"step": step, "loss": loss, "lr": lr, "grad_norm": float(np.linalg.norm(grad))})
        lr *= 0.99
    return log


def _folds(k: int = 5) -> list[dict]:
    """Cross-validation of a logistic regression: accuracy and F1 on each held-out fold, and
    the seconds each fold took."""
    import time

    import numpy as np

    x, y = _data(2)
    rows = []
    for fold in range(k):
        started = time.perf_counter()
        test = np.arange(len(x)) % k == fold
        w = np.zeros(5)
        for _ in range(200):
            p = 1 / (1 + np.exp(-x[~test] @ w))
            w -= 0.5 * x[~test].T @ (p - y[~test]) / (~test).sum()
        pred = (x[test] @ w > 0).astype(float)
        tp = float(((pred == 1) & (y[test] == 1)).sum())
        precision, recall = tp / max(pred.sum(), 1), tp / max(y[test].sum(), 1)
        rows.append({"fold": fold, "accuracy": float((pred == y[test]).mean()),
                     "f1": 2 * precision * recall / (precision + recall),
                     "fit_time": time.perf_counter() - started})
    return rows


def train() -> None:
    from pprint import pprint

    import numpy as np
    import pandas as pd
    import polars as pl
    import torch

    truth = Truth()
    shown = 5  # polars and pandas show a long frame's first and last five rows

    def visible(n: int) -> list[int]:
        return list(range(n)) if n <= 2 * shown else [*range(shown), *range(n - shown, n)]

    # polars: the per-step log, cut in the middle
    log = pl.DataFrame(_sgd_log(100))
    print(log)
    for i in visible(log.height):
        row = log.row(i, named=True)
        truth.add(row["step"], loss=row["loss"], lr=row["lr"], grad_norm=row["grad_norm"])
        truth.allow(step=row["step"])

    # one column of the log as a polars Series: "Series: 'loss' [f64]", a "…" cut
    losses = log["loss"]
    print(losses)
    for i in visible(len(losses)):
        truth.add(i, loss=losses[i])

    # a summary computed in polars: a frame of one cell
    best = log.select(pl.col("loss").min().alias("best_loss"))
    print(best)
    truth.add(best_loss=best.item())

    # the per-epoch history: polars whole, then pandas (index = epoch - 1), wrapped in blocks
    epochs = list(logistic_regression(lr=0.4, epochs=12, seed=3, lr_decay=0.9))
    by_epoch = pl.DataFrame([{k: r[k] for k in ("epoch", "train_loss", "val_loss", "val_acc")}
                             for r in epochs[:6]])
    print(by_epoch)
    for row in by_epoch.iter_rows(named=True):
        truth.add(row["epoch"], **{k: v for k, v in row.items() if k != "epoch"})
        truth.allow(epoch=row["epoch"])

    # all the epoch's columns in polars: wider than its 8 shown columns, cut across with "…"
    wide = pl.DataFrame([{"epoch": r["epoch"], "train_loss": r["train_loss"],
                          "train_acc": r["train_acc"], "val_loss": r["val_loss"],
                          "val_acc": r["val_acc"], "lr": r["lr"], "grad_norm": r["grad_norm"],
                          "gap_loss": r["val_loss"] - r["train_loss"],
                          "gap_acc": r["train_acc"] - r["val_acc"],
                          "val_err": 1 - r["val_acc"]} for r in epochs[6:9]])
    print(wide)
    shown_cols = wide.columns[:4] + wide.columns[-4:]  # polars shows the first and last four
    for row in wide.iter_rows(named=True):
        truth.add(row["epoch"], **{k: row[k] for k in shown_cols if k != "epoch"})
        truth.allow(epoch=row["epoch"])

    pd.set_option("display.width", 80)
    pd.set_option("display.max_columns", None)
    history = pd.DataFrame(epochs).drop(columns=["epoch"]).rename(
        columns={"train_acc": "train_accuracy", "val_acc": "val_accuracy",
                 "lr": "learning_rate", "grad_norm": "last_grad_norm"})
    history = history[["train_loss", "train_accuracy", "val_loss", "val_accuracy",
                       "learning_rate", "last_grad_norm"]]
    print(history)
    for index, row in history.iterrows():
        truth.add(index, **row.to_dict())

    # evaluation every other epoch: pandas prints NaN where it did not run
    sparse = pd.DataFrame([{"epoch": r["epoch"], "train_loss": r["train_loss"],
                            "val_loss": r["val_loss"] if r["epoch"] % 2 == 0 else None}
                           for r in logistic_regression(lr=0.25, epochs=6, seed=9)])
    print(sparse)
    for row in sparse.itertuples(index=False):
        truth.add(row.epoch, train_loss=row.train_loss)
        if row.epoch % 2 == 0:
            truth.add(row.epoch, val_loss=row.val_loss)
        truth.allow(epoch=row.epoch)

    # a short run's history printed on its side: the epochs across (0-based, pandas's index)
    side = pd.DataFrame(list(logistic_regression(lr=0.3, epochs=5, seed=7)))[["val_loss", "val_acc"]]
    print(side.T)
    for index, row in side.iterrows():
        truth.add(index, **row.to_dict())

    # a long-format log: a record per epoch and split, as a script appends them
    records = []
    for r in list(logistic_regression(lr=0.2, epochs=4, seed=6)):
        records.append({"epoch": r["epoch"], "split": "train", "loss": r["train_loss"],
                        "acc": r["train_acc"]})
        records.append({"epoch": r["epoch"], "split": "valid", "loss": r["val_loss"],
                        "acc": r["val_acc"]})
    long_log = pd.DataFrame(records)
    print(long_log)
    for rec in records:
        phase = "train" if rec["split"] == "train" else "val"
        truth.add(rec["epoch"], **{f"{phase}/loss": rec["loss"], f"{phase}/acc": rec["acc"]})
        truth.allow(epoch=rec["epoch"])

    steps = pd.DataFrame(_sgd_log(100, seed=4))[["loss", "grad_norm"]].rename(
        columns={"loss": "batch_loss", "grad_norm": "batch_grad_norm"})
    print(steps)
    for i in visible(len(steps)):
        truth.add(i, **steps.iloc[i].to_dict())

    last = history.tail(3).rename(columns=lambda c: f"{c}_last3")[
        ["train_loss_last3", "val_accuracy_last3"]]
    last.index.name = "epoch"
    last.index += 1
    print(last.to_markdown())
    for epoch, row in last.iterrows():
        truth.add(epoch, **row.to_dict())
        truth.allow(epoch=epoch)

    best = history.assign(epoch=history.index + 1).nsmallest(3, "val_loss")[
        ["epoch", "val_loss", "val_accuracy"]]
    print(best.to_string(index=False))  # the three best epochs, by validation loss
    for row in best.itertuples(index=False):
        truth.add(row.epoch, val_loss=row.val_loss, val_accuracy=row.val_accuracy)
        truth.allow(epoch=row.epoch)

    print(history["val_loss"])  # one column: its index, a value a line, "Name: val_loss"
    for index, value in history["val_loss"].items():
        truth.add(index, val_loss=value)

    first = history[["train_loss", "val_loss"]].head(3)
    print(first.to_json())  # {"train_loss":{"0":0.549...,"1":...},"val_loss":{...}}
    for index, row in first.iterrows():
        truth.add(index, **row.to_dict())

    print(history.iloc[-1])  # the last epoch's row: "Name: 11, dtype: float64"
    truth.add(**history.iloc[-1].to_dict())

    # the history as Keras keeps it (a dict of lists, one number an epoch), spread by pprint
    keras_names = {"loss": "train_loss", "accuracy": "train_acc", "val_loss": "val_loss",
                   "val_accuracy": "val_acc"}
    history_dict = {name: [r[key] for r in epochs[:8]] for name, key in keras_names.items()}
    pprint(history_dict)
    for name, values in history_dict.items():
        for value in values:
            truth.add(**{name: value})

    # cross-validation: scikit-learn's cross_validate shape (arrays), the folds' mean, describe()
    folds = _folds()
    cv_result = {"fit_time": np.array([f.pop("fit_time") for f in folds]),
                 "test_accuracy": np.array([f["accuracy"] for f in folds]),
                 "test_f1": np.array([f["f1"] for f in folds])}
    with np.printoptions(precision=4, floatmode="fixed"):  # times of any length print alike
        print(cv_result)
    for name in ("test_accuracy", "test_f1"):
        for value in cv_result[name]:
            truth.add(**{name: value})
    cv = pd.DataFrame(folds)
    print(cv[["accuracy", "f1"]].mean())
    for name, value in cv[["accuracy", "f1"]].mean().items():
        truth.add(**{name: value})
    described = cv.describe()
    print(described)
    for stat in ("mean", "std", "min", "max"):
        for column in ("accuracy", "f1"):
            truth.add(**{f"{stat}/{column}": described.loc[stat, column]})
    for stat in ("25%", "50%", "75%"):
        for column in ("accuracy", "f1"):
            truth.allow(**{f"{stat}/{column}": described.loc[stat, column]})
    seeds = pl.DataFrame([{"val_loss": r["val_loss"], "val_acc": r["val_acc"]} for r in (
        list(logistic_regression(lr=0.4, epochs=8, seed=seed))[-1] for seed in range(10, 16))])
    polars_described = seeds.describe()
    print(polars_described)  # a "statistic" column: count, null_count, mean, ..., 25%, ..., max
    for row in polars_described.iter_rows(named=True):
        stat = row["statistic"]
        for column in ("val_loss", "val_acc"):
            if stat in ("25%", "50%", "75%"):
                truth.allow(**{f"{stat}/{column}": row[column]})
            elif stat not in ("count", "null_count"):
                truth.add(**{f"{stat}/{column}": row[column]})

    # three seeds' final train and valid scores, summarised by groupby("split").agg: a two-row
    # header over rows labelled by phase (train/loss/mean)
    runs = pd.DataFrame([{"seed": seed, "split": split, "loss": last[f"{key}_loss"],
                          "acc": last[f"{key}_acc"]}
                         for seed in range(3)
                         for last in [list(logistic_regression(lr=0.3, epochs=4, seed=20 + seed))[-1]]
                         for split, key in (("train", "train"), ("valid", "val"))])
    grouped = runs.groupby("split")[["loss", "acc"]].agg(["mean", "std"])
    print(grouped)
    for split, row in grouped.iterrows():
        phase = "train" if split == "train" else "val"
        truth.add(**{f"{phase}/{column}/{stat}": value for (column, stat), value in row.items()})

    # the test split: a Series of scores, a nested dict, a dataclass, a NamedTuple, NumPy scalars
    x, y = _data(5)
    w = np.zeros(5)
    for _ in range(150):
        p = 1 / (1 + np.exp(-x[:300] @ w))
        w -= 0.5 * x[:300].T @ (p - y[:300]) / 300
    prob = 1 / (1 + np.exp(-x[300:] @ w))
    pred, yt = (prob > 0.5).astype(float), y[300:]
    tp = float(((pred == 1) & (yt == 1)).sum())
    precision, recall = tp / pred.sum(), tp / yt.sum()
    test_loss = float(-np.mean(yt * np.log(prob) + (1 - yt) * np.log(1 - prob)))
    test = pd.Series({"accuracy": float((pred == yt).mean()), "precision": precision,
                      "recall": recall, "f1": 2 * precision * recall / (precision + recall),
                      "log_loss": test_loss}, name="test")
    print(test)  # "Name: test": its labels are the test split's (test/accuracy)
    truth.add(**{f"test/{k}": v for k, v in test.items()})
    boot_rng = np.random.default_rng(8)
    boot = pd.Series([float((pred[i] == yt[i]).mean()) for i in (
        boot_rng.integers(0, len(yt), len(yt)) for _ in range(20))], name="test_accuracy")
    summary = boot.describe()  # a bootstrap of the test accuracy
    print(summary)
    for stat in ("mean", "std", "min", "max"):
        truth.add(**{f"{stat}/test_accuracy": summary[stat]})

    train_pred = (x[:300] @ w > 0).astype(float)
    results = {"model": "logreg",
               "scores": {"train": {"accuracy": float((train_pred == y[:300]).mean()),
                                    "loss": float(history["train_loss"].iloc[-1])},
                          "test": {"accuracy": float(test["accuracy"]), "loss": test_loss,
                                   "roc_auc": _auc(prob, yt)}},
               "epochs": len(epochs)}
    pprint(results)
    for split, scores in results["scores"].items():
        truth.add(**{f"scores/{split}/{k}": v for k, v in scores.items()})
    truth.allow(epochs=len(epochs))

    report = Report(epoch=len(epochs),
                    train=Split(loss=round(epochs[-1]["train_loss"], 4), acc=round(epochs[-1]["train_acc"], 4)),
                    val=Split(loss=round(epochs[-1]["val_loss"], 4), acc=round(epochs[-1]["val_acc"], 4)))
    print(report)  # a dataclass of dataclasses: "Report(epoch=12, train=Split(loss=..., acc=...), ...)"
    truth.add(report.epoch, **{"train/loss": report.train.loss, "train/acc": report.train.acc,
                               "val/loss": report.val.loss, "val/acc": report.val.acc})
    truth.allow(epoch=report.epoch)

    holdout = EvalResult(loss=round(test_loss, 4), acc=round(float(test["accuracy"]), 4))
    print(holdout)
    truth.add(loss=holdout.loss, acc=holdout.acc)
    pr = Scores(round(precision, 4), round(recall, 4))
    print(pr)
    truth.add(precision=pr.precision, recall=pr.recall)
    scalars = {"val_loss": np.float64(epochs[-1]["val_loss"]),
               "val_acc": np.float32(epochs[-1]["val_acc"])}
    print(scalars)
    truth.add(**{k: float(v) for k, v in scalars.items()})

    # PyTorch: a tiny classifier, its metrics as scalar tensors
    torch.manual_seed(0)
    xt, yt_t = torch.tensor(x, dtype=torch.float32), torch.tensor(y, dtype=torch.long)
    model = torch.nn.Linear(5, 2)
    optim = torch.optim.SGD(model.parameters(), lr=0.5)
    for _ in range(30):
        optim.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(xt[:300]), yt_t[:300])
        loss.backward()
        optim.step()
    logits = model(xt[300:])
    val_loss = torch.nn.functional.cross_entropy(logits, yt_t[300:])
    guess = logits.argmax(1)
    acc = (guess == yt_t[300:]).float().mean()
    print({"loss": val_loss, "acc": acc})  # "tensor(0.4861, grad_fn=<NllLossBackward0>)"
    truth.add(loss=round(val_loss.item(), 4), acc=round(acc.item(), 4))
    tp_t = ((guess == 1) & (yt_t[300:] == 1)).sum()
    metrics = {"BinaryAccuracy": acc,
               "BinaryPrecision": tp_t / (guess == 1).sum(),
               "BinaryRecall": tp_t / (yt_t[300:] == 1).sum(),
               "BinarySpecificity": ((guess == 0) & (yt_t[300:] == 0)).sum() / (yt_t[300:] == 0).sum()}
    metrics["BinaryF1Score"] = 2 * metrics["BinaryPrecision"] * metrics["BinaryRecall"] / (
        metrics["BinaryPrecision"] + metrics["BinaryRecall"])
    pprint(metrics)
    truth.add(**{k: round(v.item(), 4) for k, v in metrics.items()})

    truth.write("the printed objects' own values: polars/pandas frames' visible rows (first and "
                "last five of a long frame) at their step column or pandas index; Series, dicts, "
                "dataclass/NamedTuple fields unstepped; describe() as <statistic>/<column> (count "
                "none, quantiles optional); tensors as torch rounds them (4 decimals)",
                libraries=("numpy", "pandas", "polars", "torch", "tabulate"),
                rel=1e-3, abs_tol=5e-5)


def _auc(prob, y) -> float:
    """The ROC AUC: the share of (positive, negative) pairs ranked right, ties half."""
    pos, neg = prob[y == 1], prob[y == 0]
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


if __name__ == "__main__":
    main(__file__, {"printers": train})
