"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Linear inverse problems with PyLops (PyPI ``pylops``), seeded: a 30 x 20 dense operator
(``MatrixMult``) inverted by CGLS with damping (6 iterations), a symmetric positive definite 20 x
20 operator by CG (5 iterations) and the first operator again by LSQR (6 iterations), each
``solver.solve(..., show=True)``: a dashed header (``CGLS``, ``The Operator Op has 30 rows and 20
cols``, ``damp = 1.000000e-02 tol = 1.000000e-04 niter = 6``), a column table ``Itn x[0] r1norm
r2norm`` (CG: ``Itn x[0] r2norm``; LSQR: more columns), a closing ``Iterations = 6 Total time (s) =
0.01`` and, for LSQR, a summary block.

Truth: read by a ``Callbacks.on_step_end`` hook at each iteration from the solver itself: ``x[0]``
(the current solution's first entry) and the costs the solver keeps (CGLS: ``cost`` is ``r1norm``,
``cost1`` is ``r2norm``; CG: ``cost`` is ``r2norm``; LSQR: its ``r1norm`` and ``r2norm``
attributes), under the column names at the ``Itn`` of the row (the three tables share the names;
the count restarts). LSQR's row 0 comes from ``setup`` (the start); its extra columns
(``Compatible``, ``LS``, ``Norm A``, ``Cond A``: the attributes ``test1``, ``test2``, ``anorm``,
``acond``, row 0 as the printer computes them) are optional, convergence tests and operator
estimates; its closing block states ``r1norm`` and ``r2norm`` again (metrics, no step; that block
and the extra columns print two significant digits, ``%8.1e``, so their truth is the value at that
precision, as the printer rounds it) beside ``istop``, ``itn``, ``anorm``, ``acond``, ``arnorm``,
``xnorm`` (optional). The header's settings (damp, tol, niter) are not metrics and the time is not
kept.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main


def run() -> None:
    import numpy as np
    import pylops
    from pylops.optimization.callback import Callbacks
    from pylops.optimization.cls_basic import CG, CGLS, LSQR

    rng = np.random.default_rng(29)
    A = pylops.MatrixMult(rng.normal(size=(30, 20)))
    y = A @ rng.normal(size=20)
    M = rng.normal(size=(20, 20))
    S = pylops.MatrixMult(M @ M.T + 20 * np.eye(20))
    ys = S @ rng.normal(size=20)
    truth = Truth()

    def printed(value):
        """A value at the two significant digits LSQR prints it with (``%8.1e``)."""
        return float(f"{float(value):.1e}")

    class Record(Callbacks):
        def __init__(self, kind):
            self.kind = kind

        def on_step_end(self, solver, x):
            k = solver.iiter
            if self.kind == "cgls":
                truth.add(at=k, **{"x[0]": x[0], "r1norm": solver.cost[k],
                                   "r2norm": solver.cost1[k]})
            elif self.kind == "cg":
                truth.add(at=k, **{"x[0]": x[0], "r2norm": solver.cost[k]})
            else:
                truth.add(at=k, **{"x[0]": x[0], "r1norm": solver.r1norm,
                                   "r2norm": solver.r2norm})
                if k == 0:  # the printer's own start values of these columns
                    truth.allow(Compatible=1.0, LS=printed(solver.alfa / solver.beta))
                else:
                    truth.allow(**{"Compatible": printed(solver.test1),
                                   "LS": printed(solver.test2),
                                   "Norm A": printed(solver.anorm),
                                   "Cond A": printed(solver.acond)})

    CGLS(A, callbacks=[Record("cgls")]).solve(y, x0=np.zeros(20), niter=6, damp=0.1, show=True)
    CG(S, callbacks=[Record("cg")]).solve(ys, x0=np.zeros(20), niter=5, show=True)
    lsqr = LSQR(A)  # no callbacks here: stepped by hand, as its API allows
    x = lsqr.setup(y, x0=np.zeros(20), niter=6, damp=0.05, show=True)
    hook = Record("lsqr")
    hook.on_step_end(lsqr, x)
    for _ in range(6):
        x = lsqr.step(x, show=True)
        hook.on_step_end(lsqr, x)
    lsqr.finalize(show=True)
    # The closing block states them again, at two significant digits.
    truth.add(r1norm=printed(lsqr.r1norm), r2norm=printed(lsqr.r2norm))
    truth.allow(istop=lsqr.istop, itn=lsqr.iiter)
    for name in ("anorm", "acond", "arnorm", "xnorm"):
        truth.allow(**{name: printed(getattr(lsqr, name))})
    truth.write("pylops: each solver's iterate and kept costs (cost, cost1, r1norm, r2norm) read "
                "by a Callbacks.on_step_end hook at every iteration",
                libraries=("pylops", "numpy", "scipy"), rel=5e-4)


if __name__ == "__main__":
    main(__file__, {"pylops": run}, root=HELDOUT29)
