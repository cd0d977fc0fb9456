"""HELD-OUT fixture (nineteenth half, see generate/heldout19/README.md): do not read while tuning
the parser.

Groundwater time-series modelling with Pastas (PyPI ``pastas``): six years of seeded daily
precipitation and a seasonal evaporation, and two weekly head series made from them (a linear
reservoir's response plus noise); one model with a recharge stress model (exponential response)
and one with precipitation alone as a stress model (gamma response), each ``ml.solve()`` with
its default report: ``Fit report well  Fit Statistics``, two columns of ``name value`` pairs
(``nfev 7`` ... ``EVP 97.16``, ``R2 0.97``, ``RMSE 0.04``, ``AICc -2020.15``, ``BIC
-2005.30``, ``Obj 0.24``, two decimals) and ``Parameters (4 optimized)``, a table ``optimal
initial vary``.

Truth: the model's own statistics (``ml.stats``: ``evp``, ``rsq``, ``rmse``, ``aicc``, ``bic``)
and the solver's result (``result.cost``, which the least-squares solver reports as ``Obj``),
named as printed; the parameter table's ``optimal`` column (``ml.parameters``) as
``<parameter>/optimal``. Optional: ``nfev`` and ``nobs`` (counts) and the ``initial`` column
(starting values Pastas chose). The settings in the left column (``tmin``, ``freq``,
``warmup``, ``noise``) are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT19, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    import pastas as ps

    rng = np.random.default_rng(2)
    idx = pd.date_range("2010-01-01", "2015-12-31", freq="D")
    prec = pd.Series(np.maximum(rng.gamma(0.6, 4.0, len(idx)) - 1.0, 0) / 1000, idx)
    evap = pd.Series((1.5 + 1.2 * np.sin(2 * np.pi * (idx.day_of_year - 100) / 365)) / 1000, idx)
    kernel = np.exp(-np.arange(300) / 60) / 60
    rech = (prec - 0.8 * evap).to_numpy()
    head1 = 10 + np.convolve(rech, 400 * kernel)[:len(idx)] + rng.normal(0, 0.03, len(idx))
    head2 = 4 + np.convolve(prec.to_numpy(), 250 * kernel)[:len(idx)] + rng.normal(0, 0.05,
                                                                                  len(idx))
    truth = Truth()
    for name, head in (("well", head1), ("piezometer", head2)):
        ml = ps.Model(pd.Series(head, idx).iloc[::7], name=name)
        if name == "well":
            ps.RechargeModel(ml, prec, evap, rfunc=ps.Exponential(), name="recharge")
        else:
            ps.StressModel(ml, prec, rfunc=ps.Gamma(), name="rain", settings="prec")
        ml.solve()
        stats = ml.stats
        truth.add(EVP=stats.evp(), R2=stats.rsq(), RMSE=stats.rmse(), AICc=stats.aicc(),
                  BIC=stats.bic(), Obj=ml.solver.result.cost)
        truth.allow(nfev=ml.solver.result.nfev, nobs=ml.observations().index.size)
        for param, row in ml.parameters.iterrows():
            truth.add(**{f"{param}/optimal": row["optimal"]})
            truth.allow(**{f"{param}/initial": row["initial"]})
    truth.write("Pastas: the models' stats (evp, rsq, rmse, aicc, bic), the solver's "
                "result.cost (Obj) and the parameters' optimal column; nfev, nobs and initial "
                "values optional", libraries=("pastas",),
                params={"noise": False, "freq": "D", "tmin": "2010-01-01 00:00:00",
                        "warmup": "3650 days 00:00:00", "freq_obs": "None"},
                rel=1e-9, abs_tol=0.005)  # two decimals (statistics), six (parameters)


if __name__ == "__main__":
    main(__file__, {"pastas": run}, root=HELDOUT19)
