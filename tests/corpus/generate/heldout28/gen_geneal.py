"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Genetic algorithms with geneal (PyPI ``geneal``), seeded: two ``ContinuousGenAlgSolver`` runs
(a shifted sphere in 3-D, 8 generations; a Rastrigin-like function in 4-D, 10 generations) and
a ``BinaryGenAlgSolver`` run (a one-max-like weighted bit count over 12 bits, 8 generations),
each with ``verbose=True`` and ``show_stats=True``: two lines a generation, ``Iteration: 1`` then
``Best fitness: -4.255545246934934`` (full ``repr``), then a ``#``-boxed ``STATS`` banner, an empty
``Total running time:``, the settings (``Population size: 10``, ``Number variables: 3``,
``Selection rate: 0.6``, ``Mutation rate: 0.1``, ``Number Generations: 8``), ``Best fitness:``
and ``Best individual: [...]``.

Truth: each solver's ``max_fitness_`` (the best fitness of each generation, one printed line
each) and ``best_fitness_`` (the stats block's), all under ``Best fitness`` in print order with no
step (the generation is on the line before, not on the value's line); the settings are params
(under their printed labels, with the first run's values);
the best individual's genes optional under ``Best individual``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main


def run() -> None:
    import numpy as np
    from geneal.genetic_algorithms import BinaryGenAlgSolver, ContinuousGenAlgSolver

    weights = np.arange(1, 13) % 5 + 1.0

    def sphere(x):
        return -float(np.sum((np.asarray(x) - 1.5) ** 2))

    def rastrigin(x):
        z = np.asarray(x) - 0.5
        return -float(10 * len(z) + np.sum(z ** 2 - 10 * np.cos(2 * np.pi * z)))

    def bits(x):
        return float(np.dot(weights, np.asarray(x)) - 3 * abs(np.sum(x) - 7))

    solvers = (
        ContinuousGenAlgSolver(n_genes=3, fitness_function=sphere, pop_size=10, max_gen=8,
                               mutation_rate=0.1, selection_rate=0.6,
                               selection_strategy="roulette_wheel", variables_limits=(-5, 5),
                               random_state=28, verbose=True, show_stats=True,
                               plot_results=False),
        ContinuousGenAlgSolver(n_genes=4, fitness_function=rastrigin, pop_size=16, max_gen=10,
                               mutation_rate=0.15, selection_rate=0.5,
                               selection_strategy="tournament", variables_limits=(-4, 4),
                               random_state=28, verbose=True, show_stats=True,
                               plot_results=False),
        BinaryGenAlgSolver(n_genes=12, fitness_function=bits, pop_size=12, max_gen=8,
                           mutation_rate=0.1, selection_rate=0.5, random_state=28,
                           verbose=True, show_stats=True, plot_results=False),
    )
    truth = Truth()
    params = {}
    for solver in solvers:
        solver.solve()
        for value in solver.max_fitness_:
            truth.add(**{"Best fitness": value})
        truth.add(**{"Best fitness": solver.best_fitness_})
        truth.allow(**{"Best individual": list(np.ravel(solver.best_individual_))[0]})
        for gene in list(np.ravel(solver.best_individual_))[1:]:
            truth.allow(**{"Best individual": gene})
        for name, value in (("Population size", solver.pop_size),
                            ("Number variables", solver.n_genes),
                            ("Selection rate", solver.selection_rate),
                            ("Mutation rate", solver.mutation_rate),
                            ("Number Generations", solver.max_gen)):
            params.setdefault(name, value)
    truth.write("geneal: each solver's max_fitness_ and best_fitness_ after solve()",
                libraries=("geneal", "numpy"), params=params, rel=1e-9, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"geneal": run}, root=HELDOUT28)
