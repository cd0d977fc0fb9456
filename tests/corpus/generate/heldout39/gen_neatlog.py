"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A NumPy neuro-evolution loop printing generation reports in the layout of
Swapnil-Trivedi/DLR-PROJECT-NEAT ``log/run-2.md`` (a kept run's console log, neat-python's
reporter): `` ****** Running generation 199 ****** ``, a blank line, ``Population's average
fitness: 46.55950 stdev: 7.99549``, ``Best fitness: 50.42000 - size: (5, 3) - species 41 - id
34308``, a blank line, ``Average adjusted fitness: 0.780``, ``Mean genetic distance 2.743,
standard deviation 0.616``, ``Population of 199 members in 7 species:``, the species table
(``ID age size fitness adj fit stag`` over ``====`` rules), ``Total extinctions: 0``,
``Generation time: 2.105 sec (2.220 average)``. Our writer is ours. Here: fixed-topology
2-3-1 networks evolved on XOR (fitness 4 minus the squared error), 40 genomes in two species
(by their first weight's sign), Gaussian mutation and truncation selection, 12 generations.

Truth: ``Population's average fitness`` and ``Best fitness`` at the running generation. The
``stdev``, the adjusted fitness, the genetic distance and the species table's ``fitness`` and
``adj fit`` are optional; sizes, ids, ages, stagnation counts and times are no metric.
"""

import time

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(23)
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    Y = np.array([0, 1, 1, 0], dtype=float)

    def fitness(w):
        h = np.tanh(X @ w[:6].reshape(2, 3) + w[6:9])
        out = 1 / (1 + np.exp(-(h @ w[9:12] + w[12])))
        return 4.0 - ((out - Y) ** 2).sum()

    pop = rng.normal(0, 1, (40, 13))
    ids = np.arange(40)
    next_id = 40
    times = []
    truth = Truth()
    for gen in range(12):
        t0 = time.time()
        print(f"\n ****** Running generation {gen} ****** \n")
        fit = np.array([fitness(w) for w in pop])
        best = int(fit.argmax())
        species = (pop[:, 0] > 0).astype(int)
        print(f"Population's average fitness: {fit.mean():.5f} stdev: {fit.std():.5f}")
        print(f"Best fitness: {fit[best]:.5f} - size: (3, 9) - species {species[best] + 1} - id {ids[best]}")
        truth.add(at=gen, **{"Population's average fitness": fit.mean(),
                             "Best fitness": fit[best]})
        truth.allow(stdev=fit.std())
        print()
        lo, hi = fit.min(), fit.max()
        adj = {s: float(((fit[species == s] - lo) / (hi - lo + 1e-9)).mean())
               for s in (0, 1) if (species == s).any()}
        dist = np.abs(pop[:, None, :] - pop[None, :, :]).mean(2)
        print(f"Average adjusted fitness: {np.mean(list(adj.values())):.3f}")
        print(f"Mean genetic distance {dist.mean():.3f}, standard deviation {dist.std():.3f}")
        truth.allow(**{"Average adjusted fitness": np.mean(list(adj.values()))})
        print(f"Population of {len(pop)} members in {len(adj)} species:")
        print("   ID   age  size  fitness  adj fit  stag")
        print("  ====  ===  ====  =======  =======  ====")
        for s in adj:
            m = species == s
            print(f"  {s + 1:>4}  {gen:>3}  {m.sum():>4}  {fit[m].max():>7.1f}  {adj[s]:>7.3f}  {0:>4}")
            truth.allow(fitness=fit[m].max(), **{"adj fit": adj[s]})
        print("Total extinctions: 0")
        order = np.argsort(-fit)
        elite = pop[order[:10]]
        children = elite[rng.integers(0, 10, 30)] + rng.normal(0, 0.3, (30, 13))
        pop = np.vstack([elite, children])
        ids = np.concatenate([ids[order[:10]], np.arange(next_id, next_id + 30)])
        next_id += 30
        times.append(time.time() - t0)
        print(f"Generation time: {times[-1]:.3f} sec ({np.mean(times):.3f} average)")
    truth.write("the script's fitness statistics", libraries=("numpy",), rel=1e-5, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"neatlog": run}, root=HELDOUT39)
