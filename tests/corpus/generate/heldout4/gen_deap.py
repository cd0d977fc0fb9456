"""HELD-OUT fixture (fourth half, see generate/heldout4/README.md): do not read while tuning the
parser.

DEAP's OneMax example as its tutorial writes it: a ``Statistics`` object with ``avg``, ``std``,
``min`` and ``max`` registered, ``algorithms.eaSimple(..., stats=stats, halloffame=hof,
verbose=True)``. With ``verbose=True`` the ``Logbook`` streams a tab-separated table, its header
``gen\tnevals\tavg    \tstd    \tmin\tmax`` then one row per generation
(``3  \t58    \t58.98\t2.89...\t51\t67``); then the tutorial's ``Best individual is ...,
(71.0,)`` (a 100-bit list, then the fitness tuple), a multi-statistics run
(``tools.MultiStatistics(fitness=..., size=...)``), whose logbook prints a two-row header
(``      \t      \t            fitness             \t              size``; each chapter
repeats ``gen`` and ``nevals`` among its columns, in DEAP's own order), and a last
``print(logbook.select("max")[-1])``-style summary ``Best fitness: 71.0``.

Truth from the ``Logbook`` objects (``logbook.select``): ``avg``, ``std``, ``min``, ``max`` at
the row's ``gen`` (step); the MultiStatistics chapters as ``fitness/avg`` ... and ``size/avg``
... (the chapter names printed over the columns); ``nevals`` (a count) optional, and so are
the chapters' own ``gen`` and ``nevals`` columns; the hall of
fame's fitness (``hof[0].fitness.values[0]``) as ``Best fitness``, the fitness inside ``Best
individual is [...]`` optional (printed after 100 list entries, as a tuple).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT4, Truth, main


def toolbox_for(n_bits: int):
    import random

    from deap import base, creator, tools

    if not hasattr(creator, "FitnessMax"):
        creator.create("FitnessMax", base.Fitness, weights=(1.0,))
        creator.create("Individual", list, fitness=creator.FitnessMax)
    tb = base.Toolbox()
    tb.register("attr_bool", random.randint, 0, 1)
    tb.register("individual", tools.initRepeat, creator.Individual, tb.attr_bool, n_bits)
    tb.register("population", tools.initRepeat, list, tb.individual)
    tb.register("evaluate", lambda ind: (float(sum(ind)),))
    tb.register("mate", tools.cxTwoPoint)
    tb.register("mutate", tools.mutFlipBit, indpb=0.05)
    tb.register("select", tools.selTournament, tournsize=3)
    return tb


def train() -> None:
    import random

    import numpy as np
    from deap import algorithms, tools

    truth = Truth()
    random.seed(64)
    tb = toolbox_for(100)
    stats = tools.Statistics(lambda ind: ind.fitness.values)
    for name, fn in (("avg", np.mean), ("std", np.std), ("min", np.min), ("max", np.max)):
        stats.register(name, fn)
    hof = tools.HallOfFame(1)
    _, logbook = algorithms.eaSimple(tb.population(n=60), tb, cxpb=0.5, mutpb=0.2, ngen=10,
                                     stats=stats, halloffame=hof, verbose=True)
    for row in logbook:
        truth.add(row["gen"], **{k: row[k] for k in ("avg", "std", "min", "max")})
        truth.allow(nevals=row["nevals"], gen=row["gen"])
    print(f"Best individual is {hof[0]}, {hof[0].fitness.values}")
    truth.allow(**{"Best individual is": hof[0].fitness.values[0]})
    print()

    fit = tools.Statistics(lambda ind: ind.fitness.values)
    size = tools.Statistics(lambda ind: float(sum(ind[:50])))
    mstats = tools.MultiStatistics(fitness=fit, size=size)
    mstats.register("avg", np.mean)
    mstats.register("std", np.std)
    mstats.register("max", np.max)
    hof2 = tools.HallOfFame(1)
    _, logbook = algorithms.eaSimple(tb.population(n=40), tb, cxpb=0.6, mutpb=0.2, ngen=6,
                                     stats=mstats, halloffame=hof2, verbose=True)
    for row in logbook:
        for chapter in ("fitness", "size"):
            values = logbook.chapters[chapter][row["gen"]]
            truth.add(row["gen"], **{f"{chapter}/{k}": values[k] for k in ("avg", "std", "max")})
            truth.allow(**{f"{chapter}/nevals": values["nevals"], f"{chapter}/gen": row["gen"]})
        truth.allow(nevals=row["nevals"], gen=row["gen"])
    print(f"Best fitness: {hof2[0].fitness.values[0]}")
    truth.add(**{"Best fitness": hof2[0].fitness.values[0]})
    truth.write("the Logbook rows (logbook / logbook.chapters[...]) at their gen; "
                "MultiStatistics chapters as <chapter>/<stat>; the hall of fame's fitness; "
                "nevals optional", libraries=("deap", "numpy"), rel=1e-5, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"deap": train}, root=HELDOUT4)
