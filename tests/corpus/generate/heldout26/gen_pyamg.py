"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Algebraic multigrid with PyAMG (PyPI ``pyamg``), seeded: a 2-D Poisson matrix (60 x 60 grid,
3600 unknowns) and a random right-hand side, solved by three hierarchies (classical Ruge-Stüben,
smoothed aggregation, root-node aggregation). For each, the script prints the hierarchy as PyAMG
prints it (``print(ml)``: ``MultilevelSolver``, ``Number of Levels: 6``, ``Operator
Complexity: 2.182``, ``Grid Complexity: 1.671``, ``Coarse Solver: 'pinv'`` and a table ``level
unknowns nonzeros`` with each level's share of the nonzeros, ``17760 [45.84%]``), then solves
to 1e-8 and prints the residual history the solver hands back, a line per cycle
(``iter   3  residual 1.810e-01``), and a last line ``converged in 8 cycles, convergence factor
0.071``.

Truth: ``ml.operator_complexity()`` and ``ml.grid_complexity()`` under the printed labels
(``Operator Complexity``, ``Grid Complexity``, one value a hierarchy); the ``residuals`` list
``ml.solve`` fills, as ``residual`` at the cycle the line states (from 0, the initial residual;
the count restarts for each solver); the convergence factor (the geometric mean of the
residual ratios, as the script computes it from that list) as ``convergence factor``. Optional:
the number of levels, each level's unknowns and nonzeros and its share, the cycle count.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main


def run() -> None:
    import numpy as np
    import pyamg

    A = pyamg.gallery.poisson((60, 60), format="csr")
    b = np.random.default_rng(26).random(A.shape[0])
    truth = Truth()
    for build in (pyamg.ruge_stuben_solver, pyamg.smoothed_aggregation_solver,
                  pyamg.rootnode_solver):
        ml = build(A)
        print(ml, flush=True)
        truth.add(**{"Operator Complexity": ml.operator_complexity(),
                     "Grid Complexity": ml.grid_complexity()})
        truth.allow(**{"Number of Levels": len(ml.levels)})
        total = sum(level.A.nnz for level in ml.levels)
        for i, level in enumerate(ml.levels):
            truth.allow(**{f"{i}/unknowns": level.A.shape[0], f"{i}/nonzeros": level.A.nnz,
                           f"{i}/share": 100.0 * level.A.nnz / total})
        residuals: list[float] = []
        ml.solve(b, tol=1e-8, residuals=residuals)
        for k, r in enumerate(residuals):
            print(f"iter {k:3d}  residual {r:.3e}")
            truth.add(at=k, residual=r)
        factor = (residuals[-1] / residuals[0]) ** (1.0 / (len(residuals) - 1))
        print(f"converged in {len(residuals) - 1} cycles, convergence factor {factor:.3f}\n",
              flush=True)
        truth.add(**{"convergence factor": factor})
        truth.allow(cycles=len(residuals) - 1)
    truth.write("PyAMG: operator_complexity(), grid_complexity() and the levels of each "
                "MultilevelSolver; the residuals list ml.solve fills",
                libraries=("pyamg", "numpy", "scipy"), rel=1e-3)  # four significant digits


if __name__ == "__main__":
    main(__file__, {"pyamg": run}, root=HELDOUT26)
