"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Finite elements with NGSolve (PyPI ``ngsolve``, with Netgen): a Poisson problem on the unit
square (source x*y, zero boundary values), meshed by Netgen, solved three times with
``printrates=True``: conjugate gradients with a multigrid preconditioner (order 2), conjugate
gradients with a BDDC preconditioner (order 3), and GMRes with a local (Jacobi) preconditioner
(order 2, at most 12 iterations). NGSolve's Krylov solvers print, one line an iteration, an
erase-line escape ``ESC[2K`` and ``CG iteration 1, residual = 0.05177357243217712`` (``GMRES
iteration 1, residual = ...``), padded with spaces.

Truth, from each solver object's ``errors`` list (the residual of every iteration, in order),
under the printed label ``residual`` at the iteration the line states (restarting for each
solve).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def run() -> None:
    from netgen.geom2d import unit_square
    from ngsolve import (BilinearForm, GridFunction, H1, LinearForm, Mesh, Preconditioner,
                         dx, grad, x, y)
    from ngsolve.krylovspace import CGSolver, GMResSolver

    mesh = Mesh(unit_square.GenerateMesh(maxh=0.1))
    truth = Truth()
    for order, precond, solver_class in ((2, "multigrid", CGSolver),
                                                (3, "bddc", CGSolver),
                                                (2, "local", GMResSolver)):
        fes = H1(mesh, order=order, dirichlet="bottom|right|top|left")
        u, v = fes.TnT()
        a = BilinearForm(grad(u) * grad(v) * dx)
        pre = Preconditioner(a, precond)
        a.Assemble()
        f = LinearForm(x * y * v * dx).Assemble()
        gfu = GridFunction(fes)
        solver = solver_class(a.mat, pre.mat, printrates=True,
                              maxiter=12 if solver_class is GMResSolver else 200, tol=1e-10)
        gfu.vec.data = solver * f.vec
        for i, error in enumerate(solver.errors, start=1):
            truth.add(at=i, residual=error)
    truth.write("ngsolve: each Krylov solver's errors list after the solve",
                libraries=("ngsolve", "netgen-mesher"), rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"ngsolve": run}, root=HELDOUT27)
