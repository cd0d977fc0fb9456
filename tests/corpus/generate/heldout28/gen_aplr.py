"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Automatic piecewise linear regression with APLR (PyPI ``aplr``), seeded: an ``APLRRegressor``
(``m=16``, ``v=0.5``, two CV folds) on a smooth synthetic regression, and a
second regressor with a Huber loss (``m=12``), both with ``verbosity=3``, which prints one line a
boosting step and fold from the C++ core: ``Fold: 0. Boosting step: 1. Model terms: 1. Terms
eligible: 3. Validation error: 0.310191.``, then ``Model terms: 28. Terms available in final
boosting step: 7.``

Truth: ``get_validation_error_steps()`` of each model (a steps-by-folds matrix), under the
printed label ``Validation error`` at the boosting step the line states (the folds and the two
models share the name; the count restarts for each fold); ``Model terms`` and ``Terms
eligible`` are counts (no truth). Only the steps the core printed: a fold that stopped early
(validation error not improving) prints fewer lines, and its matrix entries after the stop are
not printed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main


def run() -> None:
    import numpy as np
    from aplr import APLRRegressor

    rng = np.random.default_rng(28)
    x = rng.normal(size=(300, 3))
    y = np.sin(x[:, 0]) + 0.5 * np.abs(x[:, 1]) + 0.2 * x[:, 2] + rng.normal(0, 0.1, 300)
    truth = Truth()
    for params in ({"m": 16, "v": 0.5, "cv_folds": 2},
                   {"m": 12, "v": 0.3, "cv_folds": 2, "loss_function": "huber"}):
        model = APLRRegressor(verbosity=3, random_state=28, **params)
        model.fit(x, y)
        steps = np.asarray(model.get_validation_error_steps())
        for fold in range(steps.shape[1]):
            for step in range(steps.shape[0]):
                truth.add(at=step + 1, **{"Validation error": steps[step, fold]})
    truth.write("aplr: get_validation_error_steps() of each fitted APLRRegressor, by fold",
                libraries=("aplr", "numpy"), rel=1e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"aplr": run}, root=HELDOUT28)
