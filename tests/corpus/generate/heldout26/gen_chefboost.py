"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Decision trees with Chefboost (PyPI ``chefboost``, pure Python; on pandas 2, which it needs),
seeded: a 100-row table with
two numeric features and a categorical one, a ``Yes``/``No`` decision fitted with four
algorithms (``ID3``, ``C4.5``, ``CART``, ``CHAID``), (the regression tree of the same
data is ``gen_chefboost_regression.py``, its own process: Chefboost imports the rules file it
writes for each fit by module name, ``outputs.rules.rules``, so each kind of tree gets a fresh
process); no parallelism, the rules files go to a
temporary folder.
Chefboost logs through its own logger, every line framed with a timestamp (``26-12-07 01:21:32
- Accuracy: 93.0% on 100 instances``): ``CART tree is going to be built...``, ``finished in
1.37 seconds``, ``Evaluate train set``, then for a classifier ``Accuracy: ...% on 100
instances``, ``Labels: ['No' 'Yes']``, ``Confusion matrix: [[46, 2], [5, 47]]``, ``Precision:
95.8333%, Recall: 90.1961%, F1: 92.9293%``, and for the regression tree ``MAE: ...``, ``MSE:``,
``RMSE:``, ``RAE:``, ``RRSE 0.769...`` (no colon), ``Mean:``, ``MAE / Mean: ...%``, ``RMSE /
Mean: ...%``.

Truth: the ``evaluation['train']`` dict of each returned model, under its keys (the printed
labels): ``Accuracy``, ``Precision``, ``Recall``, ``F1`` (percent, as printed) for the four
classifiers, one value each a fit; ``MAE``, ``MSE``, ``RMSE``, ``RAE``, ``RRSE``, ``Mean``,
``MAE / Mean``, ``RMSE / Mean`` for the regression tree. Optional: ``Instances`` and the
confusion matrix's cells (counts). The build times (``finished in``) are kept by no object: no
truth; the timestamps are no metrics.
"""

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main


def _setup():
    import warnings

    import numpy as np
    import pandas as pd

    warnings.simplefilter("ignore")
    os.chdir(tempfile.mkdtemp(prefix="chefboost-"))
    sys.path.insert(0, os.getcwd())  # Chefboost imports the rules it writes as outputs.rules.rules
    sys.dont_write_bytecode = True
    rng = np.random.default_rng(26)
    n = 100
    df = pd.DataFrame({"x1": rng.normal(size=n).round(2), "x2": rng.normal(size=n).round(2),
                       "c": rng.choice(["a", "b", "c"], n).astype(object)})
    return np, df, rng, n


def classify() -> None:
    np, df, rng, n = _setup()
    from chefboost import Chefboost as chef

    noise = rng.normal(scale=0.6, size=n)
    df["Decision"] = np.where(df.x1 + 0.5 * df.x2 + (df.c == "a") + noise > 0.3,
                              "Yes", "No").astype(object)
    truth = Truth()
    for algorithm in ("ID3", "C4.5", "CART", "CHAID"):
        model = chef.fit(df.copy(), {"algorithm": algorithm, "enableParallelism": False})
        ev = model["evaluation"]["train"]
        truth.add(**{k: ev[k] for k in ("Accuracy", "Precision", "Recall", "F1")})
        truth.allow(Instances=ev["Instances"])
        for row in ev["Confusion matrix"]:
            for cell in row:
                truth.allow(**{"Confusion matrix": cell})
    truth.write("Chefboost: the evaluation['train'] dict of each model chef.fit returns",
                libraries=("chefboost", "pandas", "numpy"), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"chefboost": classify}, root=HELDOUT26)
