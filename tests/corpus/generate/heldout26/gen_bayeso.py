"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Bayesian optimisation with bayeso (PyPI ``bayeso``), seeded: a shifted two-dimensional
quadratic on [-1, 1]^2 minimised from 3 uniform initial points plus 6 iterations, once with
expected improvement (``str_acq='ei'``) and once with a confidence bound (``'ucb'``), through
``wrappers_bo_function.run_single_round(..., verbose=True)``. bayeso logs its settings and
progress to stdout, each line framed ``[INFO-bo_w_gp-12/07/2026-01:29:17]``: ``range_X:`` (a
matrix over two lines), ``str_cov: matern52``, ``str_acq: ei``, ``num_init: 3``, ``num_iter:
6``, ``num_samples_ao: 50``, ``seed: 26``, ..., then ``Iteration 1`` ... ``Iteration 6``
(no values). After each run the script prints the evaluations the wrapper returns as a small
table (``eval  y  best_y  t_gp  t_acq``; the times blank for the initial points).

Truth: the returned ``Y`` as ``y`` and its running minimum as ``best_y``, at the evaluation the
row states (1 to 9; the count restarts for each run); the returned GP-fitting and
acquisition-optimisation times (``t_gp``, ``t_acq``) optional. bayeso's settings are params
(``num_init``, ``num_iter``, ``num_samples_ao``, ``seed``; the strings are no numbers); the
bounds in ``range_X`` and the frames' dates are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main

NUM_INIT, NUM_ITER = 3, 6


def run() -> None:
    import warnings

    import numpy as np
    from bayeso import bo
    from bayeso.wrappers import wrappers_bo_function

    warnings.simplefilter("ignore")

    def objective(x):
        return float(np.sum((np.asarray(x) - np.array([0.3, -0.2])) ** 2))

    bounds = np.array([[-1.0, 1.0], [-1.0, 1.0]])
    truth = Truth()
    for acq in ("ei", "ucb"):
        model = bo.BO(bounds, str_acq=acq, debug=False)
        _, Y, _, t_gp, t_acq = wrappers_bo_function.run_single_round(
            model, objective, NUM_INIT, NUM_ITER, str_initial_method_bo="uniform",
            str_sampling_method_ao="uniform", num_samples_ao=50, seed=26, verbose=True)
        sys.stdout.flush()
        y = Y.ravel()
        print(f"{'eval':>4}  {'y':>10}  {'best_y':>10}  {'t_gp':>8}  {'t_acq':>8}")
        for i, value in enumerate(y):
            best = float(np.min(y[: i + 1]))
            k = i - NUM_INIT
            times = f"{t_gp[k]:8.4f}  {t_acq[k]:8.4f}" if k >= 0 else f"{'':8}  {'':8}"
            print(f"{i + 1:>4}  {value:10.6f}  {best:10.6f}  {times}")
            truth.add(at=i + 1, y=value, best_y=best)
            if k >= 0:
                truth.allow(t_gp=t_gp[k], t_acq=t_acq[k])
        print(flush=True)
    truth.write("bayeso: the Y array and the time arrays run_single_round returns; best_y is "
                "the running minimum of Y",
                libraries=("bayeso", "numpy", "scipy"),
                params={"num_init": NUM_INIT, "num_iter": NUM_ITER, "num_samples_ao": 50,
                        "seed": 26},
                rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"bayeso": run}, root=HELDOUT26)
