"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Customer-lifetime models with lifetimes (PyPI ``lifetimes``): 1,500 customers' purchase histories
simulated with the package's own ``beta_geometric_nbd_model`` (seeded), fitted with a
``BetaGeoFitter`` and a ``ModifiedBetaGeoFitter``; for each, ``print(fitter)`` (its repr:
``<lifetimes.BetaGeoFitter: fitted with 1500 subjects, a: 0.66, alpha: 5.07, b: 2.16, r: 0.30>``,
two decimals) and ``print(fitter.summary)`` (a frame: ``coef se(coef) lower 95% bound upper 95%
bound``, a row per parameter).

Truth: the fitters' own ``params_`` and ``summary`` frame: the repr's values as ``<parameter>``
(the repr prints each as ``name: value``); the summary as ``<parameter>/coef`` and
``<parameter>/se(coef)``, its two bounds optional (a spread). The subject count is optional
(``fitted with``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main


def run() -> None:
    import numpy as np
    from lifetimes import BetaGeoFitter, ModifiedBetaGeoFitter
    from lifetimes.generate_data import beta_geometric_nbd_model

    np.random.seed(22)
    df = beta_geometric_nbd_model(T=40, r=0.25, alpha=4.0, a=0.8, b=2.5, size=1500)
    truth = Truth()
    for fitter in (BetaGeoFitter(penalizer_coef=0.0),
                   ModifiedBetaGeoFitter(penalizer_coef=0.0)):
        fitter.fit(df["frequency"], df["recency"], df["T"])
        print(fitter)
        truth.allow(**{"fitted with": len(df)})
        for name in sorted(fitter.params_.index):  # the repr lists them sorted by name
            truth.add(**{name: fitter.params_[name]})
        summary = fitter.summary
        print(summary, flush=True)
        for name, row in summary.iterrows():
            truth.add(**{f"{name}/coef": row["coef"], f"{name}/se(coef)": row["se(coef)"]})
            truth.allow(**{f"{name}/lower 95% bound": row["lower 95% bound"],
                           f"{name}/upper 95% bound": row["upper 95% bound"]})
    truth.write("lifetimes: the fitters' params_ (the repr) and summary frame as "
                "<parameter>/<column>; bounds and the subject count optional",
                libraries=("lifetimes", "pandas"),
                rel=1e-5, abs_tol=5e-7)  # pandas' six digits; the repr's two: the rounding rule


if __name__ == "__main__":
    main(__file__, {"lifetimes": run}, root=HELDOUT22)
