"""HELD-OUT fixture (eighth half, see generate/heldout8/README.md): do not read while tuning the
parser.

pygmo (pagmo's Python bindings) evolving three populations, as its tutorials do: each
algorithm is printed first (``print(algo)``: its name, C++ class, thread safety and an ``Extra
info:`` block of ``Name: value`` settings), then ``algo.evolve(pop)`` with
``set_verbosity(5)`` logs from C++ a table every 5 generations under a header of
``Name:`` columns, and ``Exit condition -- generations = 40``; the script then prints the
champion's fitness. CMA-ES (on Rosenbrock, dimension 5) first prints its derived strategy
constants (``mu``, ``lambda``, ``mueff``, ``cc``, ``cs``, ...); saDE runs on Ackley, PSO on
Rastrigin. pagmo writes with C++ streams, Python with its own buffer: on a pipe the two
interleave differently.

Truth: each algorithm's own log (``algo.extract(...).get_log()``), one point per printed row
per column, at the row's generation (``Gen``, optional: it is the step): CMA-ES's ``Best``,
``dx``, ``df``, ``sigma``; saDE's ``Best``, ``F``, ``CR``, ``dx``, ``df``; PSO's ``gbest``,
``Mean Vel.``, ``Mean lbest``, ``Avg. Dist.``; the evaluation counter ``Fevals`` optional;
``champion f`` (``pop.champion_f``) once per run, no step. The exit condition's
``generations`` is optional. The printed settings and CMA-ES's constants are params (the
constants computed with the formulas pagmo documents, checked by eye against the printed
ones); saDE's and PSO's ``Variant`` differ (2 and 5), PSO's is kept.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT8, Truth, main

GENERATIONS, SEED = 40, 7


def cmaes_constants(n: int, lam: int) -> dict:
    """CMA-ES's default constants for dimension n and population lam (Hansen's defaults)."""
    import math

    mu = lam // 2
    weights = [math.log(mu + 0.5) - math.log(i + 1) for i in range(mu)]
    total = sum(weights)
    weights = [w / total for w in weights]
    mueff = 1 / sum(w * w for w in weights)
    cc = (4 + mueff / n) / (n + 4 + 2 * mueff / n)
    cs = (mueff + 2) / (n + mueff + 5)
    c1 = 2 / ((n + 1.3) ** 2 + mueff)
    cmu = min(1 - c1, 2 * (mueff - 2 + 1 / mueff) / ((n + 2) ** 2 + mueff))
    damps = 1 + 2 * max(0.0, math.sqrt((mueff - 1) / (n + 1)) - 1) + cs
    chin = math.sqrt(n) * (1 - 1 / (4 * n) + 1 / (21 * n * n))
    return {"mu": mu, "lambda": lam, "mueff": mueff, "N": n, "cc": cc, "cs": cs, "c1": c1,
            "cmu": cmu, "damps": damps, "chiN": chin}


def run() -> None:
    import pygmo as pg

    truth = Truth()
    runs = [
        ("cmaes", pg.cmaes(gen=GENERATIONS, sigma0=0.5, seed=SEED), pg.rosenbrock(dim=5), 20,
         ("Best", "dx", "df", "sigma")),
        ("sade", pg.sade(gen=GENERATIONS, seed=SEED), pg.ackley(dim=6), 15,
         ("Best", "F", "CR", "dx", "df")),
        ("pso", pg.pso(gen=GENERATIONS, seed=SEED), pg.rastrigin(dim=4), 12,
         ("gbest", "Mean Vel.", "Mean lbest", "Avg. Dist.")),
    ]
    for kind, uda, udp, size, columns in runs:
        algo = pg.algorithm(uda)
        algo.set_verbosity(5)
        print(algo, flush=True)
        pop = pg.population(pg.problem(udp), size=size, seed=SEED)
        pop = algo.evolve(pop)
        sys.stdout.flush()
        for row in algo.extract(type(uda)).get_log():
            gen, fevals, values = row[0], row[1], row[2:]
            truth.add(gen, **dict(zip(columns, values)))
            truth.allow(Gen=gen, Fevals=fevals)
        truth.allow(generations=GENERATIONS)
        champion = float(pop.champion_f[0])
        print(f"{kind}: champion f = {champion:.6g} after {pop.problem.get_fevals()} "
              "evaluations", flush=True)
        truth.add(**{"champion f": champion})
    params = {"Generations": GENERATIONS, "Seed": SEED, "Verbosity": 5, "Memory": False,
              "sigma0": 0.5, "Stopping xtol": 1e-06, "Stopping ftol": 1e-06,
              "Force bounds": False, "Self adaptation variant": 1, "Variant": 5,
              "Omega": 0.7298, "Eta1": 2.05, "Eta2": 2.05, "Maximum velocity": 0.5,
              "Topology": 2, "Topology parameter": 4, "sigma": 0.5}
    params.update(cmaes_constants(5, 20))
    truth.write("each algorithm's get_log() rows (one point per printed column, at Gen; Gen "
                "and Fevals optional); pop.champion_f per run; printed settings and CMA-ES's "
                "constants (by pagmo's formulas) = params",
                libraries=("pygmo", "numpy"), params=params,
                rel=5e-6, abs_tol=0.0)  # pagmo prints 6 significant digits


if __name__ == "__main__":
    main(__file__, {"pygmo": run}, root=HELDOUT8)
