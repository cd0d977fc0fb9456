"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Double machine learning with DoubleML (PyPI ``doubleml``): a partially linear regression
(``DoubleMLPLR``, random forests for both nuisance functions, 3 folds) on the package's
simulated Chernozhukov et al. data (300 rows, 8 covariates, true effect 0.5) and an interactive
regression model with a binary treatment (``DoubleMLIRM``, random forest regressor and
classifier, 3 folds, 2 repetitions of the sample splitting) on its simulated IRM data, each
``print(model)`` after ``fit()``: the data summary, the learners, ``Out-of-sample
Performance:`` (``Learner ml_l RMSE: [[1.08020314]]``, a classifier's ``Log Loss``), the
resampling settings and ``Fit Summary`` (a table ``coef std err t P>|t| 2.5 % 97.5 %``).

Truth: the fitted objects: ``nuisance_loss`` (one value per repetition, the printed array's
elements), named ``Learner <key> <loss>`` as printed, and ``summary`` (``<row>/<column>``);
the two models share names. Optional: the p-values and the observation count. The fold and
repetition counts are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main


def run() -> None:
    import numpy as np
    from doubleml import DoubleMLData, DoubleMLIRM, DoubleMLPLR
    from doubleml.irm.datasets import make_irm_data
    from doubleml.plm.datasets import make_plr_CCDDHNR2018
    from sklearn.ensemble import RandomForestClassifier, RandomForestRegressor

    np.random.seed(3)
    reg = RandomForestRegressor(n_estimators=40, max_depth=4, random_state=0)
    clf = RandomForestClassifier(n_estimators=40, max_depth=4, random_state=0)
    plr_df = make_plr_CCDDHNR2018(alpha=0.5, n_obs=300, dim_x=8, return_type="DataFrame")
    plr = DoubleMLPLR(DoubleMLData(plr_df, "y", "d"), reg, reg, n_folds=3)
    irm_df = make_irm_data(theta=0.5, n_obs=300, dim_x=6, return_type="DataFrame")
    irm = DoubleMLIRM(DoubleMLData(irm_df, "y", "d"), reg, clf, n_folds=3, n_rep=2)
    truth = Truth()
    for model, n_obs in ((plr, len(plr_df)), (irm, len(irm_df))):
        model.fit()
        print(model)
        classifier = {"ml_m"} if model is irm else set()
        for key, losses in model.nuisance_loss.items():
            loss = "Log Loss" if key in classifier else "RMSE"
            for value in np.asarray(losses).ravel():
                truth.add(**{f"Learner {key} {loss}": value})
        for row, values in model.summary.iterrows():
            for col in ("coef", "std err", "t", "2.5 %", "97.5 %"):
                truth.add(**{f"{row}/{col}": values[col]})
            truth.allow(**{f"{row}/P>|t|": values["P>|t|"]})
        truth.allow(**{"No. Observations": n_obs})
    truth.write("DoubleML: the fitted models' nuisance_loss (each repetition's value, named "
                "'Learner <key> <loss>' as printed) and summary frame (<row>/<column>); "
                "p-values and observation counts optional", libraries=("doubleml",),
                params={"No. folds": 3, "No. repeated sample splits": "1, 2", "n_estimators": 40,
                        "max_depth": 4, "random_state": 0},
                rel=1e-5, abs_tol=5e-7)  # six significant digits or more


if __name__ == "__main__":
    main(__file__, {"doubleml": run}, root=HELDOUT19)
