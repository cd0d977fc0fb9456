"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Nature-inspired optimisers with EvoloPy (PyPI ``EvoloPy``), seeded: particle swarm (``PSO``, 20
particles, 12 iterations), grey wolf (``GWO``, 20 wolves, 10 iterations), a genetic algorithm
(``GA``, 20 individuals, 10 iterations) and differential evolution (``DE``, 20, 10) minimising
a five-dimensional sphere-plus-absolute function on [-10, 10]. Each optimiser prints ``PSO is
optimizing  "objective"`` and then one line per iteration, most as the repr of a one-string list
(``['At iteration 3 the best fitness is 22.957310378885282']``), GA as a plain line (``At
iteration 3 the best fitness is 8.4...``).

Truth: each returned ``solution``'s ``convergence`` curve, under the printed label ``best
fitness``, at the iteration its line states: the library numbers PSO's, GA's and DE's lines
from 1 (``l + 1``) and GWO's from 0 (``l``), as its source prints them, so the step of the
curve's i-th value is i + 1 or i. The four optimisers' lines share one name (the count restarts
for each). The function's name and the optimiser's name are no numbers.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main

RUNS = (("PSO", 12, 1), ("GWO", 10, 0), ("GA", 10, 1), ("DE", 10, 1))  # name, iterations, first


def run() -> None:
    import random

    import numpy as np
    from EvoloPy.optimizers import DE, GA, GWO, PSO

    def objective(x):
        return float(np.sum(np.asarray(x) ** 2) + np.sum(np.abs(x)))

    modules = {"PSO": PSO, "GWO": GWO, "GA": GA, "DE": DE}
    truth = Truth()
    for name, iters, first in RUNS:
        np.random.seed(26)
        random.seed(26)
        sol = getattr(modules[name], name)(objective, -10, 10, 5, 20, iters)
        sys.stdout.flush()
        for i, value in enumerate(sol.convergence):
            truth.add(at=i + first, **{"best fitness": value})
    truth.write("EvoloPy: each optimiser's returned solution.convergence curve, at the iteration "
                "numbering its source prints (PSO, GA, DE from 1; GWO from 0)",
                libraries=("EvoloPy", "numpy"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"evolopy": run}, root=HELDOUT26)
