"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Derivative-free bound-free minimisation with Py-BOBYQA (PyPI ``Py-BOBYQA``, imported as
``pybobyqa``): Rosenbrock's function from (-1.2, 1), ``pybobyqa.solve(..., print_progress=True,
maxfun=16)`` with the diagnostic record switched on (``logging.save_diagnostic_info``). With
``print_progress`` the solver prints a table, one row an iteration::

     Run  Iter     Obj       Grad     Delta      rho     Evals
      1     1    7.10e+00  1.08e+02  1.20e-01  1.20e-01    5

then ``print(soln)`` prints its results block (``****** Py-BOBYQA Results ******``, ``Solution
xmin = [...]``, ``Objective value f(xmin) = 0.683489358``, ``Needed 16 objective evaluations (at
16 points)``, the approximate gradient and Hessian as arrays, ``Exit flag = 1`` and a warning that
the evaluation budget ran out).

Truth: the solution's ``diagnostic_info`` frame, one row per printed iteration (its row i is the
row printed with ``Iter`` i + 1): ``fk`` as ``Obj``, ``norm_gk`` as ``Grad``, ``delta`` as
``Delta``, ``rho`` as ``rho``, at the iteration; ``nf`` as ``Evals`` and ``nruns + 1`` as
``Run`` optional (counts). ``soln.f`` as ``Objective value f(xmin)``; the evaluation count
(``nf``) and ``flag`` optional. The arrays (xmin, gradient, Hessian) are the solution, not scores:
no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main


def run() -> None:
    import numpy as np
    import pybobyqa

    def rosen(x):
        return 100.0 * (x[1] - x[0] ** 2) ** 2 + (1.0 - x[0]) ** 2

    soln = pybobyqa.solve(rosen, np.array([-1.2, 1.0]), print_progress=True, maxfun=16,
                          user_params={"logging.save_diagnostic_info": True})
    sys.stdout.flush()
    print(soln, flush=True)
    truth = Truth()
    info = soln.diagnostic_info
    for i, row in enumerate(info.itertuples()):
        truth.add(at=i + 1, Obj=row.fk, Grad=row.norm_gk, Delta=row.delta, rho=row.rho)
        truth.allow(Evals=row.nf, Run=row.nruns + 1)
    truth.add(**{"Objective value f(xmin)": soln.f})
    truth.allow(**{"Exit flag": soln.flag, "Needed": soln.nf})
    truth.write("Py-BOBYQA: the solution's diagnostic_info rows (fk, norm_gk, delta, rho) at "
                "their iteration as the printed Obj, Grad, Delta, rho columns; soln.f",
                libraries=("Py-BOBYQA", "numpy"), rel=5e-3, abs_tol=1e-12)  # %.2e: three digits


if __name__ == "__main__":
    main(__file__, {"pybobyqa": run}, root=HELDOUT24)
