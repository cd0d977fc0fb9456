"""HELD-OUT fixture (thirteenth half, see generate/heldout13/README.md): do not read while tuning
the parser.

Evolutionary computation with inspyred (1.0.3): a real-coded genetic algorithm
(``inspyred.ec.GA``), an evolution strategy (``inspyred.ec.ES``) and particle swarm
optimisation (``inspyred.swarm.PSO``) minimising a 6-dimensional Rastrigin function, each run
with ``inspyred.ec.observers.stats_observer`` as its tutorial attaches it: every generation
prints a header (``Generation Evaluation Worst Best Median Average Std Dev``), a dashed rule
and one row of right-aligned fields truncated to 10 characters, then a blank line. After
each run the script prints ``Best Solution: [candidate] : fitness`` (the individual's own
``str``), as inspyred's examples do.

Truth: inspyred's own ``file_observer``, attached beside ``stats_observer`` to the same run,
writes every generation's statistics (``generation, population size, worst, best, median,
average, standard deviation``, full precision) to a CSV file the generator reads back; each
row gives ``Worst``, ``Best``, ``Median``, ``Average``, ``Std Dev`` at the step of its
``Generation``; ``Evaluation`` (a count: the ``num_evaluations`` inspyred hands its observers, recorded by
a third observer of the same run) optional. The final
individual's fitness is optional as ``Best Solution`` (its candidate's coordinates are a
solution, in neither map). Judgement: the fields are truncated, not rounded (``'{0:>10}'[:10]``),
and the functions keep the fitness above 1e-4 so no exponent is cut off; tolerance from the
truncation. The generation restarts at 0 for each algorithm. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT13, Truth, main

SETTINGS = {"seed": 2024, "dimensions": 6, "pop_size": 20, "max_generations": 12,
            "mutation_rate": 0.2, "bounds": "[-5.12, 5.12]"}


def rastrigin(candidates, args):
    import math

    return [10 * len(c) + sum(x * x - 10 * math.cos(2 * math.pi * x) for x in c)
            for c in candidates]


def run() -> None:
    import csv
    import io
    import random

    import inspyred

    s = SETTINGS
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    prng = random.Random(s["seed"])
    bounder = inspyred.ec.Bounder(-5.12, 5.12)

    def generator(random, args):  # inspyred passes these by name
        return [random.uniform(-5.12, 5.12) for _ in range(s["dimensions"])]

    truth = Truth()
    algorithms = (("GA", inspyred.ec.GA), ("ES", inspyred.ec.ES),
                  ("PSO", inspyred.swarm.PSO))
    for label, algorithm in algorithms:
        print(f"\n##### {label} #####", flush=True)
        ea = algorithm(prng)
        evaluations = []
        ea.observer = [inspyred.ec.observers.stats_observer,
                       inspyred.ec.observers.file_observer,
                       lambda population, num_generations, num_evaluations, args,
                       seen=evaluations: seen.append(num_evaluations)]
        ea.terminator = inspyred.ec.terminators.generation_termination
        stats_file, individuals_file = io.StringIO(), io.StringIO()
        final = ea.evolve(generator=generator, evaluator=rastrigin, pop_size=s["pop_size"],
                          maximize=False, bounder=bounder,
                          max_generations=s["max_generations"],
                          mutation_rate=s["mutation_rate"], statistics_file=stats_file,
                          individuals_file=individuals_file)
        best = max(final)
        print(f"Best Solution: {best}", flush=True)
        rows = list(csv.reader(io.StringIO(stats_file.getvalue()), skipinitialspace=True))
        for row, n_eval in zip(rows, evaluations):
            generation, _, worst, best_fit, median, average, std = map(float, row)
            truth.add(generation, Worst=worst, Best=best_fit, Median=median, Average=average,
                      **{"Std Dev": std})
            truth.allow(Evaluation=n_eval)
        truth.allow(**{"Best Solution": best.fitness})
    truth.write("inspyred's file_observer statistics of the same runs (generation, worst, best, "
                "median, average, std) as Worst/Best/Median/Average/Std Dev at the printed "
                "Generation; Evaluation (num_evaluations) and the final best fitness optional",
                libraries=("inspyred",), params=s, rel=1e-6, abs_tol=1e-7)  # 10-char truncation


if __name__ == "__main__":
    main(__file__, {"inspyred": run}, root=HELDOUT13)
