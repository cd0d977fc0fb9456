"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Regression discontinuity with rdrobust (PyPI ``rdrobust``, the Calonico-Cattaneo-Titiunik
estimators): 800 seeded units with a jump of 0.4 at the cutoff, fitted twice and printed
(``print(rdrobust(y, x))``, then with ``kernel="uniform", all=True``): a header of settings
(``Number of Observations:   800``, ``Kernel:  Triangular``, ...), a ``Left``/``Right`` table
(observation counts, ``Bandwidth Estimation``, ``Bandwidth Bias``, ``rho (h/b)``, three
decimals), and an estimation table (``Method  Coef.  S.E.  z-stat  P>|z|  95% CI``, the
interval printed ``[0.22, 0.501]``; the robust row shows ``-`` for its coefficient and error
unless ``all=True``, where a ``Bias-Corrected`` row is added).

Truth: the result objects, read by the same process: ``bws`` (``h`` and ``b`` by side, and
their quotient for ``rho (h/b)`` as the printer divides them), ``coef``, ``se``, ``z``, ``pv``
and ``ci`` by method, only the cells printed with a number. Names: ``<row>/Left``,
``<row>/Right``, ``<method>/<column>``, the interval two values under ``<method>/95% CI``; the
two fits share names. Optional: the p-values and the observation counts (total, per side,
unique, effective). Judgement: the settings header is params (``p``, ``q``, kernel, bandwidth
selector, variance estimator). No step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main


def run() -> None:
    import numpy as np
    from rdrobust import rdrobust

    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, 800)
    y = 0.5 + 0.8 * x - 0.6 * x ** 2 + 0.4 * (x >= 0) + rng.normal(0, 0.3, 800)
    fits = [rdrobust(y, x), rdrobust(y, x, kernel="uniform", all=True)]
    truth = Truth()
    params = {}
    for fit in fits:
        print(fit)
        params.update({"Polynomial Order Est. (p)": fit.p, "Polynomial Order Bias (q)": fit.q,
                       "Bandwidth Selection": fit.bwselect, "Var-Cov Estimator": fit.vce})
        truth.allow(**{"Number of Observations": fit.N[0] + fit.N[1]})
        for side, k in (("Left", 0), ("Right", 1)):
            truth.allow(**{f"Number of Observations/{side}": fit.N[k],
                           f"Number of Unique Obs./{side}": fit.M[k],
                           f"Number of Effective Obs./{side}": fit.N_h[k]})
            h, b = fit.bws.iloc[0, k], fit.bws.iloc[1, k]
            truth.add(**{f"Bandwidth Estimation/{side}": h, f"Bandwidth Bias/{side}": b,
                         f"rho (h/b)/{side}": h / b})
        for j, method in enumerate(fit.coef.index):
            if method == "Bias-Corrected" and not fit.all:
                continue
            if fit.all or method == "Conventional":
                truth.add(**{f"{method}/Coef.": fit.coef.iloc[j].item(),
                             f"{method}/S.E.": fit.se.iloc[j].item()})
            truth.add(**{f"{method}/z-stat": fit.z.iloc[j].item()})
            truth.allow(**{f"{method}/P>|z|": fit.pv.iloc[j].item()})
            truth.add(**{f"{method}/95% CI": fit.ci.iloc[j, 0].item()})
            truth.add(**{f"{method}/95% CI": fit.ci.iloc[j, 1].item()})
    params["Kernel"] = "Triangular, Uniform"
    truth.write("rdrobust's result objects (bws by side and their quotient; coef, se, z, pv, ci "
                "by method, the cells printed with a number), as <row>/<side> and "
                "<method>/<column>; p-values and observation counts optional",
                libraries=("rdrobust", "numpy"), params=params,
                rel=1e-9, abs_tol=5e-4)  # three decimals (p-values %.3e)


if __name__ == "__main__":
    main(__file__, {"rdrobust": run}, root=HELDOUT18)
