"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Variogram fitting with SciKit-GStat (PyPI ``scikit-gstat``, imported as ``skgstat``): eighty
seeded sample locations on a 100 x 100 field with a smooth trend plus noise; four
``skg.Variogram`` fits on the same data (spherical, exponential and Gaussian models with ten
lags, then the spherical model with a nugget and the Cressie estimator), each printed with
``print(V)``::

    spherical Variogram
    -------------------
    Estimator:         matheron
            Effective Range:   66.22
            Sill:              0.61
            Nugget:            0.00

Truth: each fit's ``V.describe()`` (the dict the printer formats): ``effective_range`` as
``Effective Range``, ``sill`` as ``Sill``, ``nugget`` as ``Nugget`` (two decimals). The model and
estimator names are configuration (params ``Estimator``, the last fit's).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main


def run() -> None:
    import numpy as np
    import skgstat as skg

    rng = np.random.default_rng(24)
    coords = rng.uniform(0, 100, size=(80, 2))
    values = np.sin(coords[:, 0] / 15) + 0.01 * coords[:, 1] + rng.normal(scale=0.2, size=80)
    truth = Truth()
    fits = (dict(model="spherical"), dict(model="exponential"), dict(model="gaussian"),
            dict(model="spherical", use_nugget=True, estimator="cressie"))
    for kwargs in fits:
        variogram = skg.Variogram(coords, values, n_lags=10, **kwargs)
        print(variogram, flush=True)
        desc = variogram.describe()
        truth.add(**{"Effective Range": desc["effective_range"], "Sill": desc["sill"],
                     "Nugget": desc["nugget"]})
    truth.write("SciKit-GStat: each Variogram's describe() (effective_range, sill, nugget), the "
                "dict its printer formats", libraries=("scikit-gstat", "numpy"),
                params={"Estimator": desc["estimator"]}, rel=1e-3, abs_tol=5e-3)  # two decimals


if __name__ == "__main__":
    main(__file__, {"skgstat": run}, root=HELDOUT24)
