"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Hyperparameter search with PyHopper (PyPI ``pyhopper``), seeded: a ridge regression's ``alpha``
and a polynomial degree tuned by 3-fold cross-validated R² (maximised, 30 steps, 10 of them
random seeding), then a decision tree's depth, leaf size and criterion tuned by cross-validated
log-loss (minimised, 24 steps), each ``search.run(..., quiet=False, n_jobs=1)``: a tqdm bar on
stderr whose description holds the running best (``Best f: 0.846 (out of 26 params)``), then a
``=== Summary ===`` table on stdout, colon-separated columns ``Mode : Best f : Steps : Time`` by
mode (``Initial solution``, ``Random seeding``, ``Local sampling``, ``Duplicates`` with ``-``,
``Total``), ``Best f`` printed to four significant digits.

Truth: the search's ``history`` (the callback PyHopper keeps: each evaluated candidate's
``f`` and type, ``CandidateType.INIT`` ...): the table's ``<Mode>/Best f`` is the best ``f`` of
that mode's candidates (``max`` or ``min`` as the run's direction), ``Total/Best f`` the
history's ``best_f``; ``<Mode>/Steps`` optional (counts; ``Duplicates`` are not in the history, so
that row has none). The bar's ``Best f`` is a running value a terminal redraws at its own pace:
each running best of the history is optional under ``Best f`` (which frames show is timing). The
``Time`` column and the bar's rates are times. ``gen_pyhopper_knn.py`` makes a second capture the
same way.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main


def _record(truth, search, direction) -> None:
    """The summary's rows and the bar's running bests, from the search's history."""
    from pyhopper.search import CandidateType

    modes = (("Initial solution", CandidateType.INIT),
             ("Random seeding", CandidateType.RANDOM_SEEDING),
             ("Local sampling", CandidateType.LOCAL_SAMPLING))
    h = search.history
    pick = max if direction == "max" else min
    for mode, kind in modes:
        fs = [f for f, t in zip(h._log_f, h._log_types) if t == kind]
        if fs:
            truth.add(**{f"{mode}/Best f": pick(fs)})
            truth.allow(**{f"{mode}/Steps": len(fs)})
    truth.add(**{"Total/Best f": h.best_f})
    running = None
    for f in h._log_f:
        running = f if running is None else pick(running, f)
        truth.allow(**{"Best f": running})


def run() -> None:
    import numpy as np
    import pyhopper
    from sklearn.datasets import make_classification, make_regression
    from sklearn.linear_model import Ridge
    from sklearn.model_selection import cross_val_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import PolynomialFeatures
    from sklearn.tree import DecisionTreeClassifier

    truth = Truth()

    def record(search, direction):
        _record(truth, search, direction)

    Xr, yr = make_regression(150, 4, noise=10, random_state=29)
    yr = yr + 0.02 * Xr[:, 0] ** 3

    def ridge(p):
        model = make_pipeline(PolynomialFeatures(p["degree"]), Ridge(alpha=p["alpha"]))
        return float(np.mean(cross_val_score(model, Xr, yr, cv=3)))

    np.random.seed(29)
    search = pyhopper.Search({"alpha": pyhopper.float(0.01, 100, log=True),
                              "degree": pyhopper.int(1, 3)})
    search.run(ridge, "max", steps=30, seeding_steps=10, quiet=False, n_jobs=1)
    record(search, "max")

    Xc, yc = make_classification(200, 6, n_informative=3, random_state=29)

    def tree(p):
        model = DecisionTreeClassifier(max_depth=p["depth"], min_samples_leaf=p["leaf"],
                                       criterion=p["criterion"], random_state=0)
        return float(-np.mean(cross_val_score(model, Xc, yc, cv=3, scoring="neg_log_loss")))

    np.random.seed(30)
    search = pyhopper.Search({"depth": pyhopper.int(1, 8), "leaf": pyhopper.int(1, 20),
                              "criterion": pyhopper.choice(["gini", "entropy"])})
    search.run(tree, "min", steps=24, seeding_steps=8, quiet=False, n_jobs=1)
    record(search, "min")
    write(truth)


def write(truth) -> None:
    truth.write("pyhopper: each search's history (the f and candidate type of every evaluation, "
                "best_f); the best by type for the summary's rows",
                libraries=("pyhopper", "scikit-learn", "numpy"), rel=3e-3)


if __name__ == "__main__":
    main(__file__, {"pyhopper": run}, root=HELDOUT29)
