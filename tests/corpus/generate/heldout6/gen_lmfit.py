"""HELD-OUT fixture (sixth half, see generate/heldout6/README.md): do not read while tuning the
parser.

Curve fitting with lmfit, the way experimental scientists fit a spectrum: a synthetic peak on
a sloped background (seeded noise) fitted twice, a Gaussian and a Lorentzian peak each plus a
linear background (composite ``Model``s with prefixes ``g_``/``l_`` and ``bg_``), each followed
by ``result.fit_report()``:

* ``[[Model]]`` and the model's repr; ``[[Fit Statistics]]``: ``# fitting method   =
  leastsq``, ``# function evals   = 31``, ``# data points      = 201``, ``# variables        =
  5``, ``chi-square         = 1.49860838``, ``reduced chi-square = 0.00764596``, ``Akaike
  info crit   = -974.652363``, ``Bayesian info crit = -958.135838``, ``R-squared          =
  0.99663097``;
* ``[[Variables]]``: ``g_amplitude:   9.03562940 +/- 0.08211953 (0.91%) (init = 10)``,
  derived parameters with their expression (``g_fwhm: ... == '2.3548200*g_sigma'``);
* ``[[Correlations]] (unreported correlations are < 0.250)``: ``C(g_amplitude, g_sigma) =
  +0.7611``;

then the script's ``preferred model: gaussian (delta BIC = 159.17)``.

Truth: the ``ModelResult``s: ``chi-square`` (``chisqr``), ``reduced chi-square`` (``redchi``),
``Akaike info crit`` (``aic``), ``Bayesian info crit`` (``bic``), ``R-squared``
(``rsquared``), one point per fit, no step; each variable's best value under its printed name
(``g_amplitude``), its ``+/-`` standard error optional as ``<name>_std``; correlations optional
under their printed ``C(a, b)``; the counts (``# function evals``, ``# data points``, ``#
variables``) optional; the initial values (``(init = 10)``) are what the script handed lmfit:
params, as ``<name>.init``; ``delta BIC`` a point.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT6, Truth, main


def fit() -> None:
    import numpy as np
    from lmfit.models import GaussianModel, LinearModel, LorentzianModel

    truth = Truth()
    rng = np.random.default_rng(7)
    x = np.linspace(0, 10, 201)
    y = (9.0 / (1.2 * np.sqrt(2 * np.pi)) * np.exp(-((x - 5.1) ** 2) / (2 * 1.2 ** 2))
         + 0.35 * x + 0.8 + rng.normal(0, 0.1, x.size))
    init = {"amplitude": 10.0, "center": 5.0, "sigma": 1.0, "slope": 0.0, "intercept": 1.0}
    params_truth, bics = {}, {}
    for name, peak in (("gaussian", GaussianModel(prefix="g_")),
                       ("lorentzian", LorentzianModel(prefix="l_"))):
        model = peak + LinearModel(prefix="bg_")
        p = model.make_params(**{f"{peak.prefix}{k}": init[k]
                                 for k in ("amplitude", "center", "sigma")},
                              bg_slope=init["slope"], bg_intercept=init["intercept"])
        result = model.fit(y, p, x=x)
        print(result.fit_report(min_correl=0.25))
        print()
        truth.add(**{"chi-square": result.chisqr, "reduced chi-square": result.redchi,
                     "Akaike info crit": result.aic, "Bayesian info crit": result.bic,
                     "R-squared": result.rsquared})
        truth.allow(**{"# function evals": result.nfev, "# data points": result.ndata,
                       "# variables": result.nvarys})
        for pname, par in result.params.items():
            truth.add(**{pname: par.value})
            if par.stderr is not None:
                truth.allow(**{f"{pname}_std": par.stderr})
            if par.vary:
                params_truth[f"{pname}.init"] = par.init_value
            for other, correl in (par.correl or {}).items():
                if abs(correl) >= 0.25:
                    truth.allow(**{f"C({pname}, {other})": correl})
        bics[name] = result.bic
    best = min(bics, key=bics.get)
    delta = max(bics.values()) - min(bics.values())
    print(f"preferred model: {best} (delta BIC = {delta:.2f})")
    truth.add(**{"delta BIC": delta})
    truth.write("lmfit ModelResult of each fit: chisqr, redchi, aic, bic, rsquared and each "
                "parameter's value under its printed name; stderr (<name>_std), correlations, "
                "counts optional; initial values = params (<name>.init); delta BIC",
                libraries=("lmfit", "numpy", "scipy"), params=params_truth, rel=1e-3,
                abs_tol=5e-3)  # delta BIC is printed with 2 decimals


if __name__ == "__main__":
    main(__file__, {"lmfit": fit}, root=HELDOUT6)
