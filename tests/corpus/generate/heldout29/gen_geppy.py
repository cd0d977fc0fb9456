"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Gene expression programming with geppy (PyPI ``geppy``, on DEAP), seeded: two symbolic
regressions (``x**2 + x + 1`` and ``x**3 - 2*x`` sampled at 30 points), two-gene chromosomes (head
length 5, ``+``, ``-``, ``*`` and an integer ephemeral constant), 20 individuals, mean squared error
minimised, each ``gep.gep_simple(..., n_generations=5, verbose=True)``: DEAP's logbook table with
tab-separated, padded columns ``gen nevals avg std min max`` (one row a generation, 0 to 5). geppy's
import notices first (graphviz and sympy missing) and one line ``best: ...`` a run printing the
hall of fame's chromosome (no number in it a metric).

Truth: the ``Logbook`` each ``gep_simple`` returns: ``avg``, ``std``, ``min``, ``max`` at the
row's ``gen`` (the two runs share the names; the count restarts); ``nevals`` optional (a count).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main


def run() -> None:
    import operator
    import random
    import warnings

    import numpy as np
    import geppy as gep
    from deap import base, creator, tools

    warnings.simplefilter("ignore", UserWarning)
    truth = Truth()
    creator.create("FitnessMin", base.Fitness, weights=(-1,))
    creator.create("Individual", gep.Chromosome, fitness=creator.FitnessMin)
    X = np.linspace(-1, 1, 30)
    for target in (X ** 2 + X + 1, X ** 3 - 2 * X):
        random.seed(29)
        np.random.seed(29)
        pset = gep.PrimitiveSet("Main", input_names=["x"])
        for fn in (operator.add, operator.sub, operator.mul):
            pset.add_function(fn, 2)
        pset.add_ephemeral_terminal(name="enc", gen=lambda: random.randint(-3, 3))
        tb = gep.Toolbox()
        tb.register("gene_gen", gep.Gene, pset=pset, head_length=5)
        tb.register("individual", creator.Individual, gene_gen=tb.gene_gen, n_genes=2,
                    linker=operator.add)
        tb.register("population", tools.initRepeat, list, tb.individual)
        tb.register("compile", gep.compile_, pset=pset)

        def evaluate(ind, target=target):
            f = tb.compile(ind)
            return (float(np.mean((np.array([f(x) for x in X]) - target) ** 2)),)

        tb.register("evaluate", evaluate)
        tb.register("select", tools.selTournament, tournsize=3)
        tb.register("mut_uniform", gep.mutate_uniform, pset=pset, ind_pb=0.05, pb=1)
        tb.register("cx_1p", gep.crossover_one_point, pb=0.3)
        tb.register("mut_ephemeral", gep.mutate_uniform_ephemeral, ind_pb="1p")
        tb.pbs["mut_ephemeral"] = 1
        stats = tools.Statistics(key=lambda ind: ind.fitness.values[0])
        for name, fn in (("avg", np.mean), ("std", np.std), ("min", np.min), ("max", np.max)):
            stats.register(name, fn)
        hof = tools.HallOfFame(1)
        _, log = gep.gep_simple(tb.population(n=20), tb, n_generations=5, n_elites=1,
                                stats=stats, hall_of_fame=hof, verbose=True)
        print("best:", hof[0])
        for rec in log:
            truth.add(at=rec["gen"], avg=rec["avg"], std=rec["std"], min=rec["min"],
                      max=rec["max"])
            truth.allow(nevals=rec["nevals"])
    truth.write("geppy: the Logbook gep_simple returns (avg, std, min, max by gen)",
                libraries=("geppy", "deap", "numpy"), rel=5e-6)


if __name__ == "__main__":
    main(__file__, {"geppy": run}, root=HELDOUT29)
