"""HELD-OUT fixture (seventh half, see generate/heldout7/README.md): do not read while tuning the
parser.

Vowpal Wabbit (the ``vowpalwabbit`` Python package, ``Workspace``) trained online, one example
at a time, as its Python tutorials do. VW writes everything to stderr:

* its settings first: ``using l2 regularization = 1e-06``, ``Num weight bits = 18``,
  ``learning rate = 0.5``, ``initial_t = 0``, ``power_t = 0.5``, ``Enabled learners: ...``;
* the progressive-validation table under a two-row header (``average  since  example
  example  current  current  current`` over ``loss  last  counter  weight  label  predict
  features``), a row each time the example count doubles: ``0.187500 0.156250  64  64.0
  1.0000  0.7311  6``;
* ``finished run`` and a ``key = value`` summary (``number of examples = 600``, ``average loss
  = 0.4312``, ``best constant = -0.08``, ``best constant's loss = 0.6923``, ``total feature
  number = 3600``).

Two runs: a squared-loss regression and a logistic classifier; after each the script prints
its own held-out score (``holdout RMSE: 0.5123``; ``holdout accuracy: 0.9150  logloss:
0.2311``) on stdout, and the command line it built (``vw args: --loss_function squared ...``).

Truth: ``get_sum_loss()`` and ``get_weighted_examples()`` read after each ``finish_example``:
at each printed row (every doubling of the count) ``average loss`` = sum/weight and ``since
last`` = the increase since the previous row over the weight added, at the row's counter (the
step, ``example counter`` optional); ``current label`` and ``current predict`` (the example's
label and VW's prediction of it while learning) optional; the summary's ``average loss`` a
point without a step; ``best constant``, ``best constant's loss`` and ``weighted label sum``
optional (the baseline VW reports, computed from the labels by VW's formula); counts
(``example weight``, ``current features``, ``number of examples``, ``weighted example sum``,
``total feature number``) in neither map; the holdout scores are computed from ``predict``.
VW's printed settings are params (the values given on the command line).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT7, Truth, main


def run() -> None:
    import math

    import numpy as np
    import vowpalwabbit

    truth = Truth()
    rng = np.random.default_rng(11)
    w_true = rng.normal(size=5)

    def line(label, x):
        return f"{label} |f " + " ".join(f"x{j}:{v:.4f}" for j, v in enumerate(x))

    def train(args, make, n, link):
        vw = vowpalwabbit.Workspace(args)
        print(f"vw args: {args}", flush=True)
        labels, next_dump, last = [], 1, (0.0, 0.0)
        for _ in range(n):
            x = rng.normal(size=5)
            y = make(x)
            ex = vw.parse(line(y, x))
            vw.learn(ex)
            pred = ex.get_simplelabel_prediction()
            vw.finish_example(ex)
            labels.append(y)
            loss, weight = vw.get_sum_loss(), vw.get_weighted_examples()
            if weight >= next_dump:  # VW's progress rule: a row at 1, 2, 4, 8 ... examples
                truth.add(weight, **{"average loss": loss / weight,
                                     "since last": (loss - last[0]) / (weight - last[1])})
                truth.allow(**{"example counter": weight, "current label": y,
                               "current predict": pred})
                next_dump, last = 2 * next_dump, (loss, weight)
        test = [(x, make(x)) for x in rng.normal(size=(200, 5))]
        preds = np.array([vw.predict(line(y, x)) for x, y in test])
        ys = np.array([y for _, y in test], dtype=float)
        final = vw.get_sum_loss() / vw.get_weighted_examples()
        vw.finish()
        truth.add(**{"average loss": final})
        labels += list(ys)  # labelled examples given to predict() count in VW's summary too
        avg = float(np.mean(labels))
        truth.allow(**{"weighted label sum": float(np.sum(labels))})
        if link == "logistic":
            p = (1 + avg) / 2
            truth.allow(**{"best constant": math.log(p / (1 - p)),
                           "best constant's loss": -(p * math.log(p) + (1 - p) * math.log(1 - p))})
        else:
            truth.allow(**{"best constant": avg,
                           "best constant's loss": float(np.mean((np.array(labels) - avg) ** 2))})
        return preds, ys

    base = "-b 18 --initial_t 0 --power_t 0.5 --l2 1e-06"
    preds, ys = train(f"--loss_function squared {base} --learning_rate 0.5",
                      lambda x: round(float(x @ w_true + 0.3 * rng.normal()), 4), 700, "identity")
    rmse = float(np.sqrt(np.mean((preds - ys) ** 2)))
    print(f"holdout RMSE: {rmse:.4f}", flush=True)
    truth.add(**{"holdout RMSE": rmse})

    preds, ys = train(f"--loss_function logistic --link logistic {base} --learning_rate 0.5",
                      lambda x: 1 if x @ w_true + 0.5 * rng.normal() > 0 else -1, 600,
                      "logistic")
    acc = float(np.mean((preds > 0.5) == (ys > 0)))
    p = np.clip(preds, 1e-12, 1 - 1e-12)
    logloss = float(-np.mean(np.where(ys > 0, np.log(p), np.log(1 - p))))
    print(f"holdout accuracy: {acc:.4f}  logloss: {logloss:.4f}", flush=True)
    truth.add(**{"holdout accuracy": acc, "logloss": logloss})
    truth.write("vw.get_sum_loss()/get_weighted_examples() after each finish_example, at VW's "
                "doubling rows (average loss, since last at the counter); labels and "
                "predictions optional; final average loss; best constant from the labels by "
                "VW's formula, optional; holdout scores from predict(); settings = params",
                libraries=("vowpalwabbit", "numpy"),
                params={"l2 regularization": 1e-06, "Num weight bits": 18,
                        "learning rate": 0.5, "initial_t": 0, "power_t": 0.5,
                        "learning_rate": 0.5, "l2": 1e-06, "b": 18},
                rel=1e-5, abs_tol=5.1e-5)  # the table's 6 decimals, the holdout's 4


if __name__ == "__main__":
    main(__file__, {"vowpalwabbit": run}, root=HELDOUT7)
