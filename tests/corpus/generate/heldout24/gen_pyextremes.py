"""HELD-OUT fixture (twenty-fourth half, see generate/heldout24/README.md): do not read while
tuning the parser.

``pyextremes`` (``gen_pyextremes_emcee.py`` makes the second capture): extreme value analysis with
pyextremes (PyPI ``pyextremes``): twenty years of seeded daily values (a Gumbel-distributed series
with a date index); ``EVA`` with block maxima (yearly blocks; pyextremes picks the distribution,
here ``genextreme``, fitted by MLE), then peaks over a threshold (``POT``, a generalised Pareto
model with its location fixed at the threshold). For each: ``print(eva)`` (a boxed report: ``Source
Data`` with its ``Size: 7,300``, ``Extreme Values`` with their ``Count:``, ``Model`` with
``Log-likelihood: -16.417`` and ``AIC: 37.540`` side by side and ``Free parameters: loc=5.094``
``scale=0.502``), ``print( eva.model)`` (``free parameters: loc=5.094, scale=0.502``, ``AIC:
37.540``, ``loglikelihood: -16.417``, two cache sizes) and ``print(eva.get_summary(...))``, a frame
of return values with bootstrap confidence bounds for return periods 2, 10 and 50 (years).

Truth: the fitted model's ``loglikelihood`` as ``Log-likelihood`` (the report) and
``loglikelihood`` (the model's own print), ``AIC`` as ``AIC`` (both prints), the free parameters
under their names (``loc``, ``scale``, ``c``; three decimals) in both prints; the summary frame's
``return value`` per row as ``<period>/return value`` (``2.0/return value``), its ``lower ci``
and ``upper ci`` optional (interval bounds). Counts optional: the data size (``Size``), the
extremes count (``Count``) and the caches' sizes (``return value cache size``, ``fit parameter
cache size``, read after the model print, before the summary fills the caches). The threshold,
the block size and the fixed parameters (``floc=4.000``) are configuration (params).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT24, Truth, main


def _series():
    import warnings

    import numpy as np
    import pandas as pd

    warnings.simplefilter("ignore")
    np.random.seed(24)
    rng = np.random.default_rng(24)
    index = pd.date_range("2000-01-01", periods=365 * 20, freq="D")
    return pd.Series(rng.gumbel(2.0, 0.5, len(index)), index=index, name="level")


def _report(eva, truth, periods, **kwargs) -> None:
    """Print the EVA report, the model and the summary frame; add their truth."""
    print(eva, flush=True)
    model = eva.model
    free = {name: model.fit_parameters[name] for name in model.distribution.free_parameters}
    truth.add(**{"Log-likelihood": model.loglikelihood, "AIC": model.AIC})
    truth.add(**free)
    truth.allow(Size=len(eva.data), Count=len(eva.extremes))
    print(model, flush=True)
    truth.add(**free)
    truth.add(AIC=model.AIC, loglikelihood=model.loglikelihood)
    truth.allow(**{"return value cache size": len(model.return_value_cache)})
    if hasattr(model, "fit_parameter_cache"):
        truth.allow(**{"fit parameter cache size": len(model.fit_parameter_cache)})
    summary = eva.get_summary(return_period=periods, alpha=0.95, **kwargs)
    print(summary, flush=True)
    for period, row in summary.iterrows():
        truth.add(**{f"{period}/return value": row["return value"]})
        truth.allow(**{f"{period}/lower ci": row["lower ci"],
                       f"{period}/upper ci": row["upper ci"]})


def run() -> None:
    from pyextremes import EVA

    series = _series()
    truth = Truth()
    params = {}
    for method, kwargs in (("BM", dict(block_size="365.2425D")), ("POT", dict(threshold=4.0))):
        eva = EVA(series)
        eva.get_extremes(method=method, **kwargs)
        eva.fit_model()
        _report(eva, truth, [2, 10, 50], n_samples=200)
        params.update({f"{method}/{k}": v for k, v in kwargs.items()})
        params.update(eva.model.distribution.fixed_parameters)  # POT's floc=4.000
    truth.write("pyextremes: the fitted model's loglikelihood, AIC and fit_parameters, and the "
                "get_summary frame's return values and bounds",
                libraries=("pyextremes", "scipy", "numpy"), params=params,
                rel=1e-4, abs_tol=5e-4)  # three decimals in the reports, six in the frame


if __name__ == "__main__":
    main(__file__, {"pyextremes": run}, root=HELDOUT24)
