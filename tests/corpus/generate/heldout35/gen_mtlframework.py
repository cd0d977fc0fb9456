"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as rgbarriadaphd/MTLFramework ``templates/summary.tpl`` (the variant with ``Results:``,
``Precision``, ``Recall`` and ``Acc.``): ``Train Summary Report``, the date, ``Global
Configuration:`` (``Normalized: True`` ... ``Weights Init.: ...``), ``Hyperparams:`` with
tab-indented ``Epochs``, ``Batch size``, ``Learning rate``, ``Weight Decay``, ``Criterion``,
``Optimizer``, then ``Results:`` (``train (n) / test (n)``, ``Normalization: (mean=..,
std=..)``, ``Elapsed time: train=.., test=..``, ``Precision``, ``Recall``) and ``Global
Performance:`` (``Elapsed total time: ...``, ``Acc.: ...``). The original fills the template
with string.Template and writes it to a file; here it is printed to stdout (what a user
running ``cat`` on it, or a print of the filled template, would show). To give more than three
points the report is filled once per fold of a 5-fold cross-validation of a NumPy logistic
regression on two Gaussian blobs, as that framework trains one model per fold.

Truth: ``Precision``, ``Recall`` and ``Acc.`` of each fold (test-set numbers, but the report
does not say test on their lines: no prefix), no step; the configuration under ``params``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import datetime
    import time
    from string import Template

    import numpy as np

    tpl = Template("""Train Summary Report
$datetime

=================================
Global Configuration:
---------------------

Normalized: $normalized
Save model: $save_model
Plot Loss: $plot_loss
Device: $device
Require Grad: $require_grad
Weights Init.: $weight_init
Hyperparams:
\tEpochs: $epochs
\tBatch size: $batch_size
\tLearning rate: $learning_rate
\tWeight Decay: $weight_decay
\tCriterion: $criterion
\tOptimizer: $optimizer


=====================
Results:
---------------------

train ($n_train) / test ($n_test)
Normalization: (mean=$norm_mean, std=$norm_std)
Elapsed time: train=$train_time, test=$test_time
Precision: $precision
Recall: $recall

====================
Global Performance:
---------------------

Elapsed total time: $execution_time.
Acc.: $model_accuracy
""")
    cfg = {"normalized": True, "save_model": False, "plot_loss": False, "device": "cpu",
           "require_grad": True, "weight_init": "zeros", "epochs": 30, "batch_size": 16,
           "learning_rate": 0.05, "weight_decay": 0.0001, "criterion": "BCELoss",
           "optimizer": "SGD"}
    rng = np.random.default_rng(19)
    n = 250
    yall = rng.integers(2, size=n)
    Xall = rng.normal(size=(n, 5)) + 0.8 * yall[:, None] * np.array([1, -1, 0.5, 0, 0.3])
    folds = np.array_split(rng.permutation(n), 5)
    truth = Truth()
    sig = lambda z: 1 / (1 + np.exp(-z))
    for k in range(5):
        t0 = time.time()
        te = folds[k]
        tr = np.concatenate([folds[j] for j in range(5) if j != k])
        mean, std = Xall[tr].mean(), Xall[tr].std()
        X = (Xall - mean) / std
        w, b = np.zeros(5), 0.0
        for epoch in range(cfg["epochs"]):
            for i in range(0, len(tr), cfg["batch_size"]):
                idx = tr[i:i + cfg["batch_size"]]
                p = sig(X[idx] @ w + b)
                w -= cfg["learning_rate"] * (X[idx].T @ (p - yall[idx]) / len(idx)
                                             + cfg["weight_decay"] * w)
                b -= cfg["learning_rate"] * float((p - yall[idx]).mean())
        t1 = time.time()
        pred = (sig(X[te] @ w + b) > 0.5).astype(int)
        yt = yall[te]
        tp = int(((pred == 1) & (yt == 1)).sum())
        precision = tp / max(1, int(pred.sum()))
        recall = tp / max(1, int(yt.sum()))
        acc = float((pred == yt).mean())
        time.sleep(0.002)  # the test loader
        t2 = time.time()
        print(tpl.substitute(datetime=datetime.datetime.now(), n_train=len(tr), n_test=len(te),
                             norm_mean=mean, norm_std=std, train_time=t1 - t0,
                             test_time=t2 - t1, precision=precision, recall=recall,
                             execution_time=t2 - t0, model_accuracy=acc, **cfg))
        truth.add(Precision=precision, Recall=recall, **{"Acc.": acc})
    params = {"Normalized": True, "Save model": False, "Plot Loss": False, "Device": "cpu",
              "Require Grad": True, "Weights Init.": "zeros", "Epochs": 30, "Batch size": 16,
              "Learning rate": 0.05, "Weight Decay": 0.0001, "Criterion": "BCELoss",
              "Optimizer": "SGD"}
    truth.write("the script's precision, recall and accuracy of each fold's test part",
                libraries=("numpy",), rel=1e-9, params=params)


if __name__ == "__main__":
    main(__file__, {"mtlframework": run}, root=HELDOUT35)
