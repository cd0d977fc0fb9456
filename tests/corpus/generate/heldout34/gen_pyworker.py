"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written search loop drawing its progress as haoxizhong/pytorch-worker ``test.py`` does
(tqdm's README example, kept in that repository): ``with trange(10) as t``, each iteration
``t.set_description('GEN %i' % i)`` and ``t.set_postfix(loss=..., gen=..., str='h', lst=[1,
2])`` (tqdm formats the float to three significant digits and sorts the keys:
``gen=48, loss=146, lst=[1, 2], str=h``). The original fills the postfix with random numbers; ours runs a (1+4) evolution
strategy on a 6-dimensional Rosenbrock function, 12 generations: ``loss`` is the best value so
far, ``gen`` the number of offspring evaluated. Only the first of the original's two bars is
reproduced.

Truth: ``loss`` of each postfix, no step (the description's ``GEN i`` and the bar's count are
counters). ``gen`` is a count: optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import numpy as np
    from tqdm import trange

    rng = np.random.default_rng(30)

    def rosen(v):
        return float(np.sum(100 * (v[1:] - v[:-1] ** 2) ** 2 + (1 - v[:-1]) ** 2))

    x = rng.normal(0, 1, 6)
    best = rosen(x)
    sigma, evaluated = 0.3, 0
    truth = Truth()
    with trange(12) as t:
        for i in t:
            t.set_description('GEN %i' % i)
            for _ in range(4):
                cand = x + sigma * rng.normal(size=6)
                evaluated += 1
                f = rosen(cand)
                if f < best:
                    x, best = cand, f
            sigma *= 0.9
            t.set_postfix(loss=best, gen=evaluated, str='h', lst=[1, 2])
            truth.add(loss=best)
            truth.allow(gen=evaluated)
    truth.write("the script's best objective value after each generation, as passed to set_postfix",
                libraries=("numpy", "tqdm"), rel=5e-3)


if __name__ == "__main__":
    main(__file__, {"pyworker": run}, root=HELDOUT34)
