"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

Survival and reliability distribution fitting with SurPyval (PyPI ``surpyval``): seeded failure
times of sixty units, a third of them right-censored; Weibull, LogNormal, Gamma and Exponential
fitted by maximum likelihood (``surv.<Dist>.fit(x, c=c)``), the Weibull again by minimum
product spacing (``how="MPS"``, complete data) and a Normal, each printed with ``print(model)``::

    Parametric SurPyval Model
    =========================
    Distribution        : Weibull
    Fitted by           : MLE
    Data                : 60 units: 40 events at 40 unique times
    Parameters          :
         alpha: 10.362254794117781
          beta: 1.933400015384534

Truth: each model's fitted parameters from the model object (``model.params`` in the order of
``model.dist.parameter_names``), under the printed parameter names (``alpha``, ``beta``, ``mu``,
``sigma``, ``failure_rate``), at full precision. The unit, event and unique-time counts of the
``Data`` line are optional (``units``, ``events``, ``unique times``, ``right censored``; the
times are distinct, so the unique times are the events).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main


def run() -> None:
    import numpy as np
    import surpyval as surv

    rng = np.random.default_rng(24)
    times = rng.weibull(1.8, 60) * 10
    censor_at = np.quantile(times, 0.67)
    c = (times > censor_at).astype(int)
    x = np.minimum(times, censor_at)
    truth = Truth()
    fits = ((surv.Weibull, dict(x=x, c=c)), (surv.LogNormal, dict(x=x, c=c)),
            (surv.Gamma, dict(x=x, c=c)), (surv.Exponential, dict(x=x, c=c)),
            (surv.Weibull, dict(x=times, how="MPS")), (surv.Normal, dict(x=times)))
    for dist, kwargs in fits:
        model = dist.fit(**kwargs)
        print(model, flush=True)
        for name, value in zip(model.dist.parameter_names, model.params):
            truth.add(**{name: value})
        n = len(kwargs["x"])
        events = int(n - np.sum(kwargs.get("c", np.zeros(n))))
        truth.allow(units=n, events=events, **{"unique times": events})
        if events < n:
            truth.allow(**{"right censored": n - events})
    truth.write("SurPyval: each fitted model's params under the distribution's param_names",
                libraries=("surpyval", "numpy"), rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"surpyval": run}, root=HELDOUT24)
