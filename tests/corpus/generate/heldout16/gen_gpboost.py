"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Tree boosting combined with a grouped random effect in GPBoost: 600 simulated points (a smooth
function of two features plus one of 30 group effects plus noise), the first 450 for
training; ``gpb.train`` with a ``GPModel(group_data=...)`` for 15 rounds, ``verbose: 1`` and
``verbose_eval=1`` on the held-out 150 (``use_gp_model_for_validation``), metrics ``l2`` and
``l1``. GPBoost logs ``[GPBoost] [Info] ...`` lines (bins, the counts of the train set,
``initscore=0.854654``), then one line per round: ``[3]\tvalid's l2: 0.184173\tvalid's l1:
0.350635``; then ``gp_model.summary()`` prints a framed ``Model summary:`` (``Nb.
observations: 450``, ``Nb. groups: 30 (Group_1)`` and a ``Param.  Std. err.`` table of the
covariance parameters ``Error_var`` and ``Group_1``).

Truth: ``evals_result`` filled by ``gpb.train`` (``valid's l2``, ``valid's l1`` stepped by the
round, from 1) and the fitted ``GPModel``'s ``get_cov_pars(std_err=True)``
(``Error_var/Param.``, ``Error_var/Std. err.``, ``Group_1/...``). Optional: the summary's
counts. Judgement: the metric names are the printed ``<set>'s <metric>``; the ``initscore``
of the info line is printed and kept by no object GPBoost returns (printed, no truth); the
info lines' counts and bins are prose.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main


def run() -> None:
    import gpboost as gpb
    import numpy as np

    rng = np.random.default_rng(0)
    n, groups = 600, 30
    x = rng.uniform(size=(n, 2))
    g = rng.integers(0, groups, n)
    effects = rng.normal(size=groups)
    y = np.sin(4 * x[:, 0]) + x[:, 1] + effects[g] + rng.normal(scale=0.3, size=n)
    train = np.arange(n) < 450
    gp_model = gpb.GPModel(group_data=g[train], likelihood="gaussian")
    gp_model.set_prediction_data(group_data_pred=g[~train])
    dtrain = gpb.Dataset(x[train], y[train])
    dvalid = gpb.Dataset(x[~train], y[~train], reference=dtrain)
    evals: dict = {}
    gpb.train(params={"learning_rate": 0.1, "max_depth": 3, "verbose": 1, "num_threads": 1,
                      "metric": ["l2", "l1"]},
              train_set=dtrain, gp_model=gp_model, num_boost_round=15, valid_sets=[dvalid],
              valid_names=["valid"], evals_result=evals, verbose_eval=1,
              use_gp_model_for_validation=True)
    gp_model.summary()
    sys.stdout.flush()
    truth = Truth()
    for i, (l2, l1) in enumerate(zip(evals["valid"]["l2"], evals["valid"]["l1"])):
        truth.add(at=i + 1, **{"valid's l2": l2, "valid's l1": l1})
    cov = gp_model.get_cov_pars(std_err=True)
    for col in cov.columns:
        truth.add(**{f"{col}/{row}": cov.loc[row, col] for row in cov.index})
    truth.allow(**{"Nb. observations": int(train.sum()), "Nb. groups": groups})
    truth.write("gpb.train's evals_result (<set>'s <metric> stepped by the round) and the "
                "GPModel's get_cov_pars(std_err=True) as <parameter>/<row>; the summary's "
                "counts optional", libraries=("gpboost", "numpy"), params=None,
                rel=1e-5, abs_tol=5e-5)  # six significant digits, the summary's 4 decimals


if __name__ == "__main__":
    main(__file__, {"gpboost": run}, root=HELDOUT16)
