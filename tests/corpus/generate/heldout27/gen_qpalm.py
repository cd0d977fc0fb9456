"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

A convex quadratic program with QPALM (PyPI ``qpalm``, the proximal augmented Lagrangian
solver), seeded: 30 variables, 20 two-sided linear constraints, ``verbose = 1`` and
``print_iter = 1``. QPALM prints a banner, a ruled table ``Iter | P. res | D. res | Stepsize |
Objective`` (``%.4e`` numbers; a row of dashes where an outer iteration starts), then a boxed
summary (``| QPALM finished successfully. |``, ``| primal residual: 5.3761e-07, primal
tolerance: 2.0000e-04 |``, ``dual residual``, ``objective value``, ``runtime: 0.40
milliseconds``).

Truth, from the solver's ``info``: the final ``pri_res_norm``, ``dua_res_norm``, ``objective``
for the box (``primal residual``, ``dual residual``, ``objective value``), and for each table row
the same problem solved again with ``max_iter`` one more than the row's number (the row is
printed at the start of the next iteration: a solve stopped there reports the row's state, as
the generator's runs showed), under the heads ``P. res``, ``D. res``, ``Objective`` at the
``Iter`` the row states; rows of dashes (where the stopped solves' outer-iteration count
``iter_out`` steps up) have none. ``Stepsize`` (the line search's step) has no
truth; the tolerances and the runtime are optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def solve(max_iter=None, verbose=0):
    import numpy as np
    import qpalm
    from scipy import sparse

    rng = np.random.default_rng(27)
    n, m = 30, 20
    factor = rng.normal(size=(n, n))
    data = qpalm.Data(n, m)
    data.Q = sparse.csc_matrix(factor @ factor.T / n + 0.1 * np.eye(n))
    data.A = sparse.csc_matrix(rng.normal(size=(m, n)))
    data.q = rng.normal(size=n) * 5
    data.bmin = -np.ones(m)
    data.bmax = np.ones(m)
    settings = qpalm.Settings()
    settings.verbose = verbose
    settings.print_iter = 1
    if max_iter:
        settings.max_iter = max_iter
    solver = qpalm.Solver(data, settings)
    solver.solve()
    return solver.info


def run() -> None:
    final = solve(verbose=1)
    sys.stdout.flush()
    truth = Truth()
    states = {k: solve(max_iter=k) for k in range(1, final.iter + 2)}
    for row in range(1, final.iter + 1):
        state = states[row + 1]
        if state.iter_out != states[row].iter_out:
            continue  # an outer iteration starts: the row is printed as dashes
        truth.add(at=row, **{"P. res": state.pri_res_norm, "D. res": state.dua_res_norm,
                             "Objective": state.objective})
    truth.add(**{"primal residual": final.pri_res_norm, "dual residual": final.dua_res_norm,
                 "objective value": final.objective})
    truth.allow(runtime=1000 * final.run_time)
    truth.write("qpalm: Solver.info of the full solve and of solves stopped by max_iter at "
                "each printed row", libraries=("qpalm", "numpy", "scipy"),
                rel=5e-5, abs_tol=5e-9)


if __name__ == "__main__":
    main(__file__, {"qpalm": run}, root=HELDOUT27)
