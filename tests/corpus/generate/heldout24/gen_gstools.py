"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Covariance-model fitting with GSTools (PyPI ``gstools``): a seeded Gaussian random field
(``gs.SRF(gs.Gaussian(dim=2, var=1.5, len_scale=12), seed=24)``) sampled at 200 random points
with noise, its empirical variogram (``gs.vario_estimate``, 12 bins), and six models fitted to it
with ``fit_variogram`` (Gaussian, Exponential, Matern, Stable, Spherical, Cubic), each printed
with ``print(model)``, GSTools' call-like representation::

    Gaussian(dim=2, var=1.35, len_scale=12.7, nugget=0.0587)
    Matern(dim=2, var=1.35, len_scale=7.14, nugget=0.0587, nu=29.9)

three significant digits (``model._prec``).

Truth: each fitted model's attributes, as GSTools' ``model_repr`` formats them (its code was read
for this): ``var``, ``len_scale``, ``nugget`` (printed only when not close to zero: in the truth
only then) and the model's optional arguments (``nu`` of Matern, ``alpha`` of Stable). ``dim=2``
is configuration (param).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main


def run() -> None:
    import gstools as gs
    import numpy as np

    rng = np.random.default_rng(24)
    x, y = rng.uniform(0, 100, 200), rng.uniform(0, 100, 200)
    srf = gs.SRF(gs.Gaussian(dim=2, var=1.5, len_scale=12), seed=24)
    field = srf((x, y)) + rng.normal(scale=0.2, size=200)
    centers, gamma = gs.vario_estimate((x, y), field, np.arange(0, 50, 4))
    truth = Truth()
    for model in (gs.Gaussian(dim=2), gs.Exponential(dim=2), gs.Matern(dim=2),
                  gs.Stable(dim=2), gs.Spherical(dim=2), gs.Cubic(dim=2)):
        model.fit_variogram(centers, gamma)
        print(model, flush=True)
        truth.add(var=model.var, len_scale=model.len_scale)
        if not np.isclose(model.nugget, 0):
            truth.add(nugget=model.nugget)
        for opt in model.opt_arg:
            truth.add(**{opt: getattr(model, opt)})
    truth.write("GSTools: the fitted covariance models' var, len_scale, nugget and optional "
                "arguments, as model_repr prints them", libraries=("gstools", "numpy"),
                params={"dim": 2}, rel=5e-3, abs_tol=1e-9)  # three significant digits


if __name__ == "__main__":
    main(__file__, {"gstools": run}, root=HELDOUT24)
