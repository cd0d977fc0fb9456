"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Group-lasso regression with group-lasso (PyPI ``group-lasso``), seeded, with the package's own
debug printing switched on (``group_lasso._group_lasso._DEBUG = True``): a linear model with
nine features in three groups (one group irrelevant) fitted by ``GroupLasso`` (6 FISTA
iterations), then a three-group ``LogisticGroupLasso`` on a binary target (5 iterations). The
solver prints, per fit, ``Starting FISTA:`` and ``\\tInitial loss: 1.23...``, then per iteration
a block ``Completed iteration 1:`` with tab-indented lines ``Loss: ...``, ``Weight difference:
...``, ``Weight norm: ...``, ``Grad: ...``, ``Relative grad: ...``, ``Lipschitz: ...``
(full-precision floats); scikit-learn-style convergence warnings go to stderr.

Truth: computed at each callback of the same run the way the printer computes it, from the
model and the FISTA problem (``FISTAProblem.minimise`` wrapped to see its callback's arguments):
``model._loss(X_aug_, y_, w)`` as ``Loss`` (``Initial loss`` for the call before the first
iteration, at no step), ``norm(w - previous_w)`` as ``Weight difference``, ``norm(w)`` as
``Weight norm``, the norm of ``model._unregularised_gradient(X_aug_, y_, w)`` as ``Grad``, their
ratio as ``Relative grad``, the problem's ``lipschitz`` as ``Lipschitz``; each at the iteration
its block states (the count restarts for the second fit).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main


def run() -> None:
    import warnings

    import numpy as np
    import numpy.linalg as la
    import group_lasso._group_lasso as gl_module
    from group_lasso import GroupLasso, LogisticGroupLasso
    from group_lasso._fista import FISTAProblem

    warnings.simplefilter("ignore")
    gl_module._DEBUG = True
    truth = Truth()
    current = {}
    original = FISTAProblem.minimise

    def minimise(self, x0, n_iter=10, tol=1e-6, callback=None):
        model = current["model"]

        def recorded(x, it_num, previous_x=None):
            X_, y_ = model.X_aug_, model.y_
            if previous_x is None:
                truth.add(**{"Initial loss": model._loss(X_, y_, x)})
            else:
                grad = la.norm(model._unregularised_gradient(X_, y_, x))
                wnorm = la.norm(x)
                truth.add(at=it_num, **{"Loss": model._loss(X_, y_, x),
                                        "Weight difference": la.norm(x - previous_x),
                                        "Weight norm": wnorm, "Grad": grad,
                                        "Relative grad": grad / wnorm,
                                        "Lipschitz": self.lipschitz})
            return callback(x, it_num, previous_x=previous_x)

        return original(self, x0, n_iter=n_iter, tol=tol, callback=recorded)

    FISTAProblem.minimise = minimise
    rng = np.random.default_rng(26)
    n = 150
    X = rng.normal(size=(n, 9))
    y = 1.5 * X[:, 0] - X[:, 1] + 0.5 * X[:, 2] + 0.8 * X[:, 3] + rng.normal(0, 0.5, n)
    groups = [0, 0, 0, 1, 1, 1, 2, 2, 2]
    model = GroupLasso(groups=groups, group_reg=0.05, l1_reg=0.0, n_iter=6, tol=1e-12,
                       supress_warning=True, random_state=26)
    current["model"] = model
    model.fit(X, y.reshape(-1, 1))
    sys.stdout.flush()
    yb = (X[:, 0] - X[:, 4] + rng.normal(0, 0.5, n) > 0).astype(int)
    model = LogisticGroupLasso(groups=groups, group_reg=0.02, l1_reg=0.0, n_iter=5, tol=1e-12,
                               supress_warning=True, random_state=26)
    current["model"] = model
    model.fit(X, yb)
    sys.stdout.flush()
    truth.write("group-lasso: the debug block's quantities computed at each FISTA callback of "
                "the same run from the model (_loss, _unregularised_gradient) and the FISTA "
                "problem (lipschitz)",
                libraries=("group-lasso", "numpy", "scikit-learn"), rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"group-lasso": run}, root=HELDOUT26)
