"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Geophysical inversion with SimPEG (PyPI ``simpeg``), seeded: a 1-D linear problem (50 cells,
20 decaying-cosine kernels, a boxcar model, noisy synthetic data) inverted with a weighted
least-squares regularisation, projected Gauss-Newton CG (bounds -2..2, six iterations), a beta
estimated from eigenvalues and cooled by 4 every iteration. SimPEG prints ``Running inversion
with SimPEG v0.25.2``, ``INFO:`` lines about its defaults, warnings on stderr, then a ruled
table ``# beta phi_d phi_m f |proj(x-g)-x| LS iter_CG CG |Ax-b|/|b| CG |Ax-b| Comment`` (one row
an iteration, ``%1.2e`` numbers, ``inf`` in row 0, ``Skip BFGS`` comments), then ``STOP!``
lines (``1 : |fc-fOld| = 1.1894e+00 <= tolF*(1+|f0|) = 1.6345e+04`` ...) and ``DONE!``.

Truth: the optimiser's own printer values, taken as its ``printIter`` runs (its ``printers``'
``value`` functions evaluated on the optimiser just before the row is printed): ``beta``,
``phi_d``, ``phi_m``, ``f``, ``|proj(x-g)-x|``, ``CG |Ax-b|/|b|`` and ``CG |Ax-b|`` under the
column titles, at the iteration the row's ``#`` states (empty cells have no value); ``LS`` and
``iter_CG`` (counts) optional. The stopping criteria of ``printDone`` (its ``stoppers``' left and
right values, under the labels of their templates: ``|fc-fOld|``, ``tolF*(1+|f0|)``, ...)
optional.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main

COUNTS = {"LS", "iter_CG"}
STOPPER = re.compile(r"%d :\s*(.+?)\s*=\s*%\S+\s*<=\s*(.+?)\s*=\s*%\S+")


def run() -> None:
    import discretize
    import numpy as np
    from simpeg import (data_misfit, directives, inverse_problem, inversion, maps,
                        optimization, regularization, simulation)

    mesh = discretize.TensorMesh([np.ones(50)])
    m_true = np.zeros(50)
    m_true[15:25] = 1.0
    m_true[30:35] = -0.5
    cells = np.arange(50)
    kernels = np.array([np.exp(-0.2 * cells * (j + 1) / 10) * np.cos(cells * (j + 1) / 8)
                        for j in range(20)])
    sim = simulation.LinearSimulation(mesh, G=kernels, model_map=maps.IdentityMap(mesh))
    data = sim.make_synthetic_data(m_true, relative_error=0.0, noise_floor=0.01,
                                   add_noise=True, random_seed=27)
    misfit = data_misfit.L2DataMisfit(data=data, simulation=sim)
    reg = regularization.WeightedLeastSquares(mesh)
    opt = optimization.ProjectedGNCG(maxIter=6, lower=-2, upper=2, maxIterCG=10)
    problem = inverse_problem.BaseInvProblem(misfit, reg, opt)
    truth = Truth()
    print_iter, print_done = opt.printIter, opt.printDone

    def recording_iter(inLS=False):
        if not inLS:
            values = {p["title"]: p["value"](opt) for p in opt.printers}
            step = values.pop("#")
            values.pop("Comment", None)
            for title, value in values.items():
                if value is None:
                    continue
                if title in COUNTS:
                    truth.allow(**{title: value})
                else:
                    truth.add(at=step, **{title: value})
        print_iter(inLS)

    def recording_done(inLS=False):
        if not inLS:
            for stopper in opt.stoppers:
                match = STOPPER.search(stopper["str"])
                if match:
                    truth.allow(**{match.group(1): stopper["left"](opt),
                                   match.group(2): stopper["right"](opt)})
        print_done(inLS)

    opt.printIter, opt.printDone = recording_iter, recording_done
    beta = directives.BetaEstimate_ByEig(beta0_ratio=1e-1, random_seed=27)
    cooling = directives.BetaSchedule(coolingFactor=4, coolingRate=1)
    inversion.BaseInversion(problem, directiveList=[beta, cooling]).run(np.zeros(50))
    truth.write("simpeg: the ProjectedGNCG printers' value functions evaluated as printIter "
                "runs, and the stoppers' left/right values as printDone runs",
                libraries=("simpeg", "discretize", "numpy", "scipy"), rel=6e-3, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"simpeg": run}, root=HELDOUT27)
