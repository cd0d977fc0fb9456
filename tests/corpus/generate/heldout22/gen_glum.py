"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Generalised linear models with glum (PyPI ``glum``): 2,000 seeded insurance-like rows (``age``,
``power``, ``density``, a categorical ``region``), Poisson claim counts. First an elastic-net
Poisson GLM (``GeneralizedLinearRegressor(family="poisson", alpha=0.01, l1_ratio=0.5)``), then
``model.report_diagnostics()`` (glum's printer: ``Diagnostics:`` over a frame indexed by
``n_iter`` with ``convergence`` in scientific notation, ``n_cycles``, ``iteration_runtime``,
``intercept``) and ``print(model.coef_table())`` (a pandas Series: one ``<term>  <value>`` line
per coefficient, ``Name: coef, dtype: float64`` after); then an unpenalised fit with the
covariance matrix stored and ``print(model.coef_table(X, y))`` (a frame: ``coef se t_value
p_value ci_lower ci_upper``, rows ``intercept``, ``age`` ... ``region[W]``).

Truth: glum's own objects: ``get_formatted_diagnostics()`` (the frame ``report_diagnostics``
prints) as ``convergence``, ``iteration_runtime`` (measured: a metric) and ``intercept`` at the
step ``n_iter`` states, ``n_cycles`` optional; the first ``coef_table()`` Series under each
coefficient's printed row label alone (``intercept``, ``region[E]``: the line shows no column);
the second table as ``<term>/<column>`` for ``coef``, ``se`` and ``t_value``, the interval's
bounds (``ci_lower``, ``ci_upper``: a spread) and ``p_value`` optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    from glum import GeneralizedLinearRegressor

    rng = np.random.default_rng(22)
    n = 2000
    X = pd.DataFrame({"age": rng.uniform(18, 80, n),
                      "power": rng.integers(4, 12, n).astype(float),
                      "density": rng.lognormal(6, 1, n),
                      "region": pd.Categorical(rng.choice(["N", "S", "E", "W"], n))})
    mu = np.exp(-2.5 + 0.01 * X.age + 0.05 * X.power + 0.1 * np.log(X.density))
    y = rng.poisson(mu)
    truth = Truth()
    net = GeneralizedLinearRegressor(family="poisson", alpha=0.01, l1_ratio=0.5).fit(X, y)
    net.report_diagnostics()
    diag = net.get_formatted_diagnostics()
    for step, row in diag.iterrows():
        truth.add(at=step, convergence=row["convergence"],
                  iteration_runtime=row["iteration_runtime"], intercept=row["intercept"])
        truth.allow(n_cycles=row["n_cycles"])
    coefs = net.coef_table()
    print(coefs, flush=True)
    for term, value in coefs.items():
        truth.add(**{term: value})
    plain = GeneralizedLinearRegressor(family="poisson", alpha=0, drop_first=True)
    plain.fit(X, y, store_covariance_matrix=True)
    table = plain.coef_table(X, y)
    print(table, flush=True)
    for term, row in table.iterrows():
        truth.add(**{f"{term}/coef": row["coef"], f"{term}/se": row["se"],
                     f"{term}/t_value": row["t_value"]})
        truth.allow(**{f"{term}/ci_lower": row["ci_lower"], f"{term}/ci_upper": row["ci_upper"],
                       f"{term}/p_value": row["p_value"]})
    truth.write("glum: get_formatted_diagnostics() (steps n_iter), coef_table() as a Series and "
                "coef_table(X, y) as <term>/<column>; n_cycles, CI bounds and p-values optional",
                libraries=("glum", "pandas"), rel=1e-5, abs_tol=5e-7)  # pandas' six digits


if __name__ == "__main__":
    main(__file__, {"glum": run}, root=HELDOUT22)
