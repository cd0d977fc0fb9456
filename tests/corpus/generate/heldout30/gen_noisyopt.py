"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Optimisation of noisy functions with noisyopt (PyPI ``noisyopt``), seeded: three
``minimizeCompass(..., disp=True)`` runs (pattern search with adaptive resampling: a noisy
quadratic in 2-D, a noisy Rosenbrock-like valley in 2-D with bounds, a noisy 3-D sphere with
``paired=True``). With ``disp`` noisyopt prints ``minimization starting``, ``args ()``,
``errorcontrol True``, ``paired False``, ``nit 1, Delta 1`` per iteration, bare iterates
(``[1. 0.]``, ``mid [ 1.  -0.5]``), ``new N 60`` when it raises the sample size, and at the end
the ``OptimizeResult`` it returns (`` message: ...``, ``fun: 0.00043...``, ``x: [ 1.500e+00
-5.000e-01]``, ``nit``, ``funse``, ``nfev``, ``free``).

Truth: the returned ``OptimizeResult``: ``fun`` (one value a run) and ``x`` (a series in print
order) metrics; ``funse`` (the standard error of ``fun``), ``nit`` and ``nfev`` optional. The
step ``Delta`` (the pattern size, a schedule the search sets), the sample sizes ``N``, the bare
iterates and the settings lines are not kept by the result: printed, no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main


def run() -> None:
    import numpy as np
    from noisyopt import minimizeCompass

    truth = Truth()
    np.random.seed(30)

    def quad(x):
        return (x[0] - 1.5) ** 2 + 2 * (x[1] + 0.5) ** 2 + 0.01 * np.random.randn()

    def valley(x):
        return (1 - x[0]) ** 2 + 5 * (x[1] - x[0] ** 2) ** 2 + 0.02 * np.random.randn()

    def sphere(x, seed=None):
        noise = np.random.default_rng(seed).standard_normal()  # paired runs pass a seed
        return float(np.sum((np.asarray(x) - 0.3) ** 2)) + 0.01 * noise

    runs = (
        dict(func=quad, x0=[0.0, 0.0], deltatol=0.05, paired=False),
        dict(func=valley, x0=[-1.0, 1.0], bounds=[[-2, 2], [-2, 2]], deltainit=0.5,
             deltatol=0.05, paired=False),
        dict(func=sphere, x0=[1.0, -1.0, 0.0], deltatol=0.1, paired=True),
    )
    for kwargs in runs:
        res = minimizeCompass(disp=True, **kwargs)
        truth.add(fun=res.fun)
        for value in res.x:
            truth.add(x=value)
        truth.allow(funse=res.funse, nit=res.nit, nfev=res.nfev)
    truth.write("noisyopt: the OptimizeResult minimizeCompass returns (fun, x; funse, nit, nfev "
                "optional)", libraries=("noisyopt", "numpy", "scipy"), rel=5e-4)


if __name__ == "__main__":
    main(__file__, {"noisyopt": run}, root=HELDOUT30)
