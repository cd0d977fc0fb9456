"""HELD-OUT fixture (twelfth half, see generate/heldout12/README.md): do not read while tuning
the parser.

Meta-heuristic optimisation with MEALPY, logging to the console as its examples do
(``log_to="console"``): four optimisers (particle swarm, a genetic algorithm, grey wolf,
differential evolution) minimise a shifted Rastrigin function and a Rosenbrock function of 8
variables. MEALPY logs the optimiser's repr (its settings) and then one line per epoch with the
current and global best fitness and the epoch's runtime. After each solve the script prints
``best fitness`` and the best position (``print``).

Truth: the optimiser's own ``history``: ``list_current_best_fit`` (``Current best``) and
``list_global_best_fit`` (``Global best``) at the ``Epoch`` the line states (1-based, restarting
for each solve); ``<optimiser> on <problem>/best fitness`` from the returned agent's
``target.fitness`` (the script reports the key for eight pairings: each is named by the label
its line opens with). Judgement: the
runtimes are in neither map (timings); the optimisers' settings that MEALPY logs in their repr
(``epoch``, ``pop_size``, ``c1``, ``pc``, ...) and the script's settings line are params, as
``<optimiser>.<setting>`` and plain; the printed best positions are in neither map (a vector).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT12, Truth, main

SETTINGS = {"n_dims": 8, "epoch": 20, "pop_size": 30, "seed": 11, "shift": 1.5}


def run() -> None:
    import numpy as np
    from mealpy import DE, GA, GWO, PSO, FloatVar

    s = SETTINGS
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)

    def rastrigin(x):
        z = x - s["shift"]
        return float(10 * len(z) + np.sum(z ** 2 - 10 * np.cos(2 * np.pi * z)))

    def rosenbrock(x):
        return float(np.sum(100 * (x[1:] - x[:-1] ** 2) ** 2 + (1 - x[:-1]) ** 2))

    problems = [("rastrigin", rastrigin, 5.12), ("rosenbrock", rosenbrock, 5.0)]
    optimisers = [
        lambda: PSO.OriginalPSO(epoch=s["epoch"], pop_size=s["pop_size"], c1=2.05, c2=2.05,
                                w=0.4),
        lambda: GA.BaseGA(epoch=s["epoch"], pop_size=s["pop_size"], pc=0.9, pm=0.05),
        lambda: GWO.OriginalGWO(epoch=s["epoch"], pop_size=s["pop_size"]),
        lambda: DE.OriginalDE(epoch=s["epoch"], pop_size=s["pop_size"], wf=0.7, cr=0.9,
                              strategy=0),
    ]
    truth = Truth()
    params = dict(s)
    for name, func, bound in problems:
        for make in optimisers:
            model = make()
            for key, value in model.get_parameters().items():
                params[f"{type(model).__name__}.{key}"] = value
            problem = {"obj_func": func, "bounds": FloatVar(lb=(-bound,) * s["n_dims"],
                                                            ub=(bound,) * s["n_dims"]),
                       "minmax": "min", "log_to": "console", "name": name}
            best = model.solve(problem, seed=s["seed"])
            print(f"{type(model).__name__} on {name}: best fitness {best.target.fitness}",
                  flush=True)
            print("  best position:", np.round(best.solution, 4), flush=True)
            h = model.history
            for epoch, (cur, glob) in enumerate(zip(h.list_current_best_fit,
                                                    h.list_global_best_fit), 1):
                truth.add(epoch, **{"Current best": cur, "Global best": glob})
            truth.add(**{f"{type(model).__name__} on {name}/best fitness": best.target.fitness})
    truth.write("MEALPY optimiser.history (list_current_best_fit = Current best, "
                "list_global_best_fit = Global best, at the 1-based Epoch), the returned "
                "agent's target.fitness; the optimisers' get_parameters() and the settings "
                "line = params", libraries=("mealpy", "numpy"), params=params,
                rel=1e-6, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"mealpy": run}, root=HELDOUT12)
