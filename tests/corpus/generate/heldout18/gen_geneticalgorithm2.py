"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

A real-valued genetic algorithm with geneticalgorithm2 (PyPI ``geneticalgorithm2``): a wavy
four-dimensional test function (squared distance to 0.3 plus ``|sin 3x|`` terms) minimised over
``[-2, 2]^4`` by a population of 30 for 25 generations, seeded (``run(seed=0)``), without its
plot. It prints the average time of an evaluation, ``Best score before optimization: ...``, a
progress bar redrawn in place (``\\r``) whose text is ``GA is running...3 gen from 25...best
value = 2.55...`` (full ``repr`` precision), a ``STOP!`` state, and a closing block with the
best solution, ``Objective function:`` with its value on the next line and ``Used generations:
25``.

Truth: the ``report`` list the algorithm keeps (the best score of each generation's population)
and its ``result.score``, read by the same process: the bar's ``best value`` at generation
``t`` is the running minimum of ``report[0..t-1]`` (what the loop holds in ``best_function``
when it prints), stepped by ``t``; ``Best score before optimization`` is ``report[0]``;
``Objective function`` is ``result.score``. Optional: ``Used generations`` (a count).
Judgement: the ``t gen from 25`` of the bar states the step; the ``%`` of the bar is progress;
the average evaluation time is a timing kept nowhere (no truth, see the README).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

GENERATIONS = 25


def wavy(x) -> float:
    import numpy as np

    return float(np.sum((x - 0.3) ** 2) + np.sum(np.abs(np.sin(3 * x))))


def run() -> None:
    import numpy as np
    from geneticalgorithm2 import GeneticAlgorithm2

    model = GeneticAlgorithm2(function=wavy, dimension=4, variable_type="real",
                              variable_boundaries=np.array([[-2.0, 2.0]] * 4),
                              algorithm_parameters={"max_num_iteration": GENERATIONS,
                                                    "population_size": 30})
    result = model.run(no_plot=True, seed=0)
    report = [float(v) for v in model.report]
    truth = Truth()
    truth.add(**{"Best score before optimization": report[0]})
    for t in range(1, GENERATIONS):
        truth.add(at=t, **{"best value": min(report[:t])})
    truth.add(**{"Objective function": result.score})
    truth.allow(**{"Used generations": len(report)})
    truth.write("geneticalgorithm2's report (best score per generation) and result.score: the "
                "bar's best value at generation t is the running minimum of report[:t], "
                "stepped by t; the count of generations optional",
                libraries=("geneticalgorithm2", "numpy"), params=None,
                rel=1e-9, abs_tol=0.0)  # full repr precision


if __name__ == "__main__":
    main(__file__, {"geneticalgorithm2": run}, root=HELDOUT18)
