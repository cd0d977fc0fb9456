"""HELD-OUT fixture (see tests/corpus/README.md): do not read while tuning the parser.

scikit-optimize: `gp_minimize(verbose=True)` tuning an SVC's ``C`` and ``gamma`` (log-uniform)
by 3-fold cross-validated accuracy (the objective is its negative), 10 calls, 4 of them random.
skopt's `VerboseCallback` prints five lines per call:

    Iteration No: 5 started. Searching for the next optimal point.
    Iteration No: 5 ended. Search finished for the next optimal point.
    Time taken: 0.1915
    Function value obtained: -0.8811
    Current minimum: -0.9012

then the script prints ``best objective: -0.9012`` and ``best params: {'C': 3.1, 'gamma':
0.02}`` (params).

Truth: `res.func_vals` as ``Function value obtained`` and their running minimum as ``Current
minimum``, at the step of the ``Iteration No: N`` block they are printed in (the values' own
lines state none); `res.fun` as ``best objective``. ``Time taken`` is a time, the iteration
number a step: no metrics. Params: the best point printed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import Truth, main  # noqa: E402


def train() -> None:
    import numpy as np
    from sklearn.datasets import make_classification
    from sklearn.model_selection import cross_val_score
    from sklearn.svm import SVC
    from skopt import gp_minimize
    from skopt.space import Real
    from skopt.utils import use_named_args

    X, y = make_classification(300, 10, n_informative=5, random_state=0)
    space = [Real(1e-2, 1e2, prior="log-uniform", name="C"),
             Real(1e-3, 1e0, prior="log-uniform", name="gamma")]

    @use_named_args(space)
    def objective(C, gamma):
        return -cross_val_score(SVC(C=C, gamma=gamma), X, y, cv=3).mean()

    res = gp_minimize(objective, space, n_calls=10, n_initial_points=4, random_state=0,
                      verbose=True)
    best = dict(zip(["C", "gamma"], (float(v) for v in res.x)))
    print(f"best objective: {res.fun:.4f}")
    print(f"best params: {best}")
    truth = Truth()
    running = np.minimum.accumulate(res.func_vals)
    for i, (value, minimum) in enumerate(zip(res.func_vals, running), start=1):
        truth.add(i, **{"Function value obtained": value, "Current minimum": minimum})
    truth.add(**{"best objective": res.fun})
    truth.write("res.func_vals (Function value obtained) and their running minimum (Current "
                "minimum) at the Iteration No of their block; res.fun as best objective; params "
                "= the best point printed",
                libraries=("scikit-optimize", "scikit-learn"), params=best, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"skopt": train}, heldout=True)
