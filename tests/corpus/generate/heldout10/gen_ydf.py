"""HELD-OUT fixture (tenth half, see generate/heldout10/README.md): do not read while tuning the
parser.

Tabular classification with YDF (Yggdrasil Decision Forests), as its getting-started guide
writes it: a pandas frame (two numerical and one categorical feature, a yes/no label, 1500
seeded rows), ``ydf.verbose(2)`` so the C++ trainer logs in full, a
``GradientBoostedTreesLearner(num_trees=30)`` trained on 1000 rows, then ``print(model.evaluate
(test))`` on the other 500. YDF's Python side prints ``Train model on 1000 examples`` and
``Model trained in 0:00:00.03`` on stdout; its C++ logs on stderr hold the data spec (per
column ``mean:49.489 min:18 max:79 sd:17.8455``), the training lines of the first trees and
the last (``Train tree 1/30 train-loss:1.225819 train-accuracy:0.637053 valid-loss:1.263797
valid-accuracy:0.610390 [total:0.00s iter:0.00s]``), the truncation to the best tree count
(``Final model num-trees:28 valid-loss:... valid-accuracy:...``) and the model's self
evaluation (``Loss (BINOMIAL_LOG_LIKELIHOOD): 0.850626``, ``Accuracy: 0.805195
CI95[W][0 1]``, ``ErrorRate: : 0.194805``, a confusion table). The evaluation's text report
follows on stdout (``accuracy: 0.77``, a confusion matrix, ``ROC AUC``, ``PR AUC``, ``loss``,
``num examples``).

Truth: the model's own records: ``model.training_logs()`` (one entry per tree, with the
validation ``evaluation`` and the ``training_evaluation``, each with ``loss`` and
``accuracy``) as ``train-loss``, ``train-accuracy``, ``valid-loss``, ``valid-accuracy`` at
the tree's number (``Train tree 3/30`` states step 3) for the trees YDF logs: the first three
and the last (YDF logs the others only when a time interval has passed, which trees this small
never reach; checked on the captures). The ``Final model`` line's ``valid-loss`` and
``valid-accuracy`` are the log entry of the kept tree count (no step; ``num-trees`` optional);
the self evaluation from ``model.self_evaluation()`` (``Loss``, ``Accuracy``, ``ErrorRate`` as
one minus the accuracy; the ``CI95`` bounds optional); the test report from the ``Evaluation``
``model.evaluate`` returns (``accuracy``, ``loss``, ``ROC AUC``, ``PR AUC`` of its
characteristic; ``Num thresholds`` and the example counts optional; the confusion matrices'
cells optional as ``<row>/<column>``). The data spec's column statistics optional (as
``mean``, ``min``, ``max``, ``sd``, from the frame), its counts optional; timings in neither
map. The forest's ``rmse`` from its ``training_logs()`` (which hold exactly the out-of-bag
evaluations it logs) at the tree number, the ``Final OOB metrics`` as the last entry (no
step), its test ``RMSE`` from ``evaluate``. The learner settings printed by the script are
params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT10, Truth, main

SETTINGS = {"num_trees": 30, "rows": 1500, "train_rows": 1000, "seed": 0}


def frame():
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(SETTINGS["seed"])
    n = SETTINGS["rows"]
    df = pd.DataFrame({"age": rng.integers(18, 80, n), "income": rng.normal(50, 15, n),
                       "city": rng.choice(["a", "b", "c"], n)})
    score = df.age * 0.03 + df.income * 0.02 + (df.city == "a") + rng.normal(0, 0.7, n)
    df["label"] = np.where(score > 3.2, "yes", "no")
    return df


def run() -> None:
    import ydf

    truth = Truth()
    df = frame()
    train, test = df[:SETTINGS["train_rows"]], df[SETTINGS["train_rows"]:]
    print("settings: " + ", ".join(f"{k}={v}" for k, v in SETTINGS.items()), flush=True)
    for column in ("age", "income"):
        values = train[column]
        truth.allow(mean=values.mean(), min=values.min(), max=values.max(),
                    sd=values.std(ddof=0))
        truth.allow(sd=values.std(ddof=1))
    truth.allow(**{"Number of records": len(train), "Number of columns": train.shape[1]})
    ydf.verbose(2)
    model = ydf.GradientBoostedTreesLearner(label="label",
                                            num_trees=SETTINGS["num_trees"]).train(train)
    sys.stdout.flush()
    sys.stderr.flush()
    logs = model.training_logs()
    shown = sorted({0, 1, 2, len(logs) - 1})
    for i in shown:
        entry = logs[i]
        truth.add(entry.iteration, **{"train-loss": entry.training_evaluation.loss,
                                      "train-accuracy": entry.training_evaluation.accuracy,
                                      "valid-loss": entry.evaluation.loss,
                                      "valid-accuracy": entry.evaluation.accuracy})
    kept = logs[model.num_trees() - 1]
    truth.add(**{"valid-loss": kept.evaluation.loss,
                 "valid-accuracy": kept.evaluation.accuracy})
    truth.allow(**{"num-trees": model.num_trees()})
    own = model.self_evaluation()
    truth.add(Loss=own.loss, Accuracy=own.accuracy, ErrorRate=1.0 - own.accuracy)
    truth.allow(CI95=0.0)
    truth.allow(CI95=1.0)
    own_matrix = own.confusion_matrix
    for r, row in enumerate(own_matrix.classes):
        for c, col in enumerate(own_matrix.classes):
            truth.allow(**{f"{row}/{col}": own_matrix.matrix[r][c]})
    truth.allow(Total=float(own_matrix.matrix.sum()))

    evaluation = model.evaluate(test)
    print(evaluation, flush=True)
    characteristic = evaluation.characteristics[0]
    truth.add(accuracy=evaluation.accuracy, loss=evaluation.loss,
              **{"ROC AUC": characteristic.roc_auc, "PR AUC": characteristic.pr_auc})
    truth.allow(**{"Num thresholds": len(characteristic.thresholds),
                   "num examples": evaluation.num_examples,
                   "num examples (weighted)": evaluation.num_examples_weighted})
    matrix = evaluation.confusion_matrix
    for r, row in enumerate(matrix.classes):
        for c, col in enumerate(matrix.classes):
            truth.allow(**{f"{row}/{col}": matrix.matrix[r][c]})
    regression(truth, ydf)
    truth.write("ydf model.training_logs() (training_evaluation and evaluation loss/accuracy "
                "at the tree number, for the trees YDF logs), the kept tree's entry for the "
                "Final model line, model.self_evaluation(), the Evaluation of model.evaluate; "
                "counts, confusion cells and column statistics optional; settings = params",
                libraries=("ydf", "numpy", "pandas"), params=SETTINGS,
                rel=1e-9, abs_tol=5.1e-6)  # six decimals


def regression(truth, ydf) -> None:
    """A random forest regressor with out-of-bag evaluation; its logged trees are its log
    entries (``training_logs`` holds exactly the OOB evaluations it printed)."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(SETTINGS["seed"] + 1)
    n = 800
    df = pd.DataFrame({"x1": rng.normal(size=n), "x2": rng.normal(size=n),
                       "group": rng.choice(["a", "b"], n)})
    df["y"] = 2 * df.x1 - df.x2 ** 2 + (df.group == "a") + rng.normal(0, 0.3, n)
    print("\nregression: RandomForestLearner(num_trees=40, compute_oob_performances=True)",
          flush=True)
    model = ydf.RandomForestLearner(label="y", task=ydf.Task.REGRESSION, num_trees=40,
                                    compute_oob_performances=True).train(df[:600])
    sys.stdout.flush()
    sys.stderr.flush()
    logs = model.training_logs()
    for entry in logs:
        truth.add(entry.iteration, rmse=entry.evaluation.rmse)
    truth.add(rmse=logs[-1].evaluation.rmse)  # Final OOB metrics
    evaluation = model.evaluate(df[600:])
    print(evaluation, flush=True)
    truth.add(RMSE=evaluation.rmse)
    truth.allow(**{"num examples": evaluation.num_examples,
                   "num examples (weighted)": evaluation.num_examples_weighted})


if __name__ == "__main__":
    main(__file__, {"ydf": run}, root=HELDOUT10)
