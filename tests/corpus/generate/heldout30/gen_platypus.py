"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Multi-objective evolutionary optimisation with Platypus (PyPI ``platypus-opt``), seeded: NSGA-II,
SPEA2 and GDE3 on the two-objective DTLZ2 and ZDT1 problems (2000 evaluations each), with
Python logging at INFO and ``log_frequency=500``, so Platypus logs ``NSGAII starting``, ``NSGAII
running; NFE Complete: 500, Elapsed Time: 0:00:00.03`` and ``NSGAII finished; Total NFE: 2000,
Elapsed Time: ...`` (``INFO:Platypus:`` framed, on stderr). After each run the script prints a
line with Platypus' own quality indicators of the non-dominated result: ``NSGAII on DTLZ2:
hypervolume=0.3051 spacing=0.0273 (nondominated 44)``.

Truth: ``Hypervolume(minimum=[0, 0], maximum=[1.1, 1.1]).calculate(...)`` and
``Spacing().calculate(...)`` on ``nondominated(algorithm.result)``, under ``<algorithm> on
<problem>/hypervolume`` and ``.../spacing`` (the line's head names the run); the non-dominated
count optional. The NFE counts and elapsed times are not metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main


def run() -> None:
    import logging
    import random

    import numpy as np
    from platypus import (DTLZ2, GDE3, NSGAII, SPEA2, ZDT1, Hypervolume, Spacing,
                          nondominated)

    logging.basicConfig(level=logging.INFO)
    truth = Truth()
    for problem_cls in (DTLZ2, ZDT1):
        for algorithm_cls in (NSGAII, SPEA2, GDE3):
            random.seed(30)
            np.random.seed(30)
            problem = problem_cls() if problem_cls is ZDT1 else problem_cls(2)
            algorithm = algorithm_cls(problem, log_frequency=500)
            algorithm.run(2000)
            front = nondominated(algorithm.result)
            hv = Hypervolume(minimum=[0, 0], maximum=[1.1, 1.1]).calculate(front)
            sp = Spacing().calculate(front)
            head = f"{algorithm_cls.__name__} on {problem_cls.__name__}"
            print(f"{head}: hypervolume={hv:.4f} spacing={sp:.4f} (nondominated {len(front)})",
                  flush=True)
            truth.add(**{f"{head}/hypervolume": hv, f"{head}/spacing": sp})
            truth.allow(**{f"{head}/nondominated": len(front)})
    truth.write("platypus: Hypervolume and Spacing indicators calculated on the non-dominated "
                "result of each run", libraries=("platypus-opt",), rel=5e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"platypus": run}, root=HELDOUT30)
