"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Convex optimisation with PyUNLocBoX (PyPI ``pyunlocbox``), seeded: a LASSO problem (least squares
``norm_l2(y=y, A=A)`` plus ``norm_l1(lambda_=0.5)``, 30 x 20 Gaussian matrix) solved by the
forward-backward solver (5 iterations), the same problem by Douglas-Rachford (5 iterations), and
a ridge-like problem (``norm_l2`` data term plus a small ``norm_l2`` penalty) by gradient descent
(4 iterations), each ``solvers.solve(..., verbosity='ALL')``: ``INFO: Forward-backward method``,
the functions' evaluations at the start (``    norm_l2 evaluation: 9.542454e+02``), then for each
iteration ``Iteration 1 of forward_backward:``, each function's ``evaluation`` line and ``objective
= 1.95e+02`` (three significant digits), and at the end ``Solution found after 5 iterations:``,
``objective function f(sol) = ...``, ``stopping criterion: MAXIT``.

Truth: the ``objective`` list ``solve`` returns (each function's value, start included, one entry
a printed block); which entry is which function is found from the functions' values at the
starting point (``f.eval(x0)``), since the solver reorders them. Names are the printed labels: each
function's ``<function> evaluation`` (``norm_l2 evaluation``; the penalty of the third solve is a
second ``norm_l2``, printed under the same label, so its two functions' values alternate in print
order), the iteration's ``objective`` (the sum) and the closing ``objective function f(sol)`` (the
last sum). The iteration is stated on the line before the values, so no step. The iteration
counts and the solvers' step settings are not metrics (the step is not printed).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main


def run() -> None:
    import numpy as np
    from pyunlocbox import functions, solvers

    rng = np.random.default_rng(29)
    A = rng.normal(size=(30, 20))
    y = A @ (rng.normal(size=20) * (rng.uniform(size=20) < 0.4))
    lip = np.linalg.norm(A, 2) ** 2
    truth = Truth()

    def solve(funcs, solver, maxit):
        x0 = np.zeros(20)
        start = [f.eval(x0) for f in funcs]
        ret = solvers.solve(funcs, x0, solver, rtol=1e-12, maxit=maxit, verbosity="ALL")
        rows = [list(map(float, r)) for r in ret["objective"]]
        # The solver's order of the functions: the permutation that matches the start values.
        first = rows[0]
        order = []
        for value in first:
            idx = next(i for i, s in enumerate(start)
                       if i not in order and abs(s - value) <= 1e-9 * max(1.0, abs(s)))
            order.append(idx)
        names = [f"{funcs[i].__class__.__name__} evaluation" for i in order]
        for k, row in enumerate(rows):
            for name, value in zip(names, row):
                truth.add(**{name: value})
            if k > 0:
                truth.add(objective=sum(row))
        truth.add(**{"objective function f(sol)": sum(rows[-1])})

    data = functions.norm_l2(y=y, A=A)
    solve([data, functions.norm_l1(lambda_=0.5)],
          solvers.forward_backward(step=0.5 / lip), 5)
    solve([functions.norm_l2(y=y, A=A), functions.norm_l1(lambda_=0.5)],
          solvers.douglas_rachford(step=0.05), 5)
    solve([functions.norm_l2(y=y, A=A), functions.norm_l2(lambda_=0.1)],
          solvers.gradient_descent(step=0.5 / lip), 4)
    truth.write("pyunlocbox: the objective lists solvers.solve returns (one value a function and "
                "block), mapped to functions by their values at the start; sums for objective",
                libraries=("pyunlocbox", "numpy", "scipy"), rel=5e-3)


if __name__ == "__main__":
    main(__file__, {"pyunlocbox": run}, root=HELDOUT29)
