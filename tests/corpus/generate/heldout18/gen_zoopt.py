"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Derivative-free optimisation with ZOOpt (PyPI ``zoopt``, the classification-based optimiser
of Nanjing University's LAMDA group): a shifted sphere in four continuous dimensions minimised
three times with a budget of 100 evaluations each (``ExpOpt.min(..., repeat=3)``), and a
shifted Ackley function in six dimensions twice with a budget of 200, seeded through ``random``
and ``numpy``. Each run prints the solution it found (``[zoopt] x: [0.32, ...]`` and ``[zoopt]
value: 0.0170...``, full ``repr`` precision), then ``[zoopt] The best solution is:`` and the
same two lines again; each experiment closes with ``[zoopt] Best 3 results: 0.00833... +-
0.00641...`` (the mean and the standard deviation of the runs' values).

Truth: the ``Solution`` objects ``ExpOpt.min`` returns, read by the same process: each one's
``get_value()`` as ``value``, listed twice (it is printed twice); the closing line's mean as
``Best 3 results`` / ``Best 2 results`` and its standard deviation as ``<that>_std``, computed
as ZOOpt's ``result_analysis`` computes them (``np.mean`` and ``np.std`` of the sorted values).
Optional: the solutions' coordinates (``x``, a printed list). Judgement: the ``+-`` spread is
named after its mean, as the earlier halves name a ``±`` spread; the budgets are params. No
step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main


def sphere(solution) -> float:
    import numpy as np

    x = np.array(solution.get_x())
    return float(np.sum((x - 0.2) ** 2))


def ackley(solution) -> float:
    import numpy as np

    x = np.array(solution.get_x()) - 0.3
    return float(-20 * np.exp(-0.2 * np.sqrt(np.mean(x ** 2)))
                 - np.exp(np.mean(np.cos(2 * np.pi * x))) + np.e + 20)


def run() -> None:
    import random

    import numpy as np
    from zoopt import Dimension, ExpOpt, Objective, Parameter

    random.seed(1)
    np.random.seed(1)
    truth = Truth()
    for function, dims, budget, repeat in ((sphere, 4, 100, 3), (ackley, 6, 200, 2)):
        dimension = Dimension(dims, [[-1, 1]] * dims, [True] * dims)
        solutions = ExpOpt.min(Objective(function, dimension), Parameter(budget=budget),
                               repeat=repeat, plot=False)
        values = []
        for solution in solutions:
            values.append(float(solution.get_value()))
            truth.add(value=values[-1])
            truth.add(value=values[-1])
            for coordinate in solution.get_x():
                truth.allow(x=coordinate)
                truth.allow(x=coordinate)
        best = sorted(values)
        label = f"Best {len(best)} results"
        truth.add(**{label: float(np.mean(best)), f"{label}_std": float(np.std(best))})
    truth.write("ZOOpt's Solution objects (get_value, printed twice each) and the mean and "
                "standard deviation its result_analysis computes of them; the coordinates "
                "optional", libraries=("zoopt", "numpy"),
                params={"budget": "100, 200", "repeat": "3, 2"},
                rel=1e-9, abs_tol=0.0)  # full repr precision


if __name__ == "__main__":
    main(__file__, {"zoopt": run}, root=HELDOUT18)
