"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Evolutionary optimisers with thefittest (PyPI ``thefittest``, on the CPU build of PyTorch 2.13.0
and NumPy 1.x), seeded: SHADE on a shifted 3-D sphere and jDE on a 4-D Rastrigin-like function
(both minimising, 10 iterations, population 12), and a binary ``GeneticAlgorithm`` maximising a
weighted bit count over 16 bits (10 iterations), each with ``show_progress_each=1``, which prints
``0-th iteration with the best fitness = 10.747637816548728`` (full ``repr``; the sign flipped
back for a minimisation) for every iteration but the last.

Truth: each optimiser's ``get_stats()['max_fitness']`` (with ``keep_history=True``; elitism keeps
the population's best the best so far), times the sign the optimiser prints with (-1 when
minimising), all but the last iteration, under ``best fitness`` at the iteration the line states
(counted from 0; the three runs share the name). ``get_fittest()`` is not printed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main


def run() -> None:
    import numpy as np
    from thefittest.optimizers import SHADE, GeneticAlgorithm, jDE

    weights = (np.arange(16) % 4 + 1.0)

    def sphere(x):
        return np.sum((x - 1.5) ** 2, axis=1)

    def rastrigin(x):
        z = x - 0.5
        return 10 * z.shape[1] + np.sum(z ** 2 - 10 * np.cos(2 * np.pi * z), axis=1)

    def bits(x):
        return x @ weights - 2.0 * np.abs(np.sum(x, axis=1) - 9)

    runs = (
        (SHADE(fitness_function=sphere, iters=10, pop_size=12, left_border=-5, right_border=5,
               num_variables=3, minimization=True, show_progress_each=1, keep_history=True,
               random_state=28), -1.0),
        (jDE(fitness_function=rastrigin, iters=10, pop_size=12, left_border=-4, right_border=4,
             num_variables=4, minimization=True, show_progress_each=1, keep_history=True,
             random_state=28), -1.0),
        (GeneticAlgorithm(fitness_function=bits, iters=10, pop_size=12, str_len=16,
                          show_progress_each=1, keep_history=True, random_state=28), 1.0),
    )
    truth = Truth()
    for optimizer, sign in runs:
        optimizer.fit()
        history = optimizer.get_stats()["max_fitness"]
        for i, value in enumerate(history[:-1]):
            truth.add(at=i, **{"best fitness": sign * value})
    truth.write("thefittest: get_stats()['max_fitness'] of each optimiser, signed as printed, "
                "all but the last iteration",
                libraries=("thefittest", "numpy", "torch"), rel=1e-9, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"thefittest": run}, root=HELDOUT28)
