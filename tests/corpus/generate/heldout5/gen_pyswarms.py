"""HELD-OUT fixture (fifth half, see generate/heldout5/README.md): do not read while tuning the
parser.

PySwarms particle-swarm optimisation as its README runs it, with its default reporter (the
library's own logging configuration and a tqdm bar on stderr):

* ``GlobalBestPSO(n_particles=12, dimensions=2, options={'c1': 0.5, 'c2': 0.3, 'w': 0.9})``
  minimising the Rosenbrock function for 40 iterations: ``2026-12-05 02:14:28,157 -
  pyswarms.single.global_best - INFO - Optimize for 40 iters with {'c1': 0.5, 'c2': 0.3, 'w':
  0.9}``, then the bar ``pyswarms.single.global_best:   0%|          |0/40, best_cost=0.0609``
  redrawn with ``\\r`` after every iteration (its count stays at 0 until the end, where it jumps
  to ``100%|██████████|40/40, best_cost=0.000125``), then ``... - INFO - Optimization finished
  | best cost: 0.0001250397276683173, best pos: [-0.01079396 -0.00292063]``;
* ``LocalBestPSO`` (``options={'c1': 0.6, 'c2': 0.3, 'w': 0.8, 'k': 3, 'p': 2}``) on the
  sphere function, 25 iterations, the same lines under ``pyswarms.single.local_best``;
* the script's ``Rosenbrock: best cost 1.25e-04 at x=0.9892, y=0.9786`` style summary.

Truth: ``best_cost`` = the values handed to the bar (PySwarms' ``cost_history``, one per
iteration; a state repeated unchanged is one point: consecutive equal values counted once, as
for the other halves' progress bars; no step: the bar's count does not move); ``best cost`` =
the cost ``optimize`` returned (full precision); the summary's ``Rosenbrock/best cost`` and
``Sphere/best cost`` the same values, printed with 3 significant digits (the summary reports
the key for two problems: each is named by its problem's label); the best position's
coordinates and the iteration counts are in neither map. Params: each optimiser's options and
``iters`` (printed in the ``Optimize for ... with {...}`` line).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT5, Truth, main


def add_history(truth: Truth, history) -> None:
    previous = None
    for value in history:
        if value != previous:
            truth.add(best_cost=value)
        previous = value


def train() -> None:
    import os
    import tempfile

    os.chdir(tempfile.mkdtemp())  # PySwarms' reporter also writes a report.log into the cwd

    import numpy as np
    import pyswarms as ps
    from pyswarms.utils.functions import single_obj as fx

    truth = Truth()
    np.random.seed(0)
    gopts = {"c1": 0.5, "c2": 0.3, "w": 0.9}
    glob = ps.single.GlobalBestPSO(n_particles=12, dimensions=2, options=gopts)
    cost, pos = glob.optimize(fx.rosenbrock, iters=40)
    add_history(truth, glob.cost_history)
    truth.add(**{"best cost": cost})
    print(f"Rosenbrock: best cost {cost:.3g} at x={pos[0]:.4f}, y={pos[1]:.4f}", flush=True)
    truth.add(**{"Rosenbrock/best cost": float(f"{cost:.3g}")})

    lopts = {"c1": 0.6, "c2": 0.3, "w": 0.8, "k": 3, "p": 2}
    local = ps.single.LocalBestPSO(n_particles=12, dimensions=3, options=lopts)
    cost, pos = local.optimize(fx.sphere, iters=25)
    add_history(truth, local.cost_history)
    truth.add(**{"best cost": cost})
    print(f"Sphere: best cost {cost:.3g} at " + ", ".join(f"{v:.4f}" for v in pos), flush=True)
    truth.add(**{"Sphere/best cost": float(f"{cost:.3g}")})
    params = {**{f"global.{k}": v for k, v in gopts.items()}, "global.iters": 40,
              **{f"local.{k}": v for k, v in lopts.items()}, "local.iters": 25}
    truth.write("PySwarms: cost_history (the value handed to the bar's best_cost each "
                "iteration; consecutive equal values once); optimize()'s returned cost; the "
                "script's summary of it", libraries=("pyswarms", "tqdm", "numpy"),
                params=params, rel=5e-3, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"pyswarms": train}, root=HELDOUT5)
