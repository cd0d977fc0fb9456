"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Proximal algorithms with PyProximal (PyPI ``pyproximal``, on PyLops), seeded: a sparse recovery
(30 x 60 Gaussian operator, three spikes) as ``L2(Op, b)`` plus ``L1(sigma=0.1)``, solved by
``ProximalGradient`` (5 iterations), the same with FISTA acceleration (4) and a total-variation
denoising by ``LinearizedADMM`` (4); each ``show=True``: a dashed header (the operators' names,
``tau = 3.20e-03		backtrack = False``, ``beta = 0.5		epsg = 1.0		acceleration = None``,
``niter = 5 ...``), a table ``Itn x[0] f g J=f+eps*g tau`` (ADMM: ``Itn x[0] f g J=f+g``),
``Iterations = 5        Total time (s) = 0.00``.

Truth: the iterate each solver hands its ``callback`` after every iteration, with the problem's
own proximal objects evaluated on it (``f = proxf(x)``, ``g = proxg(x)``; ADMM's ``g`` is
``proxg(A x)``, the printer's definitions): ``x[0]``, ``f``, ``g`` and the printed sum
(``J=f+eps*g``, ``eps`` being 1 here; ``J=f+g``) at the row's ``Itn`` (the three tables share
the names ``x[0]``, ``f``, ``g``; the count restarts). The ``tau`` column (the step size, a setting
here) and the header's settings are params or not metrics: ``tau`` a param of the first two.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main


def run() -> None:
    import numpy as np
    import pylops
    import pyproximal
    from pyproximal.optimization.primal import (AcceleratedProximalGradient, LinearizedADMM,
                                                ProximalGradient)

    rng = np.random.default_rng(29)
    A = rng.normal(size=(30, 60))
    x_true = np.zeros(60)
    x_true[[3, 10, 40]] = [1.5, -2.0, 1.0]
    b = A @ x_true
    Op = pylops.MatrixMult(A)
    tau = 0.5 / np.linalg.norm(A, 2) ** 2
    truth = Truth()

    def hook(f, g, J, apply=lambda x: x):
        state = {"k": 0}

        def callback(x):
            state["k"] += 1
            fv, gv = float(f(x)), float(g(apply(x)))
            truth.add(at=state["k"], **{"x[0]": x[0], "f": fv, "g": gv, J: fv + gv})
        return callback

    l2, l1 = pyproximal.L2(Op=Op, b=b), pyproximal.L1(sigma=0.1)
    ProximalGradient(l2, l1, x0=np.zeros(60), tau=tau, niter=5, show=True,
                     callback=hook(l2, l1, "J=f+eps*g"))
    l2, l1 = pyproximal.L2(Op=Op, b=b), pyproximal.L1(sigma=0.1)
    AcceleratedProximalGradient(l2, l1, x0=np.zeros(60), tau=tau, niter=4, show=True,
                                acceleration="fista", callback=hook(l2, l1, "J=f+eps*g"))
    n = 80
    signal = np.repeat([0.0, 2.0, -1.0, 1.0], n // 4) + rng.normal(0, 0.3, n)
    D = pylops.FirstDerivative(n, edge=True, kind="forward")
    l2d, l1d = pyproximal.L2(b=signal), pyproximal.L1(sigma=0.5)
    LinearizedADMM(l2d, l1d, D, tau=0.9, mu=0.9 / np.linalg.norm(D.todense(), 2) ** 2,
                   x0=np.zeros(n), niter=4, show=True,
                   callback=hook(l2d, l1d, "J=f+g", apply=lambda x: D @ x))
    truth.write("pyproximal: the iterate handed to each solver's callback, with the problem's "
                "proximal objects evaluated on it (f, g, their sum)",
                libraries=("pyproximal", "pylops", "numpy"), params={"tau": float(tau)},
                rel=5e-4)


if __name__ == "__main__":
    main(__file__, {"pyproximal": run}, root=HELDOUT29)
