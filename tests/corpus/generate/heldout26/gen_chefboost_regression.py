"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Chefboost's regression tree (PyPI ``chefboost``, on pandas 2): the same seeded 100-row table as
``gen_chefboost.py`` (two numeric features, a categorical one) with a numeric target
(``2 x1 - x2`` plus noise, rounded), fitted by ``chef.fit(df, {'algorithm': 'Regression',
'enableParallelism': False})`` in its own process (Chefboost imports the rules file it writes,
``outputs.rules.rules``, from a temporary folder). Chefboost's log lines, each framed with a
timestamp: ``Regression tree is going to be built...``, ``finished in 1.25 seconds``,
``Evaluate train set``, ``MAE: 1.43...``, ``MSE: ...``, ``RMSE: ...``, ``RAE: ...``, ``RRSE
0.769...`` (no colon), ``Mean: ...``, ``MAE / Mean: 798.88...%``, ``RMSE / Mean: ...%``.

Truth: the returned model's ``evaluation['train']`` dict under its keys (the printed labels).
The build time and the timestamps have no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT26, Truth, main
from gen_chefboost import _setup


def regress() -> None:
    np, df, rng, n = _setup()
    from chefboost import Chefboost as chef

    df["Decision"] = (2 * df.x1 - df.x2 + rng.normal(size=n) * 0.3).round(3)
    model = chef.fit(df, {"algorithm": "Regression", "enableParallelism": False})
    truth = Truth()
    truth.add(**{k: float(v) for k, v in model["evaluation"]["train"].items()})
    truth.write("Chefboost: the evaluation['train'] dict of the model chef.fit returns",
                libraries=("chefboost", "pandas", "numpy"), rel=1e-6)


if __name__ == "__main__":
    main(__file__, {"chefboost-regression": regress}, root=HELDOUT26)
