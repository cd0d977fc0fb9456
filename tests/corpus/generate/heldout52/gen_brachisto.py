"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

A hand-written genetic algorithm printing as eigenvivek/Genetic-Brachistochrone ``src/main.py``
(commit 20ef2183): a population of 250 paths, 100 generations, and every 5 generations
``Generation: {} \\nMax fitness: {} | Average fitness: {}`` with both values rounded to three
decimals. Here the population (``genetics/population.py`` in the original) is rewritten in
NumPy: a path is 12 interior heights between two fixed end points, its fitness the inverse of
the bead's travel time under gravity along the straight pieces, a fitness-proportional mating
pool, one-point crossover and Gaussian mutation.

Truth: ``Max fitness`` and ``Average fitness`` at the generation printed on the line above them.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import numpy as np

    g, width, height, n_inner = 9.81, 2.0, 1.0, 12
    xs = np.linspace(0.0, width, n_inner + 2)
    rng = np.random.default_rng(20)

    class Population:
        def __init__(self, size):
            self.size = size
            self.genes = rng.uniform(0.02, 1.6, (size, n_inner))  # depth below the start
            self.fitness = np.zeros(size)
            self.generation = 0

        def evaluate(self):
            depth = np.concatenate([np.zeros((self.size, 1)), self.genes,
                                    np.full((self.size, 1), height)], axis=1)
            v = np.sqrt(2 * g * depth)
            seg = np.hypot(np.diff(xs)[None, :], np.diff(depth, axis=1))
            t = (2 * seg / (v[:, :-1] + v[:, 1:])).sum(1)
            self.fitness = 1.0 / t

        def assemble_pool(self):
            p = self.fitness ** 4
            self.pool = rng.choice(self.size, size=(self.size, 2), p=p / p.sum())

        def generate_offspring(self):
            a, b = self.genes[self.pool[:, 0]], self.genes[self.pool[:, 1]]
            cut = rng.integers(1, n_inner, self.size)[:, None]
            child = np.where(np.arange(n_inner)[None, :] < cut, a, b)
            mutate = rng.random(child.shape) < 0.05
            child = child + mutate * rng.normal(0.0, 0.1, child.shape)
            self.genes = np.clip(child, 0.01, 2.0)

    truth = Truth()
    pop = Population(250)
    for generation in range(100):
        pop.evaluate()
        if generation % 5 == 0:
            max_f = round(max(pop.fitness), 3)
            avg_f = round(np.average(pop.fitness), 3)
            print("Generation: {} \nMax fitness: {} | Average fitness: {}".format(
                generation, max_f, avg_f))
            truth.add(at=generation, **{"Max fitness": max(pop.fitness),
                                        "Average fitness": np.average(pop.fitness)})
        pop.assemble_pool()
        pop.generate_offspring()
        pop.generation += 1
    truth.write("the population's fitness (inverse travel time) before the printed rounding",
                libraries=("numpy",), rel=1e-9, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"brachisto": run}, root=HELDOUT52)
