"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

river (online learning): ``evaluate.progressive_val_score`` on two of the datasets river ships,

* the dataset's description first (``print(datasets.Phishing())``: a paragraph, then an aligned
  block ``    Name  Phishing`` / `` Samples  1,250`` / ``Features  9`` / ``  Sparse  False``);
* a logistic regression on Phishing with ``Accuracy() + F1() + ROCAUC()``, ``print_every=200``,
  ``show_time`` and ``show_memory``: each report is ``[1,000] Accuracy: 89.10%`` followed by one
  line per further metric, ``F1: 87.49%`` and ``ROCAUC: 94.79% – 00:00:00 – 4.15 KiB`` (the
  step, with a thousands separator, only on the first line); a last report at the end of the
  stream (``[1,250]``); then the script prints the returned metrics (three lines, no step) and
  the model (``StandardScaler | LogisticRegression``);
* a Hoeffding tree regressor on TrumpApproval with ``MAE() + RMSE()``, ``print_every=250``:
  ``[250] MAE: 1.667725`` / ``RMSE: 4.19566``, then the returned metrics.

Truth: the metrics' own ``get()`` at each report, from `evaluate.iter_progressive_val_score`
run on a fresh copy of the same model and data (river is deterministic here: the script checks
that the last values equal those `progressive_val_score` returned), in the printed scale
(``Accuracy``, ``F1``, ``ROCAUC`` are printed as percentages: 100 × get()), step = the
bracketed count; the returned metrics printed at the end are one more point each, with no step.
The description's ``Samples`` and ``Features`` are optional (counts); time and memory are no
metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main

PERCENT = ("Accuracy", "F1", "ROCAUC")


def checkpoints(dataset, make_model, make_metric, step):
    """The metric values at each report, from river's own iterator over the same run."""
    from river import evaluate

    rows = []
    for report in evaluate.iter_progressive_val_score(dataset, make_model(), make_metric(),
                                                      step=step):
        rows.append((report["Step"], {name: metric.get() for name, metric in report.items()
                                      if name not in ("Step", "Time", "Memory")}))
    return rows


def scaled(name, value):
    return 100 * value if name in PERCENT else value


def run_one(truth, dataset_cls, make_model, make_metric, every, **show):
    from river import evaluate

    print(dataset_cls())
    print()
    truth.allow(Samples=dataset_cls().n_samples, Features=dataset_cls().n_features)
    for step, values in checkpoints(dataset_cls(), make_model, make_metric, every):
        for name, value in values.items():
            truth.add(step, **{name: scaled(name, value)})
    model = make_model()
    result = evaluate.progressive_val_score(dataset_cls(), model, make_metric(),
                                            print_every=every, **show)
    print()
    print(result)
    final = {m.__class__.__name__: m.get() for m in result}
    if final != values:
        raise SystemExit(f"river was not deterministic: {final} != {values}")
    for name, value in final.items():
        truth.add(**{name: scaled(name, value)})
    print(model)
    print()


def train() -> None:
    from river import compose, datasets, linear_model, metrics, preprocessing, tree

    truth = Truth()
    run_one(truth, datasets.Phishing,
            lambda: compose.Pipeline(preprocessing.StandardScaler(),
                                     linear_model.LogisticRegression()),
            lambda: metrics.Accuracy() + metrics.F1() + metrics.ROCAUC(), 200,
            show_time=True, show_memory=True)
    run_one(truth, datasets.TrumpApproval,
            lambda: compose.Pipeline(preprocessing.StandardScaler(),
                                     tree.HoeffdingTreeRegressor(grace_period=50)),
            lambda: metrics.MAE() + metrics.RMSE(), 250)
    truth.write("each metric's get() at every report, from evaluate.iter_progressive_val_score "
                "on the same deterministic run (checked against progressive_val_score's "
                "result); Accuracy/F1/ROCAUC in percent as printed; step = the bracketed "
                "count; the returned metrics printed last, no step; Samples/Features optional",
                libraries=("river",), rel=1e-5, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"river": train}, root=HELDOUT3)
