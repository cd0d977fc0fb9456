"""HELD-OUT fixture (sixteenth half, see generate/heldout16/README.md): do not read while tuning
the parser.

Nested sampling with nestle (Bayesian evidence and posterior samples): a correlated 2-D
Gaussian likelihood under a uniform prior on [-10, 10]², sampled twice (``method="single"``
and ``method="multi"``, 200 live points, ``rstate`` seeded), with nestle's own progress
printer as the callback: ``nestle.print_progress`` redraws one line, ``\r\033[Kit=   300
logz=-22.034759``; a thin wrapper hands it every 100th iteration's info (every iteration would
print a thousand frames per run). After each run the script prints nestle's
``Result.summary()`` (``niter: 1060``, ``ncall: 1861``, ``nsamples: 1260``, ``logz: -4.444 +/-
0.130``, ``h:  3.371``).

Truth: the ``info`` dicts nestle passes to the callback (the very dicts ``print_progress``
formats), recorded by the wrapper: ``logz`` stepped by ``it``; and the ``Result`` objects:
``logz`` and ``h`` (unstepped). Optional: ``niter``, ``ncall``, ``nsamples`` (counts) and the
evidence's uncertainty ``logzerr`` (the ``+/-`` after ``logz``, named ``+/-``). Judgement: the
two runs restart their iterations (two series of ``logz``); the summary's ``logz`` is the
final estimate, unstepped; the progress line's ANSI clear-line code is printed on a pipe too.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT16, Truth, main


def run() -> None:
    import nestle
    import numpy as np

    cov_inv = np.linalg.inv(np.array([[1.0, 0.6], [0.6, 1.0]]))

    def loglike(theta):
        return -0.5 * theta @ cov_inv @ theta

    def prior(u):
        return 20.0 * u - 10.0

    truth = Truth()

    def progress(info):
        if info["it"] % 100 == 0:
            nestle.print_progress(info)
            truth.add(at=info["it"], logz=info["logz"])

    for method in ("single", "multi"):
        result = nestle.sample(loglike, prior, 2, method=method, npoints=200,
                               rstate=np.random.RandomState(1), callback=progress)
        print()
        print(result.summary())
        truth.add(logz=result.logz, h=result.h)
        truth.allow(niter=result.niter, ncall=result.ncall, nsamples=len(result.samples),
                    **{"+/-": result.logzerr})
    sys.stdout.flush()
    truth.write("nestle's callback info dicts (logz stepped by it, every 100th iteration, what "
                "print_progress prints) and each Result's logz and h; counts and logzerr "
                "optional", libraries=("nestle", "numpy"), params=None,
                rel=1e-5, abs_tol=5e-4)  # '{:8f}' and '{:6.3f}'


if __name__ == "__main__":
    main(__file__, {"nestle": run}, root=HELDOUT16)
