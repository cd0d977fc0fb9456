"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Mixed-effects random forests with MERF (PyPI ``merf``, on scikit-learn): a seeded regression of
300 training rows in 15 clusters (a random intercept per cluster) and 120 validation rows from
the same clusters; ``MERF(RandomForestRegressor(50 trees), max_iterations=12)`` fitted with the
validation set. MERF's package sets up Python logging itself when imported (``logging.
basicConfig`` at INFO, to stderr, ``%(levelname)-8s [%(filename)s:%(lineno)d] %(message)s``) and
logs each EM iteration: ``INFO     [merf.py:307] Training GLL is -454.94... at iteration 1.``
and ``INFO     [merf.py:328] Validation MSE Loss is 0.971... at iteration 1.`` (full ``repr``
digits).
Then the script prints the estimated residual variance and random-effect variance MERF keeps
(``sigma2_hat_history[-1]``, ``D_hat_history[-1]``) as a user would, under MERF's names.

Truth: MERF's own ``gll_history`` and ``val_loss_history`` as ``Training GLL`` and
``Validation MSE Loss`` at the iteration the line states; the last ``sigma2_hat`` and ``D_hat``
(a 1x1 matrix, printed as its one value) as ``sigma2_hat`` and ``D_hat``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    from merf import MERF
    from sklearn.ensemble import RandomForestRegressor

    rng = np.random.default_rng(23)
    effects = rng.normal(size=15)

    def draw(n):
        g = rng.integers(0, 15, n)
        X = rng.normal(size=(n, 3))
        y = 2 * X[:, 0] + np.sin(X[:, 1]) + effects[g] + rng.normal(scale=0.5, size=n)
        return pd.DataFrame(X, columns=["x0", "x1", "x2"]), np.ones((n, 1)), pd.Series(g), y

    X, Z, clusters, y = draw(300)
    Xv, Zv, clusters_v, yv = draw(120)
    model = MERF(fixed_effects_model=RandomForestRegressor(n_estimators=50, random_state=23,
                                                           n_jobs=1),
                 max_iterations=12)
    model.fit(X, Z, clusters, y, Xv, Zv, clusters_v, yv)
    sigma2 = float(model.sigma2_hat_history[-1])
    d_hat = float(np.asarray(model.D_hat_history[-1]).ravel()[0])
    print(f"sigma2_hat: {sigma2:.4f}")
    print(f"D_hat: {d_hat:.4f}", flush=True)
    truth = Truth()
    for i, (gll, val) in enumerate(zip(model.gll_history, model.val_loss_history), start=1):
        truth.add(at=i, **{"Training GLL": gll, "Validation MSE Loss": val})
    truth.add(sigma2_hat=sigma2, D_hat=d_hat)
    truth.write("merf: the model's gll_history and val_loss_history at their iterations, the "
                "last sigma2_hat and D_hat",
                libraries=("merf", "scikit-learn"), rel=1e-9, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"merf": run}, root=HELDOUT23)
