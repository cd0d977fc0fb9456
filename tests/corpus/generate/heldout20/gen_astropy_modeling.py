"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Model fitting with astropy's modeling package (PyPI ``astropy``): a Gaussian line
(``Gaussian1D``) fitted to 200 seeded points with a Levenberg-Marquardt fitter that computes
uncertainties, and a second-degree polynomial (``Polynomial1D``) fitted to 60 seeded points with
the linear least-squares fitter. For each, as astropy's documentation does, ``print(fitted)``
(``Model: Gaussian1D``, ``Inputs``, ``Outputs``, ``Model set size: 1``, then ``Parameters:``
and a table of the parameter names over their values) and, for the Gaussian, ``print(fitted.stds)``
(``standard deviations`` and ``amplitude| 0.048`` lines).

Truth: the fitted models' ``parameters`` under ``param_names`` (the table's column titles), and
``stds`` as ``standard deviations/<name>``. Optional: ``Model set size``. The polynomial's
printed ``Degree: 2`` is a param.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main


def run() -> None:
    import numpy as np
    from astropy.modeling import fitting, models

    rng = np.random.default_rng(0)
    truth = Truth()
    x = np.linspace(-5, 5, 200)
    y = 3 * np.exp(-0.5 * ((x - 1.3) / 0.8) ** 2) + rng.normal(0, 0.2, x.size)
    fitter = fitting.LevMarLSQFitter(calc_uncertainties=True)
    gauss = fitter(models.Gaussian1D(amplitude=1, mean=0, stddev=1), x, y)
    print(gauss)
    print(gauss.stds)
    truth.allow(**{"Model set size": 1})
    for name, value, std in zip(gauss.param_names, gauss.parameters, gauss.stds.stds):
        truth.add(**{name: value, f"standard deviations/{name}": std})

    x = np.linspace(0, 6, 60)
    y = 0.5 * x ** 2 - 2 * x + 1 + rng.normal(0, 0.3, x.size)
    poly = fitting.LinearLSQFitter()(models.Polynomial1D(degree=2), x, y)
    print()
    print(poly)
    truth.allow(**{"Model set size": 1})
    for name, value in zip(poly.param_names, poly.parameters):
        truth.add(**{name: value})
    truth.write("astropy.modeling: the fitted models' parameters under param_names and the "
                "Gaussian's stds as standard deviations/<name>; Model set size optional",
                libraries=("astropy", "numpy"), params={"Degree": 2},
                rel=1e-4, abs_tol=5e-4)  # stds with three decimals


if __name__ == "__main__":
    main(__file__, {"astropy-modeling": run}, root=HELDOUT20)
