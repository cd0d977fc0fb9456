"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Variational Bayesian Monte Carlo with PyVBMC (PyPI ``pyvbmc``), seeded: the posterior of a
correlated two-dimensional Gaussian likelihood under a wide normal prior, inferred with a budget
of 50 evaluations (``options={'max_fun_evals': 50, 'display': 'iter'}``). PyVBMC prints a few
set-up lines, then its iteration table (``Iteration f-count Mean[ELBO] Std[ELBO] sKL-iter[q]
K[q] Convergence Action``; one row an iteration from 0, the action ``start warm-up``, ``end
warm-up``, ...), a last row numbered ``inf`` (``finalize``), ``Inference terminated: ...``,
``Estimated ELBO: -4.154 +/-0.001.`` and a caution line.

Truth: the run's ``iteration_history`` (``elbo``, ``elbo_sd``, ``sKL``, ``r_index``) as
``Mean[ELBO]``, ``Std[ELBO]``, ``sKL-iter[q]`` and ``Convergence`` at the row's iteration (the
first rows' convergence is inf, printed ``inf``); ``f-count`` (``func_count``) and ``K[q]`` (each
iteration's ``vp.K``) optional (counts). The ``finalize`` row states no step: its
``Mean[ELBO]``, ``Std[ELBO]`` and ``Convergence`` are the returned results' ``elbo``,
``elbo_sd`` and the best iteration's ``r_index`` (as PyVBMC prints them), at no step, its
``K[q]`` optional; its ``sKL-iter[q]`` (between the returned and the loop's last posterior) is
computed for the display only and kept nowhere: no truth. ``Estimated ELBO`` is the returned
``elbo`` again under its own label; the ``+/-`` value after it is the returned ``elbo_sd``,
optional under ``Estimated ELBO/sd``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main


def run() -> None:
    import numpy as np
    import scipy.stats as st
    from pyvbmc import VBMC

    def log_joint(x):
        x = np.asarray(x).ravel()
        return float(st.multivariate_normal.logpdf(x, mean=[0.5, -0.3], cov=[[1, 0.3], [0.3, 0.8]])
                     + np.sum(st.norm.logpdf(x, 0, 3)))

    np.random.seed(26)
    d = 2
    vbmc = VBMC(log_joint, np.zeros((1, d)), np.full((1, d), -10.0), np.full((1, d), 10.0),
                np.full((1, d), -3.0), np.full((1, d), 3.0),
                options={"max_fun_evals": 50, "display": "iter"})
    vp, results = vbmc.optimize()
    sys.stdout.flush()
    history = vbmc.iteration_history
    truth = Truth()
    for i, it in enumerate(history["iter"]):
        truth.add(at=it, **{"Mean[ELBO]": history["elbo"][i], "Std[ELBO]": history["elbo_sd"][i],
                            "sKL-iter[q]": history["sKL"][i], "Convergence": history["r_index"][i]})
        truth.allow(**{"f-count": history["func_count"][i], "K[q]": history["vp"][i].K})
    truth.add(**{"Mean[ELBO]": results["elbo"], "Std[ELBO]": results["elbo_sd"],
                 "Convergence": results["r_index"]})
    truth.allow(**{"f-count": results["func_count"], "K[q]": vp.K})
    truth.add(**{"Estimated ELBO": results["elbo"]})
    truth.allow(**{"Estimated ELBO/sd": results["elbo_sd"]})
    truth.write("PyVBMC: VBMC.iteration_history (elbo, elbo_sd, sKL, r_index, func_count, vp.K) "
                "and the results dict optimize() returns",
                libraries=("pyvbmc", "numpy", "scipy"), rel=5e-3, abs_tol=5e-3)  # two decimals


if __name__ == "__main__":
    main(__file__, {"pyvbmc": run}, root=HELDOUT26)
