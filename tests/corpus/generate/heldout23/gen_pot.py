"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

Entropic optimal transport with POT, Python Optimal Transport (PyPI ``POT``, imported as
``ot``): two seeded point clouds (40 and 50 points in the plane), uniform weights, the squared
Euclidean cost scaled to 1; ``ot.sinkhorn(..., reg=0.004, verbose=True, log=True)`` (the
Sinkhorn-Knopp iterations) and ``ot.sinkhorn(..., reg=0.002, method="sinkhorn_stabilized",
numItermax=300, ...)`` (log-stabilised, stopped by its iteration cap, so POT also warns on
stderr that it did not converge). With ``verbose`` each prints a table ``It.  |Err`` with a row
``   10|6.136147e-02|`` every 10 iterations (every 20 for the stabilised one).

Truth: the returned logs' ``err`` lists (the marginal violation, computed on those iterations),
at the iteration of their row, as ``Err``. POT's code (read for this) appends the error to the
log before testing the stopping threshold and prints it after, so the Sinkhorn-Knopp run's last
error, under the threshold, is logged but not printed: it is left out. ``reg``, ``stopThr`` and
the iteration caps are not printed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main


def run() -> None:
    import numpy as np
    import ot

    rng = np.random.default_rng(23)
    xs = rng.normal(size=(40, 2))
    xt = rng.normal(loc=1.0, size=(50, 2))
    a, b = ot.unif(40), ot.unif(50)
    cost = ot.dist(xs, xt)
    cost /= cost.max()
    truth = Truth()
    stop = 1e-6
    for method, reg, cap, every in (("sinkhorn", 0.004, 200, 10),
                                    ("sinkhorn_stabilized", 0.002, 300, 20)):
        print(f"== {method} ==", flush=True)
        _, log = ot.sinkhorn(a, b, cost, reg, method=method, numItermax=cap, stopThr=stop,
                             verbose=True, log=True)
        sys.stdout.flush()
        errors = [float(e) for e in log["err"]]
        if method == "sinkhorn" and errors[-1] < stop:
            errors = errors[:-1]  # logged, then the loop stops before printing it
        for i, err in enumerate(errors):
            truth.add(at=i * every, Err=err)
    truth.write("POT: the err lists of ot.sinkhorn's returned logs, at their iterations, as the "
                "printed Err column (the unprinted converged error left out)",
                libraries=("POT", "numpy"), rel=5e-7, abs_tol=1e-15)  # %8e: seven digits


if __name__ == "__main__":
    main(__file__, {"pot": run}, root=HELDOUT23)
