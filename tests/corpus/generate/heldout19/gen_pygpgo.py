"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Bayesian optimisation with pyGPGO (PyPI ``pyGPGO``): a Gaussian-process surrogate (squared
exponential kernel) with expected improvement, maximising a smooth two-dimensional function
over a box, 3 initial evaluations then 6 iterations, and a second run with a Student-t process
and upper confidence bound on a one-dimensional function (2 initial, 5 iterations), seeded.
Each ``GPGO`` prints a tab-separated header when it is made (both are made before
the first run, so the two headers come first), ``Evaluation  Proposed point  Current eval.
Best eval.``; ``run`` prints one line per initial evaluation (``init  [0.3525232  1.59085491].
-3.9197...  -3.9197...``) and one per iteration (``3  [ 0.81014239 -0.53936419].
0.6151...  0.6151...``, tabs shown as two spaces, the current value in green when it is
the best so far).

Truth: the surrogate's own record of the evaluations (``GP.y``) as ``Current eval.``, and
``Best eval.`` as the printer takes it (``tau``, the best of ``GP.y`` so far, which for the
initial lines is the best of all initial evaluations, and ``history`` for the iterations);
iteration lines are stepped by their printed evaluation number, initial lines unstepped.
Optional: the proposed points' coordinates (``GP.X``), under ``Proposed point``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main


def run() -> None:
    import numpy as np
    from pyGPGO.acquisition import Acquisition
    from pyGPGO.covfunc import matern52, squaredExponential
    from pyGPGO.GPGO import GPGO
    from pyGPGO.surrogates.GaussianProcess import GaussianProcess
    from pyGPGO.surrogates.tStudentProcess import tStudentProcess

    def bowl(x, y):
        return -((x - 1) ** 2 + (y + 0.5) ** 2) + np.sin(3 * x)

    def wave(x):
        return np.sin(2 * x) * np.exp(-0.1 * x ** 2)

    np.random.seed(20)
    runs = [
        (GPGO(GaussianProcess(squaredExponential()), Acquisition(mode="ExpectedImprovement"),
              bowl, {"x": ("cont", [-2, 2]), "y": ("cont", [-2, 2])}), 6, 3),
        (GPGO(tStudentProcess(matern52()), Acquisition(mode="UCB", beta=1.5), wave,
              {"x": ("cont", [-3, 3])}), 5, 2),
    ]
    truth = Truth()
    for opt, iterations, init in runs:
        opt.run(max_iter=iterations, init_evals=init)
        y = [float(v) for v in opt.GP.y]
        for i in range(init):
            truth.add(**{"Current eval.": y[i], "Best eval.": max(y[:init])})
        for k in range(1, iterations + 1):
            truth.add(at=k, **{"Current eval.": y[init + k - 1], "Best eval.": max(y[:init + k])})
        for point in np.asarray(opt.GP.X):
            for value in np.atleast_1d(point):
                truth.allow(**{"Proposed point": float(value)})
    truth.write("pyGPGO: the surrogate's GP.y (Current eval.) and its running best as the "
                "printer's tau (Best eval.), iteration lines stepped by their number; proposed "
                "points (GP.X) optional", libraries=("pyGPGO",),
                params={"max_iter": "6, 5", "init_evals": "3, 2"},
                rel=1e-7, abs_tol=1e-9)  # printed with str()


if __name__ == "__main__":
    main(__file__, {"pygpgo": run}, root=HELDOUT19)
