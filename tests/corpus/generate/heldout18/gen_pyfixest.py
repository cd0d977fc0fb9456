"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Fixed-effects regression with PyFixest (PyPI ``pyfixest``), on the panel it ships
(``pf.get_data()``, seeded inside the package): two OLS fits with fixed effects (``Y ~ X1 + X2
| f1`` with heteroskedasticity-robust errors, ``Y ~ X1 + X2 | f1 + f2`` clustered by ``f1``) and
a Poisson fit (``fepois``, ``Y ~ X1 | f1`` on its count data), then ``pf.summary([...])``: per
model a ``###`` block with the estimation, dependent variable, inference and ``Observations:
997``, a Markdown table (``| Coefficient | Estimate | Std. Error | t value | Pr(>|t|) | 2.5% |
97.5% |``, three decimals) and a closing line ``RMSE: 1.441 R2: 0.609 R2 Within: 0.2``
(``Deviance: ...`` for the Poisson fit; NaN statistics are left out by the printer).

Truth: each fit's ``tidy()`` frame (the same frame the printer rounds) and its ``_rmse``,
``_r2``, ``_r2_within``, ``deviance`` attributes, read by the same process, only those the
printer prints (not NaN). Names are ``<coefficient>/<column>`` as in the table (``X1/Estimate``,
``X1/2.5%``) and the footer's labels; the three fits share names. Optional: the p-values and
the observation counts. No step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main


def run() -> None:
    import math

    import pyfixest as pf

    data = pf.get_data()
    counts = pf.get_data(model="Fepois")
    fits = [pf.feols("Y ~ X1 + X2 | f1", data=data, vcov="hetero"),
            pf.feols("Y ~ X1 + X2 | f1 + f2", data=data, vcov={"CRV1": "f1"}),
            pf.fepois("Y ~ X1 | f1", data=counts, vcov="hetero")]
    pf.summary(fits)
    truth = Truth()
    for fit in fits:
        table = fit.tidy()
        for coefficient, row in table.iterrows():
            for column, value in row.items():
                name = f"{coefficient}/{column}"
                if column.startswith("Pr("):
                    truth.allow(**{name: value})
                else:
                    truth.add(**{name: value})
        truth.allow(Observations=fit._N)
        footer = {"RMSE": fit._rmse, "R2": fit._r2, "R2 Within": fit._r2_within}
        for label, value in footer.items():
            if not math.isnan(value):
                truth.add(**{label: value})
        if fit.deviance is not None:
            truth.add(Deviance=float(fit.deviance))
    truth.write("PyFixest's tidy() frames and _rmse/_r2/_r2_within/deviance of each fit, as "
                "<coefficient>/<column> and the footer's labels; p-values and observation "
                "counts optional", libraries=("pyfixest",), params=None,
                rel=1e-9, abs_tol=5e-4)  # three decimals


if __name__ == "__main__":
    main(__file__, {"pyfixest": run}, root=HELDOUT18)
