"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Genetic algorithms with GAFT (PyPI ``gaft``), seeded through ``random``: two engines (a 1-D
multimodal function on [0, 10], plain; a 2-D function on [-2, 2]², with GAFT's linear fitness
scaling), each with the built-in ``ConsoleOutput`` analysis, which logs through GAFT's own
logger (lines framed ``gaft.ConsoleOutput   INFO     ``: ``Generation number: 12 Population
number: 30``, then
``Generation: 1, best fitness: 24.854, scaled fitness: 24.854`` a generation, then ``Optimal
solution: ([7.85...], 24.85...)``).

Truth: the engine's own state at each step (``engine.ori_fmax`` and ``engine.fmax``, read by a
second on-the-fly analysis registered after ``ConsoleOutput``), under ``best fitness`` and
``scaled fitness`` at the generation the line states (the two runs share the names; the count
restarts); the final ``ori_fmax`` and the best individual's genes optional under ``Optimal
solution``; the generation and population counts are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main


def run() -> None:
    import math
    import random

    from gaft import GAEngine
    from gaft.analysis.console_output import ConsoleOutput
    from gaft.components import BinaryIndividual, Population
    from gaft.operators import FlipBitMutation, RouletteWheelSelection, UniformCrossover
    from gaft.plugin_interfaces.analysis import OnTheFlyAnalysis

    random.seed(28)
    truth = Truth()

    class Record(OnTheFlyAnalysis):
        interval = 1
        master_only = True

        def register_step(self, g, population, engine):
            truth.add(at=g + 1, **{"best fitness": engine.ori_fmax,
                                   "scaled fitness": engine.fmax})

        def finalize(self, population, engine):
            best = population.best_indv(engine.fitness)
            for gene in best.solution:
                truth.allow(**{"Optimal solution": gene})
            truth.allow(**{"Optimal solution": engine.ori_fmax})

    def one_d(x):
        return x + 10 * math.sin(5 * x) + 7 * math.cos(4 * x)

    def two_d(x, y):
        return math.exp(-(x - 0.5) ** 2 - (y + 0.3) ** 2) * 3 + math.sin(3 * x) * math.cos(2 * y)

    params = {}
    for ranges, func, scaled, generations in (([(0, 10)], one_d, False, 12),
                                              ([(-2, 2), (-2, 2)], two_d, True, 10)):
        template = BinaryIndividual(ranges=ranges, eps=0.001)
        population = Population(indv_template=template, size=30).init()
        engine = GAEngine(population=population, selection=RouletteWheelSelection(),
                          crossover=UniformCrossover(pc=0.8, pe=0.5),
                          mutation=FlipBitMutation(pm=0.1),
                          analysis=[ConsoleOutput, Record])

        def fitness(indv, func=func):
            return func(*indv.solution)

        if scaled:
            fitness = engine.linear_scaling(target="max", ksi=0.5)(fitness)
        engine.fitness_register(fitness)
        engine.run(ng=generations)
        params.setdefault("Generation number", generations)
        params.setdefault("Population number", 30)
    truth.write("gaft: engine.ori_fmax and engine.fmax at each step, read by an on-the-fly "
                "analysis registered after ConsoleOutput; the best individual at finalize",
                libraries=("gaft",), params=params, rel=1e-9, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"gaft": run}, root=HELDOUT28)
