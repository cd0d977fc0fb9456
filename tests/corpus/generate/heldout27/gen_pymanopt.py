"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Riemannian optimisation with Pymanopt (PyPI ``pymanopt``, autograd backend), seeded: the
leading eigenvector of a random symmetric 8x8 matrix (minimise ``-x'Ax`` on the sphere) by
steepest descent, then a Brockett cost on the Stiefel manifold St(6, 3) by conjugate gradients,
each for 12 iterations at ``verbosity=2``. Pymanopt prints ``Optimizing...``, a ruled table
``Iteration  Cost  Gradient norm`` with one row an iteration (cost as ``+1.7167e-01`` with 16
decimals, the norm with 8), then ``Terminated - max iterations reached after 0.00 seconds.``

Truth, from each run's ``log['iterations']`` (``log_verbosity=2``): ``cost`` and
``gradient_norm`` under the printed column heads ``Cost`` and ``Gradient norm``, at the
iteration the row states (the count restarts for the second run). The time is not truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def run() -> None:
    import autograd.numpy as anp
    import numpy as np
    import pymanopt
    from pymanopt.manifolds import Sphere, Stiefel
    from pymanopt.optimizers import ConjugateGradient, SteepestDescent

    np.random.seed(27)  # random_point draws from the global generator
    rng = np.random.default_rng(27)
    a = rng.normal(size=(8, 8))
    a = 0.5 * (a + a.T)
    sphere = Sphere(8)

    @pymanopt.function.autograd(sphere)
    def rayleigh(x):
        return -x @ a @ x

    b = rng.normal(size=(6, 6))
    b = b @ b.T
    n = anp.diag(anp.array([3.0, 2.0, 1.0]))
    stiefel = Stiefel(6, 3)

    @pymanopt.function.autograd(stiefel)
    def brockett(x):
        return anp.trace(x.T @ b @ x @ n)

    truth = Truth()
    for manifold, cost, optimizer in (
            (sphere, rayleigh, SteepestDescent(verbosity=2, log_verbosity=2, max_iterations=12)),
            (stiefel, brockett,
             ConjugateGradient(verbosity=2, log_verbosity=2, max_iterations=12))):
        result = optimizer.run(pymanopt.Problem(manifold, cost),
                               initial_point=manifold.random_point())
        log = result.log["iterations"]
        for it, c, g in zip(log["iteration"], log["cost"], log["gradient_norm"]):
            truth.add(at=it, **{"Cost": c, "Gradient norm": g})
    truth.write("pymanopt: each optimizer result's log['iterations'] (iteration, cost, "
                "gradient_norm)", libraries=("pymanopt", "autograd", "numpy"), rel=1e-7)


if __name__ == "__main__":
    main(__file__, {"pymanopt": run}, root=HELDOUT27)
