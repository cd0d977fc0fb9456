"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Linear-model fitting with trainstation (PyPI ``trainstation``, the fitting layer of icet), seeded:
a sparse 10-parameter linear problem (80 rows, noise 0.1) fitted by an ``Optimizer`` (least
squares, then ridge), a ``CrossValidationEstimator`` (lasso, 4-fold) and an
``EnsembleOptimizer`` (least squares, 12 bootstrap fits), each printed: a block headed by the
class name in ``=`` rules, ``key : value`` lines (``seed``, ``fit_method``, ``standardize``,
``n_target_values``, ``n_parameters``, ``n_nonzero_parameters``, ``parameters_norm``,
``target_values_std``, ``rmse_train``, ``rmse_test``, ``R2_train``, ``AIC``, ``BIC``, and the
validation or ensemble entries).

Truth: each object's ``summary`` dict, under ``<class>/<key>`` (the block's heading; the two
``Optimizer`` blocks share their names): the errors, R2 values, information criteria,
and ``parameters_norm`` metrics;
``alpha_optimal`` (the regularisation the cross-validation chose) and ``target_values_std`` (a
property of the data) optional, with the counts and sizes (``n_*``, ``train_size``,
``test_size``, ``ensemble_size``); the settings (``seed``, ``fit_method``, ``standardize``,
``validation_method``, ``n_splits``, ``shuffle``, ``bootstrap``) are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main

SETTINGS = ("seed", "fit_method", "standardize", "validation_method", "n_splits", "shuffle",
            "bootstrap")
OPTIONAL = ("alpha_optimal", "target_values_std", "n_target_values", "n_parameters",
            "n_nonzero_parameters", "train_size", "test_size", "ensemble_size")


def run() -> None:
    import numpy as np
    from trainstation import CrossValidationEstimator, EnsembleOptimizer, Optimizer

    rng = np.random.default_rng(28)
    a = rng.normal(size=(80, 10))
    x = np.array([1.0, 0, 0, 2.0, 0, -1.0, 0, 0.5, 0, 0.3])
    y = a @ x + rng.normal(0, 0.1, 80)
    fits = [Optimizer((a, y), fit_method="least-squares", seed=28),
            Optimizer((a, y), fit_method="ridge", seed=28),
            CrossValidationEstimator((a, y), fit_method="lasso", validation_method="k-fold",
                                     n_splits=4, seed=28),
            EnsembleOptimizer((a, y), fit_method="least-squares", ensemble_size=12, seed=28)]
    truth = Truth()
    params = {}
    for fit in fits:
        if isinstance(fit, CrossValidationEstimator):
            fit.validate()
        fit.train()
        print(fit)
        cls = type(fit).__name__
        for key, value in fit.summary.items():
            if key in SETTINGS or isinstance(value, (str, bool)):
                params.setdefault(key, value)
            elif not np.isscalar(value) or value is None:
                continue
            elif key in OPTIONAL:
                truth.allow(**{f"{cls}/{key}": value})
            else:
                truth.add(**{f"{cls}/{key}": value})
    truth.write("trainstation: the summary dict of each fitted Optimizer, "
                "CrossValidationEstimator and EnsembleOptimizer",
                libraries=("trainstation", "numpy", "scikit-learn"), params=params,
                rel=1e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"trainstation": run}, root=HELDOUT28)
