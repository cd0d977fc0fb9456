"""HELD-OUT fixture (twenty-fifth half, see generate/heldout25/README.md): do not read while
tuning the parser.

Global optimisation with mystic (PyPI ``mystic``), seeded: differential evolution
(``DifferentialEvolutionSolver2``, 20 members) on the 3-d Rosenbrock function with a
``VerboseMonitor(5)``, which prints ``Generation 5 has ChiSquare: 3.66...`` every fifth
generation, stopped at 40 generations (mystic then prints its ``Warning: Maximum number of
iterations has been exceeded`` and ``STOP(...)`` lines); then Nelder-Mead (``fmin``) from the
DE's best point and Powell (``fmin_powell``) on a 4-d Rosenbrock, each with ``disp=1`` and its
own ``VerboseMonitor(10)``: ``Optimization terminated successfully.`` / ``Current function
value: ...`` / ``Iterations: ...`` / ``Function evaluations: ...``.

Truth, from the monitors' records (``monitor.y``, the cost of the best member at each
generation) and the solvers' ``bestEnergy``: ``ChiSquare`` at each generation printed (every
fifth, from 0), the three solvers one after the other under the one name; ``Current function
value`` per solver; ``Iterations`` and ``Function evaluations`` (counts, the solvers'
``generations`` and ``evaluations``) optional. The STOP line's evaluation and generation limits
are configuration (params).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT25, Truth, main


def run() -> None:
    import numpy as np
    from mystic.models import rosen
    from mystic.monitors import VerboseMonitor
    from mystic.solvers import DifferentialEvolutionSolver2, NelderMeadSimplexSolver, \
        PowellDirectionalSolver
    from mystic.strategy import Best1Bin
    from mystic.termination import CandidateRelativeTolerance, ChangeOverGeneration, \
        NormalizedChangeOverGeneration

    from mystic.tools import random_seed

    np.random.seed(25)
    random_seed(25)
    truth = Truth()

    def monitored(monitor, every):
        for gen, y in enumerate(monitor.y):
            if gen % every == 0:
                truth.add(at=gen, ChiSquare=y)

    mon = VerboseMonitor(5)
    de = DifferentialEvolutionSolver2(3, 20)
    de.SetRandomInitialPoints([-2] * 3, [2] * 3)
    de.SetGenerationMonitor(mon)
    de.SetEvaluationLimits(generations=40)
    de.Solve(rosen, ChangeOverGeneration(1e-8, 30), strategy=Best1Bin, CrossProbability=0.9,
             ScalingFactor=0.8, disp=True)
    sys.stdout.flush()
    monitored(mon, 5)

    for solver_cls, start, term in ((NelderMeadSimplexSolver, list(de.bestSolution),
                                     CandidateRelativeTolerance()),
                                    (PowellDirectionalSolver, [0.5, -0.3, 1.2, 0.8],
                                     NormalizedChangeOverGeneration())):
        mon = VerboseMonitor(10)
        solver = solver_cls(len(start))
        solver.SetInitialPoints(start)
        solver.SetGenerationMonitor(mon)
        solver.SetEvaluationLimits(generations=400)
        solver.Solve(rosen, term, disp=1)
        sys.stdout.flush()
        monitored(mon, 10)
        truth.add(**{"Current function value": solver.bestEnergy})
        truth.allow(Iterations=solver.generations, **{"Function evaluations": solver.evaluations})
    truth.write("mystic: the VerboseMonitors' records (monitor.y by generation) and each "
                "solver's bestEnergy, generations and evaluations",
                libraries=("mystic", "numpy"),
                params={"evaluations": 60000, "generations": 40, "xtol": 0.0001,
                        "ftol": 0.0001, "tolerance": 0.0001}, rel=1e-6, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"mystic": run}, root=HELDOUT25)
