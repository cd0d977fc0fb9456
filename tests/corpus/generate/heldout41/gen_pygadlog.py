"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written genetic algorithm logging as pepeni/OE ``P5/src/on_generation_method.py``, the
``on_generation`` callback of a PyGAD run: through the run's logger (PyGAD's default one, a
stream handler on stderr with the bare ``%(message)s`` format) each generation logs
``Generation = 3``, ``Best    = 1.2345...`` (the cost, ``1/fitness``, unformatted),
``Individual    = array([...])``, ``Min    = ``, ``Max    = ``, ``Average    = ``, ``Std    = ``
(over the population's costs) and a ``"\\r\\n"`` message. PyGAD is not installed: our loop
(tournament selection, blend crossover, Gaussian mutation) minimises a shifted Rastrigin cost
in four dimensions, fitness ``1/cost`` as in the original.

Truth: ``Best``, ``Min``, ``Max``, ``Average`` at the generation the ``Generation = n`` line
heads; ``Std`` (the population's spread) is optional; the individual's genes are no metric.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import logging

    import numpy as np

    logger = logging.getLogger("pygad")
    logger.setLevel(logging.DEBUG)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)

    rng = np.random.default_rng(11)

    def cost(x):
        z = x - 0.7
        return 1.0 + 10 * len(z) + np.sum(z * z - 10 * np.cos(2 * np.pi * z))

    pop = rng.uniform(-3, 3, size=(24, 4))
    truth = Truth()
    for generation in range(1, 11):
        fitness = np.array([1.0 / cost(ind) for ind in pop])
        # on_generation, as the original writes it
        logger.info("Generation = {generation}".format(generation=generation))
        best_idx = int(np.argmax(fitness))
        solution, solution_fitness = pop[best_idx], fitness[best_idx]
        logger.info("Best    = {fitness}".format(fitness=1. / solution_fitness))
        logger.info("Individual    = {solution}".format(solution=repr(solution)))
        tmp = [1. / x for x in fitness]
        logger.info("Min    = {min}".format(min=np.min(tmp)))
        logger.info("Max    = {max}".format(max=np.max(tmp)))
        logger.info("Average    = {average}".format(average=np.average(tmp)))
        logger.info("Std    = {std}".format(std=np.std(tmp)))
        logger.info("\r\n")
        truth.add(at=generation, Best=1. / solution_fitness, Min=np.min(tmp), Max=np.max(tmp),
                  Average=np.average(tmp))
        truth.allow(Std=np.std(tmp))
        # next generation: tournament parents, blend crossover, Gaussian mutation, one elite
        children = [pop[best_idx].copy()]
        while len(children) < len(pop):
            a, b = (max(rng.choice(len(pop), 3, replace=False), key=lambda i: fitness[i])
                    for _ in range(2))
            w = rng.uniform(0, 1, 4)
            child = w * pop[a] + (1 - w) * pop[b] + rng.normal(0, 0.15, 4)
            children.append(child)
        pop = np.array(children)
    truth.write("the loop's population costs as the callback logs them", libraries=("numpy",),
                rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"pygadlog": run}, root=HELDOUT41)
