"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Simulated annealing with frigidum (PyPI ``frigidum``), seeded: a 12-city tour on random points
(neighbours: swap two cities, reverse a segment; capture ``frigidum``) and a 1-D quadratic
assignment (place 10 facilities on a line; neighbour: swap two; capture ``frigidum-qap``, by
``gen_frigidum_qap.py``, which runs this file's ``run``), each by ``frigidum.sa(...)`` with a Metropolis acceptance rule
passed by the script (``acceptance=``, deciding with its own seeded generator). frigidum draws a
tqdm bar on stderr whose description is set at each cooling: ``T: 2.500, M: 0.62, O_min:
12.3456, O_current: 13.0001:  10%|...| 2/20``; afterwards it prints ``Neighbour Statistics:``
(``   swap : 0.345000``, the proportion of proposals accepted *and* changing the objective) and
``(Local) Minimum Objective Value Found:`` with the value on the next line.

Truth: frigidum keeps no history, so the script's hooks on the tool's own calls record it: the
acceptance function it calls with the current cost and temperature at every proposal, and the
neighbour functions (wrapped) it picks. Each description's ``O_current`` is the cost passed to
the first acceptance call of that cooling and ``O_min`` the least cost seen up to it (frigidum
keeps the least accepted cost; the first cooling shows the start); ``T`` and ``M`` (the
temperature schedule and the share of moves in the previous cooling) optional; the names carry no
step (the bar's count is not a label). The last description is drawn twice (on being set and when
the bar closes; ``TQDM_MININTERVAL`` is raised so tqdm draws only then) and is listed twice. The
neighbour statistics as ``Neighbour Statistics/<neighbour>`` (moves over tries, counted from the
hooks); the returned minimum as ``(Local) Minimum Objective Value Found``.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main


def run(which: str) -> None:
    os.environ["TQDM_MININTERVAL"] = "1000"  # tqdm draws on set_description and close only
    import math
    import random

    import numpy as np
    import frigidum

    truth = Truth()

    def anneal(start, objective, neighbours, T_start, T_stop, alpha, repeats, seed):
        random.seed(seed)
        rng = np.random.default_rng(seed)
        calls = []  # (cost, new_cost, T, accepted, neighbour)
        picked = []

        def wrap(f):
            def g(state):
                picked.append(f.__name__)
                return f(state)
            g.__name__ = f.__name__
            return g

        def acceptance(cost, new_cost, T):
            ok = new_cost < cost or rng.random() < math.exp(-(new_cost - cost) / T)
            calls.append((cost, new_cost, T, ok, picked[-1]))
            return 1 if ok else 0

        best, best_cost = frigidum.sa(random_start=start, objective_function=objective,
                                      neighbours=[wrap(f) for f in neighbours],
                                      acceptance=acceptance, T_start=T_start, T_stop=T_stop,
                                      alpha=alpha, repeats=repeats, copy_state=frigidum.annealing.naked)
        coolings = int(math.ceil(math.log(T_stop / T_start) / math.log(alpha)))
        seen_min = math.inf
        rows = []
        for c in range(coolings):
            block = calls[c * repeats:(c + 1) * repeats]
            prev = calls[(c - 1) * repeats:c * repeats] if c else []
            moves = sum(1 for cost, new, _, ok, _ in prev if ok and new != cost)
            seen_min = min([seen_min] + [cost for cost, *_ in calls[:c * repeats + 1]])
            rows.append((block[0][2], moves / repeats, seen_min, block[0][0]))
        rows.append(rows[-1])  # drawn again when the bar closes
        for T, M, o_min, o_cur in rows:
            truth.add(O_min=o_min, O_current=o_cur)
            truth.allow(T=T, M=M)
        for f in neighbours:
            tried = sum(1 for *_, n in calls if n == f.__name__)
            moved = sum(1 for cost, new, _, ok, n in calls if n == f.__name__ and ok and new != cost)
            truth.add(**{f"Neighbour Statistics/{f.__name__}": moved / tried})
        truth.add(**{"(Local) Minimum Objective Value Found": best_cost})

    pts = np.random.default_rng(30).uniform(0, 10, (12, 2))
    dist = np.linalg.norm(pts[:, None] - pts[None], axis=-1)
    tour_rng = random.Random(30)

    def tour_start():
        t = list(range(12))
        tour_rng.shuffle(t)
        return t

    def tour_length(t):
        return float(sum(dist[t[i], t[(i + 1) % 12]] for i in range(12)))

    def swap(t):
        t = t.copy()
        i, j = random.sample(range(12), 2)
        t[i], t[j] = t[j], t[i]
        return t

    def reverse(t):
        i, j = sorted(random.sample(range(12), 2))
        return t[:i] + t[i:j + 1][::-1] + t[j + 1:]

    if which == "tour":
        anneal(tour_start, tour_length, [swap, reverse], 5, 0.5, 0.5, 40, 30)

    flow = np.random.default_rng(31).integers(0, 6, (10, 10))
    flow = flow + flow.T

    def qap_start():
        return list(range(10))

    def qap_cost(p):
        pos = np.asarray(p, dtype=float)
        return float((flow * np.abs(pos[:, None] - pos[None])).sum() / 2)

    def exchange(p):
        p = p.copy()
        i, j = random.sample(range(10), 2)
        p[i], p[j] = p[j], p[i]
        return p

    if which == "qap":
        anneal(qap_start, qap_cost, [exchange], 40, 4, 0.4, 30, 31)
    truth.write("frigidum: the costs and temperatures frigidum.sa passes to the acceptance "
                "function, the neighbours it picks (hooks on its calls), and its returned minimum",
                libraries=("frigidum", "tqdm", "numpy"), rel=5e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"frigidum": lambda: run("tour")}, root=HELDOUT30)
