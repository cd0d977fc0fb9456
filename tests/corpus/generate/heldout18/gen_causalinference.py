"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Treatment effects under unconfoundedness with CausalInference (PyPI ``causalinference``): 600
units from the package's own ``random_data`` (one covariate, seeded with ``np.random.seed``),
a ``CausalModel`` estimated by least squares (``est_via_ols``) and by nearest-neighbour
matching (``est_via_matching``), then its propensity score by logit (``est_propensity``).
``print(causal.estimates)`` prints one table per method under ``Treatment Effect Estimates:
OLS`` / ``Matching`` (rows ``ATE``, ``ATC``, ``ATT`` by ``Est.``, ``S.e.``, ``z``, ``P>|z|`` and a
two-column ``[95% Conf. int.]``), ``print(causal.propensity)`` the logit's table under
``Estimated Parameters of Propensity Score`` (rows ``Intercept``, ``X0``). Three decimals.

Truth: the ``Estimators`` and ``Propensity`` objects, read by the same process: each effect
and its standard error (``estimates['ols']['ate']``, ``['ate_se']``, ...), the logit's
``coef`` and ``se``; the ``z``, the p-value and the interval are computed from them as the
printer computes them (``tools.gen_reg_entries``: ``coef / se``, ``2(1 - Φ(|z|))``, ``coef ±
1.96 se``). Names are ``<row>/<column>``; the interval gives two values (lower, upper) under
``<row>/95% Conf. int.``. Optional: the p-values. Judgement: the two effect tables share their
row and column names (``ATE/Est.`` has two values, OLS's then matching's); the section titles
are headings, not part of names. No step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main


def run() -> None:
    import numpy as np
    from causalinference import CausalModel
    from causalinference.utils import random_data
    from scipy.stats import norm

    np.random.seed(3)
    y, d, x = random_data(N=600, K=1)
    causal = CausalModel(y, d, x)
    causal.est_via_ols()
    causal.est_via_matching()
    print(causal.estimates)
    causal.est_propensity()
    print(causal.propensity)

    truth = Truth()

    def row(name, coef, se):
        z = coef / se
        truth.add(**{f"{name}/Est." if name != "Intercept" and not name.startswith("X")
                     else f"{name}/Coef.": coef, f"{name}/S.e.": se, f"{name}/z": z})
        truth.allow(**{f"{name}/P>|z|": 2 * (1 - norm.cdf(abs(z)))})
        truth.add(**{f"{name}/95% Conf. int.": coef - 1.96 * se})
        truth.add(**{f"{name}/95% Conf. int.": coef + 1.96 * se})

    for method in ("ols", "matching"):
        estimate = causal.estimates[method]
        for effect in ("ate", "atc", "att"):
            row(effect.upper(), estimate[effect], estimate[effect + "_se"])
    coef, se = causal.propensity["coef"], causal.propensity["se"]
    row("Intercept", coef[0], se[0])
    for term, c, s in zip(causal.propensity["lin"], coef[1:], se[1:]):
        row(f"X{term}", c, s)
    truth.write("CausalInference's Estimators (effects and standard errors of OLS and matching) "
                "and Propensity (logit coef and se); z, p-value and interval computed as its "
                "printer does; <row>/<column>, the interval two values; p-values optional",
                libraries=("causalinference", "numpy"), params=None,
                rel=1e-9, abs_tol=5e-4)  # three decimals


if __name__ == "__main__":
    main(__file__, {"causalinference": run}, root=HELDOUT18)
