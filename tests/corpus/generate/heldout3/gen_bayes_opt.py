"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

bayesian-optimization (``bayes_opt``) tuning an SVC's ``log_C`` and ``log_gamma`` by 3-fold
cross-validation on ``make_classification`` data, as its README shows:

* ``BayesianOptimization(..., verbose=2).maximize(init_points=3, n_iter=6)``: its table
  ``|   iter    |  target   |   log_C   | log_gamma |``, a dashed rule, one row per probe with
  ANSI colours (a new best in magenta), closed by a ``=====`` rule;
* the README's loop over ``optimizer.res``: ``Iteration 0:`` then, on the next line, a tab and
  the result dict ``{'target': np.float64(0.93...), 'params': {'log_C': np.float64(-0.33...),
  ...}}`` (full precision, numpy reprs);
* ``print(optimizer.max)``;
* a second search of a gradient-boosting regressor's ``learning_rate`` and ``max_depth`` (its
  target is the negated cross-validated MSE) at ``verbose=1``: only the rows of a new best (not
  the first probe's), under a header that truncates ``learning_rate`` to ``learni...``.

Truth: ``optimizer.res`` (the library's record of each probe) and ``optimizer.max``.
``target`` at each printed row, step = the row's ``iter`` (1-based, itself optional); in the
README loop, ``target`` at the printed 0-based ``Iteration`` index of the line above; the max's
``target`` with no step. The probed points (``log_C``, ``log_gamma``, ``learning_rate``,
``max_depth``) are candidate settings, printed in the table and the dicts: params, never
metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main


def svc_search(truth: Truth) -> dict:
    from bayes_opt import BayesianOptimization
    from sklearn.datasets import make_classification
    from sklearn.model_selection import cross_val_score
    from sklearn.svm import SVC

    X, y = make_classification(200, 8, random_state=0)

    def objective(log_C, log_gamma):
        return cross_val_score(SVC(C=10 ** log_C, gamma=10 ** log_gamma), X, y, cv=3).mean()

    optimizer = BayesianOptimization(objective, {"log_C": (-2, 2), "log_gamma": (-3, 0)},
                                     random_state=1, verbose=2)
    optimizer.maximize(init_points=3, n_iter=6)
    for i, res in enumerate(optimizer.res):
        truth.add(i + 1, target=res["target"])
        truth.allow(iter=i + 1)
    print()
    for i, res in enumerate(optimizer.res):
        print(f"Iteration {i}: \n\t{res}")  # the README's loop
        truth.add(i, target=res["target"])
    print()
    print(optimizer.max)
    truth.add(target=optimizer.max["target"])
    return {name: [float(r["params"][name]) for r in optimizer.res]
            for name in ("log_C", "log_gamma")}


def gbr_search(truth: Truth) -> dict:
    from bayes_opt import BayesianOptimization
    from sklearn.datasets import make_regression
    from sklearn.ensemble import GradientBoostingRegressor
    from sklearn.model_selection import cross_val_score

    X, y = make_regression(200, 6, noise=10.0, random_state=0)

    def objective(learning_rate, max_depth):
        model = GradientBoostingRegressor(n_estimators=20, learning_rate=learning_rate,
                                          max_depth=int(max_depth), random_state=0)
        return cross_val_score(model, X, y, cv=3, scoring="neg_mean_squared_error").mean()

    print()
    optimizer = BayesianOptimization(objective, {"learning_rate": (0.01, 0.5),
                                                 "max_depth": (1, 5)},
                                     random_state=2, verbose=1)
    optimizer.maximize(init_points=3, n_iter=5)
    # verbose=1 prints the row of each new maximum, the first probe never (its logger has no
    # previous maximum to beat then)
    best = optimizer.res[0]["target"]
    for i, res in enumerate(optimizer.res[1:], start=1):
        if res["target"] > best:
            best = res["target"]
            truth.add(i + 1, target=res["target"])
            truth.allow(iter=i + 1)
    return {name: [float(r["params"][name]) for r in optimizer.res]
            for name in ("learning_rate", "max_depth")}


def train() -> None:
    truth = Truth()
    params = {name: str(values) for name, values in
              {**svc_search(truth), **gbr_search(truth)}.items()}
    truth.write("optimizer.res and optimizer.max: target per table row (step = iter), per "
                "README-loop dict (step = the printed 0-based Iteration), the max's target "
                "(no step); verbose=1 rows are the new maxima; probed points are params",
                libraries=("bayesian-optimization", "scikit-learn"), params=params,
                rel=1e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"bayes-opt": train}, root=HELDOUT3)
