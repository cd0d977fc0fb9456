"""HELD-OUT fixture (thirty-ninth half, see generate/heldout39/README.md): do not read while
tuning the parser.

A NumPy genetic algorithm printing as the sample output of timothyolt/GeneticAlgorithm
``README.md`` ("Genetic Algorithm: Fitness over 100 Generations"): ``Genetic Algorithm!``, the
initial population one line each (``code: 10010 value: 18 fit: 324``), then per generation
``Gen 0  : `` with ``Avg fit: 247.333``, ``Max fit: 900`` and ``Min fit: 1``. The README shows
the generation lines inside a Markdown table; ours prints them tab-separated, the numbers as
C++ streams print them (six significant digits, no trailing zeros). Here: maximise x² over
5-bit codes, population 6, roulette selection, one-point crossover, bit-flip mutation, 15
generations.

Truth: ``Avg fit``, ``Max fit``, ``Min fit`` at the printed generation; the initial individuals'
``fit`` (and ``value``) are optional.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT39, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(21)
    pop = rng.integers(0, 2, (6, 5))
    weights = 2 ** np.arange(4, -1, -1)
    truth = Truth()
    print("Genetic Algorithm!")
    for ind in pop:
        v = int(ind @ weights)
        print(f"code: {''.join(map(str, ind))} value: {v} fit: {v * v}")
        truth.allow(fit=v * v, value=v)
    for gen in range(15):
        fit = (pop @ weights) ** 2
        print(f"Gen {gen:<3}:\tAvg fit: {fit.mean():.6g}\tMax fit: {fit.max()}\tMin fit: {fit.min()}")
        truth.add(at=gen, **{"Avg fit": fit.mean(), "Max fit": fit.max(), "Min fit": fit.min()})
        p = (fit + 1) / (fit + 1).sum()
        parents = pop[rng.choice(6, 6, p=p)]
        children = parents.copy()
        for k in range(0, 6, 2):
            cut = rng.integers(1, 5)
            children[k, cut:], children[k + 1, cut:] = parents[k + 1, cut:], parents[k, cut:]
        flip = rng.random(children.shape) < 0.05
        pop = np.where(flip, 1 - children, children)
    truth.write("the script's fitness statistics", libraries=("numpy",), rel=1e-5)


if __name__ == "__main__":
    main(__file__, {"gahist": run}, root=HELDOUT39)
