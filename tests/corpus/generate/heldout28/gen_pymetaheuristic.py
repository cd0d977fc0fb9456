"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Metaheuristics with pymetaheuristic (PyPI ``pymetaheuristic``), seeded: particle swarm (``pso``),
differential evolution (``de``), grey wolf (``gwo``) and a genetic algorithm (``ga``), each on
a shifted 4-D Rastrigin-like function for 12 steps with ``verbose=True``, which prints one line a
step, tagged by the algorithm: ``[pso] step=    1  evals=     60  best=3.93422`` (``%.6g``).
The engine prints after its stop check, so the last step has no line.

Truth: each ``OptimizationResult.history`` observation that was printed (every one but the last,
the run stopping by ``max_steps``): ``best_fitness`` under ``<algorithm>/best`` at the step the
line states; ``evaluations`` optional under ``<algorithm>/evals`` (a count).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main

ALGORITHMS = ("pso", "de", "gwo", "ga")


def run() -> None:
    import numpy as np
    import pymetaheuristic as pm

    shift = np.array([0.7, -1.2, 0.3, 2.1])

    def objective(x):
        z = np.asarray(x) - shift
        return float(10 * len(z) + np.sum(z ** 2 - 10 * np.cos(2 * np.pi * z)))

    truth = Truth()
    for algo in ALGORITHMS:
        result = pm.optimize(algorithm=algo, target_function=objective, min_values=[-5] * 4,
                             max_values=[5] * 4, max_steps=12, seed=28, verbose=True)
        printed = result.history[:-1] if result.termination_reason == "max_steps" else \
            result.history
        for obs in printed:
            truth.add(at=obs["step"], **{f"{algo}/best": obs["best_fitness"]})
            truth.allow(**{f"{algo}/evals": obs["evaluations"]})
    truth.write("pymetaheuristic: each OptimizationResult.history observation the verbose loop "
                "printed (all but the last), best_fitness at its step",
                libraries=("pymetaheuristic", "numpy"), rel=1e-5)


if __name__ == "__main__":
    main(__file__, {"pymetaheuristic": run}, root=HELDOUT28)
