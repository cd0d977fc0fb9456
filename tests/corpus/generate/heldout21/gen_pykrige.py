"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Kriging with PyKrige (PyPI ``PyKrige``): 150 seeded points of a smooth field on a 30 x 30 square
with noise, four models fitted with ``verbose=True`` (and ``enable_statistics=True`` for ordinary
kriging; universal kriging computes and prints them always, then ``Initializing drift terms...``):
ordinary kriging with a spherical, an exponential and a Gaussian variogram and universal kriging
with a linear variogram and a regional linear drift. PyKrige prints its own progress (``Adjusting
data for anisotropy...``, ``Initializing variogram model...``, ``Coordinates type: 'euclidean'``),
then ``Using 'spherical' Variogram Model`` and the fitted parameters one a line (``Partial Sill:
2.66...``, ``Full Sill:``, ``Range:``, ``Nugget:``; for the linear model ``Slope:`` and
``Nugget:``), then ``Calculating statistics on variogram model fit...`` and ``Q1 = ...``, ``Q2 =
...``, ``cR = ...``. A ``== <name> ==`` header line before each model is the script's.

Truth: the fitted models' ``variogram_model_parameters`` (spherical, exponential, Gaussian:
``[psill, range, nugget]``; linear: ``[slope, nugget]``) under the printed labels, ``Full Sill``
their ``psill + nugget`` as PyKrige prints it, and the statistics attributes ``Q1``, ``Q2`` and
``cR``; all results, none optional. ``nlags`` is a param (the script's ``nlags=10``, printed in no
line but the header).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main


def run() -> None:
    import numpy as np
    from pykrige.ok import OrdinaryKriging
    from pykrige.uk import UniversalKriging

    rng = np.random.default_rng(21)
    x, y = rng.uniform(0, 30, 150), rng.uniform(0, 30, 150)
    z = (np.sin(x / 5) + np.cos(y / 7) + 0.05 * x + rng.normal(0, 0.15, x.size))
    truth = Truth()
    models = [("spherical", OrdinaryKriging), ("exponential", OrdinaryKriging),
              ("gaussian", OrdinaryKriging), ("linear", UniversalKriging)]
    for name, kind in models:
        print(f"== {kind.__name__} {name} (nlags=10) ==")
        extra = ({"drift_terms": ["regional_linear"]} if kind is UniversalKriging
                 else {"enable_statistics": True})  # UniversalKriging always computes them
        fit = kind(x, y, z, variogram_model=name, nlags=10, verbose=True,
                   enable_plotting=False, **extra)
        params = fit.variogram_model_parameters
        if name == "linear":
            truth.add(Slope=params[0], Nugget=params[1])
        else:
            truth.add(**{"Partial Sill": params[0], "Full Sill": params[0] + params[2],
                         "Range": params[1], "Nugget": params[2]})
        truth.add(Q1=fit.Q1, Q2=fit.Q2, cR=fit.cR)
        print()
    truth.write("PyKrige: the fitted variogram_model_parameters under the printed labels (Full "
                "Sill = psill + nugget) and the Q1, Q2, cR statistics attributes",
                libraries=("PyKrige", "numpy", "scipy"), params={"nlags": 10},
                rel=1e-9, abs_tol=1e-12)  # repr: every digit


if __name__ == "__main__":
    main(__file__, {"pykrige": run}, root=HELDOUT21)
