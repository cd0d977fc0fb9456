"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Derivative-free nonlinear least squares with DFO-LS (PyPI ``DFO-LS``, imported as ``dfols``):
a three-parameter exponential decay fitted to twelve seeded noisy points (the residual vector is
the model minus the data), ``dfols.solve(..., print_progress=True, maxfun=14)`` with the
diagnostic record switched on (``logging.save_diagnostic_info``). With ``print_progress`` the
solver prints a table, one row an iteration::

     Run  Iter     Obj       Grad     Delta      rho     Evals
      1     1    7.10e+00  8.67e+01  1.20e-01  1.20e-01    3

then ``print(soln)`` prints its results block (``****** DFO-LS Results ******``, ``Solution xmin
= [...]``, ``Residual vector = [...]``, ``Objective value f(xmin) = ...``, ``Needed 14 objective
evaluations``, the approximate Jacobian, ``Solution xmin was evaluation point ...``, ``Exit flag =
...`` and its message).

Truth: the solution's ``diagnostic_info`` frame, one row per printed iteration (its row i is the
row printed with ``Iter`` i + 1): ``fk`` as ``Obj``, ``norm_gk`` as ``Grad``, ``delta`` as
``Delta``, ``rho`` as ``rho``, at the iteration; ``nf`` as ``Evals`` and ``nruns + 1`` as
``Run`` optional (counts). ``soln.obj`` as ``Objective value f(xmin)``; the evaluation count and
the flag optional. The arrays (xmin, the residuals, the Jacobian) and the index of the
evaluation point: no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main


def run() -> None:
    import dfols
    import numpy as np

    rng = np.random.default_rng(24)
    t = np.linspace(0.0, 4.0, 12)
    y = 2.5 * np.exp(-1.3 * t) + 0.4 + rng.normal(scale=0.03, size=t.size)

    def residuals(p):
        return p[0] * np.exp(-p[1] * t) + p[2] - y

    soln = dfols.solve(residuals, np.array([1.0, 0.5, 0.0]), print_progress=True, maxfun=14,
                       user_params={"logging.save_diagnostic_info": True})
    sys.stdout.flush()
    print(soln, flush=True)
    truth = Truth()
    info = soln.diagnostic_info
    for i, row in enumerate(info.itertuples()):
        truth.add(at=i + 1, Obj=row.fk, Grad=row.norm_gk, Delta=row.delta, rho=row.rho)
        truth.allow(Evals=row.nf, Run=row.nruns + 1)
    truth.add(**{"Objective value f(xmin)": soln.obj})
    truth.allow(**{"Exit flag": soln.flag, "Needed": soln.nf})
    truth.write("DFO-LS: the solution's diagnostic_info rows (fk, norm_gk, delta, rho) at their "
                "iteration as the printed Obj, Grad, Delta, rho columns; soln.obj",
                libraries=("DFO-LS", "numpy"), rel=5e-3, abs_tol=1e-12)  # %.2e: three digits


if __name__ == "__main__":
    main(__file__, {"dfols": run}, root=HELDOUT24)
