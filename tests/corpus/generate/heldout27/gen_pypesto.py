"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Multi-start optimisation with pyPESTO (PyPI ``pypesto``), seeded: the 3-D Rosenbrock function
with its gradient (five L-BFGS-B starts) and a 4-D shifted quadratic (four Powell starts), each
result's ``summary()`` printed: a markdown report (``## Optimization Result``, bullets ``*
number of starts: 5``, ``* best value: 2.497e-14, id=0``, ``* worst value: ...``, execution
times, a pipe table of optimizer messages with counts, ``* best value found (approximately) 5
time(s)``, ``* number of plateaus found: 1``, then ``### Optimizer Result`` of the best run:
optimizer, message, evaluations, time, start and end points and the final gradient as arrays,
``* final objective value: ...``).

Truth, from the ``Result`` objects: ``best value`` and ``worst value`` (the smallest and largest
``fval`` of the starts) and ``final objective value`` (the best run's ``fval``), one value a
result; optional: the counts (starts, non-finite values, evaluations, message counts, times the
best value was found, plateaus), the ``id`` numbers, the times, the end point and gradient
entries (the printed arrays have no labels).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def run() -> None:
    import numpy as np
    import pypesto
    import pypesto.optimize as optimize
    from scipy.optimize import rosen, rosen_der

    np.random.seed(27)
    truth = Truth()
    shift = np.array([0.5, -1.0, 1.5, 0.25])
    problems = (
        (pypesto.Objective(fun=rosen, grad=rosen_der), 3, 5,
         optimize.ScipyOptimizer(method="L-BFGS-B")),
        (pypesto.Objective(fun=lambda x: float(np.sum((x - shift) ** 2) + 0.1)), 4, 4,
         optimize.ScipyOptimizer(method="Powell")))
    for objective, dim, starts, optimizer in problems:
        problem = pypesto.Problem(objective=objective, lb=-3 * np.ones(dim), ub=3 * np.ones(dim))
        result = optimize.minimize(problem, optimizer=optimizer, n_starts=starts,
                                   progress_bar=False)
        print(result.summary())
        runs = result.optimize_result.list
        fvals = [r.fval for r in runs]
        best = runs[int(np.argmin(fvals))]
        truth.add(**{"best value": min(fvals), "worst value": max(fvals),
                     "final objective value": best.fval})
        truth.allow(**{"number of starts": starts, "number of non-finite values": 0,
                       "number of evaluations": best.n_fval})
        times = [r.time for r in runs]
        truth.allow(**{"Mean execution time": float(np.mean(times)),
                       "Maximum execution time": max(times),
                       "Minimum execution time": min(times),
                       "time taken to optimize": best.time,
                       "best value found (approximately)": starts,
                       "number of plateaus found": 1})
        truth.allow(**{f"x{i}": v for i, v in enumerate(best.x)})
        if best.grad is not None:
            truth.allow(**{f"grad{i}": v for i, v in enumerate(best.grad)})
    truth.write("pypesto: each Result's optimize_result list (fval of every start, the best "
                "start's fval, n_fval, x, grad)", libraries=("pypesto", "numpy", "scipy"),
                rel=1e-6, abs_tol=1e-20)


if __name__ == "__main__":
    main(__file__, {"pypesto": run}, root=HELDOUT27)
