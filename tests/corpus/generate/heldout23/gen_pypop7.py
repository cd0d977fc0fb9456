"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Black-box optimisation with PyPop7 (PyPI ``pypop7``): CMA-ES (``pypop7.optimizers.es.cmaes.
CMAES``) and classic differential evolution (``pypop7.optimizers.de.cde.CDE``) on the
four-dimensional Rosenbrock function, seeded, each with ``verbose`` set so that it prints every
25th generation and the last: ``* Generation 25: best_so_far_y 3.11048e+00, min(y) 3.11048e+00
& Evaluations 208`` (six significant digits).

Truth: ``best_so_far_y`` from the optimiser's own returned ``fitness`` record
(``saving_fitness=1``: the best-so-far value after each evaluation), at the evaluation count the
line states; ``min(y)`` is the smallest fitness of that generation's population: for CMA-ES
taken from the values the script's fitness function returned (its calls are the generation's
evaluations, in order, the population size apart), for DE, whose population after selection
keeps the better of each parent and its trial, the best so far (a judgement call: DE's
population is not returned); both at the generation the line states. The evaluation counts are
optional (``Evaluations``). The options (``max_function_evaluations``, ``seed_rng``,
``sigma``) are not printed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main


def run() -> None:
    import numpy as np
    from pypop7.optimizers.de.cde import CDE
    from pypop7.optimizers.es.cmaes import CMAES

    truth = Truth()
    for cls, evals, every, extra in ((CMAES, 1600, 25, {"sigma": 0.3, "mean": np.zeros(4)}),
                                    (CDE, 2000, 25, {"n_individuals": 20})):
        seen: list[float] = []

        def rosenbrock(x, seen=seen):
            y = float(np.sum(100.0 * (x[1:] - x[:-1] ** 2) ** 2 + (1.0 - x[:-1]) ** 2))
            seen.append(y)
            return y

        problem = {"fitness_function": rosenbrock, "ndim_problem": 4,
                   "lower_boundary": -5.0 * np.ones(4), "upper_boundary": 5.0 * np.ones(4)}
        options = {"max_function_evaluations": evals, "seed_rng": 23, "verbose": every,
                   "saving_fitness": 1, **extra}
        opt = cls(problem, options)
        print(f"== {cls.__name__} ==", flush=True)
        result = opt.optimize()
        sys.stdout.flush()
        best = np.asarray(result["fitness"])[:, 1]  # best so far after each evaluation
        pop = opt.n_individuals
        last = len(seen) // pop - 1  # the last generation printed
        for gen in sorted(set(range(0, last, every)) | {last}):
            end = pop * (gen + 1)
            # CMA-ES: the generation's sampled population; DE: its population after
            # selection, which keeps the better of each parent and trial, so its least
            # fitness is the best so far
            lowest = min(seen[end - pop:end]) if cls is CMAES else best[end - 1]
            truth.add(at=gen, **{"best_so_far_y": best[end - 1], "min(y)": lowest})
            truth.allow(Evaluations=end)
    truth.write("pypop7: best_so_far_y from the optimisers' returned fitness record at the "
                "line's evaluation count, min(y) from the generation's returned fitness values; "
                "steps are the printed generations; evaluation counts optional",
                libraries=("pypop7", "numpy"), rel=5e-6, abs_tol=5e-12)  # six significant


if __name__ == "__main__":
    main(__file__, {"pypop7": run}, root=HELDOUT23)
