"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Parameter search with SPOTPY (PyPI ``spotpy``): a two-parameter decay model (``a``, ``k``,
uniform priors) fitted to twenty seeded noisy observations, sampled three ways on one setup
class with a RAM database: Monte Carlo (``mc``, 40 draws) and Latin hypercube (``lhs``, 40
draws) with the RMSE as objective, then Dynamically Dimensioned Search (``dds``, two trials of
60) maximising minus the RMSE. Each sampler prints its chatter (``Initializing the  Monte Carlo
(MC) sampler  with  40  repetitions``, the database formats list, DDS's ``Best solution found
has obj function value of -0.07 at 5``) and a final block::

    *** Final SPOTPY summary ***
    Total Duration: 0.01 seconds
    Total Repetitions: 40
    Minimal objective value: 0.0929624
    Corresponding parameter setting:
    a: 2.46312
    k: 1.11721
    Maximal objective value: 2.53779
    ...

Truth: each sampler's run statistics (``sampler.status``, the object the final block is printed
from): ``objectivefunction_min`` as ``Minimal objective value`` and ``objectivefunction_max`` as
``Maximal objective value`` where printed (MC and LHS print both, DDS the maximum); the
corresponding parameters (``params_min``, ``params_max``) optional under ``a`` and ``k`` (the
point found, not a score); ``rep`` optional as ``Total Repetitions``, the duration optional.
DDS's per-trial ``Best solution found has obj function value of`` lines: the trials' best
objective values, from the list ``dds.sample`` returns, under that phrase (``Best solution found
has obj function value of``), at no step (the ``at 5`` after it, the repetition it was found
at, is kept by no object: no truth).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main


def run() -> None:
    import numpy as np
    import spotpy
    from spotpy.objectivefunctions import rmse
    from spotpy.parameter import Uniform

    class Decay:
        a = Uniform(low=0.5, high=4.0, optguess=2.0)
        k = Uniform(low=0.1, high=3.0, optguess=1.0)

        def __init__(self, sign):
            rng = np.random.default_rng(24)
            self.t = np.linspace(0.0, 4.0, 20)
            self.obs = 2.5 * np.exp(-1.3 * self.t) + rng.normal(scale=0.05, size=20)
            self.sign = sign

        def simulation(self, x):
            return x[0] * np.exp(-x[1] * self.t)

        def evaluation(self):
            return self.obs

        def objectivefunction(self, simulation, evaluation):
            return self.sign * rmse(evaluation, simulation)

    truth = Truth()
    for algo, sign, reps in (("mc", 1.0, 40), ("lhs", 1.0, 40), ("dds", -1.0, 60)):
        sampler = getattr(spotpy.algorithms, algo)(Decay(sign), dbname=algo, dbformat="ram",
                                                   random_state=24)
        if algo == "dds":
            trials = sampler.sample(reps, trials=2)
        else:
            sampler.sample(reps)
        sys.stdout.flush()
        status = sampler.status
        if algo == "dds":
            for trial in trials:
                truth.add(**{"Best solution found has obj function value of":
                             trial["objfunc_val"]})
        truth.allow(**{"Total Repetitions": status.rep})
        if algo != "dds":
            truth.add(**{"Minimal objective value": status.objectivefunction_min})
            truth.allow(a=status.params_min[0], k=status.params_min[1])
        truth.add(**{"Maximal objective value": status.objectivefunction_max})
        truth.allow(a=status.params_max[0], k=status.params_max[1])
    truth.write("SPOTPY: each sampler's status (objectivefunction_min/max, params_min/max, rep), "
                "the object its final summary prints; the DDS trials' returned best values",
                libraries=("spotpy", "numpy"), rel=5e-6, abs_tol=5e-7)  # %g: six digits


if __name__ == "__main__":
    main(__file__, {"spotpy": run}, root=HELDOUT24)
