"""HELD-OUT fixture (tenth half, see generate/heldout10/README.md): do not read while tuning the
parser.

Volatility models of daily stock returns with ``arch``, as its univariate-volatility guide
writes them: the S&P 500 prices the package ships (``arch.data.sp500``, no download), the last
1500 daily percentage returns, a GARCH(1,1) with normal errors fitted with
``update_freq=5`` and a GJR-GARCH(1,1,1) with Student's t errors with ``update_freq=3``; each
fit prints its optimiser progress (``Iteration:      5,   Func. Count:     38,   Neg. LLF:
1606.87...``), SciPy's SLSQP closing block (``Current function value: ...``,
``Iterations: 16``, ``Function evaluations: 129``, ``Gradient evaluations: 16``), then the
script prints ``res.summary()`` (a statsmodels-like header of paired ``label: value`` columns
and one coefficient table per part: ``coef std err t P>|t| 95.0% Conf. Int.``) and a
five-day variance forecast (a pandas Series, ``h.1 ... h.5``).

Truth: the fit's own records. The progress lines: a wrapper of arch's iteration callback
(``arch.univariate.base._callback``) reads arch's ``_callback_info`` record (iteration, count,
negative log-likelihood) whenever arch prints it: ``Neg. LLF`` at the ``Iteration``,
``Func. Count`` optional. SciPy's block from the result's ``optimization_result``: ``Current
function value`` a point, the counts optional. The summary from the result object: ``R-squared``,
``Adj. R-squared``, ``Log-Likelihood``, ``AIC``, ``BIC`` (points), ``No. Observations``, ``Df
Residuals``, ``Df Model`` optional; the coefficient tables' rows are different parameters, so
``<parameter>/<column>`` from ``params``, ``std_err``, ``tvalues``, ``pvalues``
(``omega/coef``, ``beta[1]/P>|t|``), the confidence bounds (``conf_int()``) optional. The
forecast's ``h.1``..``h.5`` from ``forecast(horizon=5).variance``. The models' settings
printed by the script are params; the summary's date and time in neither map.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT10, Truth, main

SETTINGS = {"observations": 1500, "horizon": 5}
MODELS = [  # (title, arch_model keyword arguments, update_freq)
    ("GARCH(1,1), normal errors", {"vol": "GARCH", "p": 1, "q": 1, "dist": "normal"}, 5),
    ("GJR-GARCH(1,1,1), Student's t errors", {"vol": "GARCH", "p": 1, "o": 1, "q": 1,
                                              "dist": "t"}, 3),
]


def run() -> None:
    import arch.univariate.base as base
    from arch import arch_model
    from arch.data import sp500

    truth = Truth()
    callback = base._callback

    def recording_callback(parameters):
        callback(parameters)
        info = base._callback_info
        if info["iter"] % info["display"] == 0:
            truth.add(info["iter"], **{"Neg. LLF": info["llf"]})
            truth.allow(**{"Func. Count": info["count"], "Iteration": info["iter"]})

    base._callback = recording_callback
    prices = sp500.load()["Adj Close"]
    returns = (100 * prices.pct_change().dropna())[-SETTINGS["observations"]:]
    print("settings: " + ", ".join(f"{k}={v}" for k, v in SETTINGS.items()), flush=True)
    for title, options, update_freq in MODELS:
        print(f"\n== {title}: " + ", ".join(f"{k}={v}" for k, v in options.items())
              + f", update_freq={update_freq}", flush=True)
        result = arch_model(returns, **options).fit(update_freq=update_freq)
        opt = result.optimization_result
        truth.add(**{"Current function value": opt.fun})
        truth.allow(Iterations=opt.nit, **{"Function evaluations": opt.nfev,
                                           "Gradient evaluations": opt.njev})
        print(result.summary(), flush=True)
        truth.add(**{"R-squared": result.rsquared, "Adj. R-squared": result.rsquared_adj,
                     "Log-Likelihood": result.loglikelihood, "AIC": result.aic,
                     "BIC": result.bic})
        truth.allow(**{"No. Observations": result.nobs,
                       "Df Residuals": result.nobs - 1, "Df Model": 1})
        bounds = result.conf_int()
        for name in result.params.index:
            truth.add(**{f"{name}/coef": result.params[name],
                         f"{name}/std err": result.std_err[name],
                         f"{name}/t": result.tvalues[name],
                         f"{name}/P>|t|": result.pvalues[name]})
            truth.allow(**{f"{name}/95.0% Conf. Int.": bounds.loc[name, "lower"]})
            truth.allow(**{f"{name}/95.0% Conf. Int.": bounds.loc[name, "upper"]})
        variance = result.forecast(horizon=SETTINGS["horizon"]).variance.iloc[-1]
        print(f"\n{SETTINGS['horizon']}-day variance forecast:\n{variance}", flush=True)
        for step, value in variance.items():
            truth.add(**{step: value})
    truth.write("arch: its _callback_info record at each printed iteration (Neg. LLF at "
                "Iteration), the results' optimization_result, rsquared, loglikelihood, "
                "aic, bic, params/std_err/tvalues/pvalues by parameter, conf_int optional, "
                "forecast().variance; settings = params",
                libraries=("arch", "numpy", "pandas", "scipy"),
                params={**SETTINGS, "update_freq": 5, "vol": "GARCH", "p": 1, "o": 1, "q": 1,
                        "dist": "normal"},
                rel=5.1e-3, abs_tol=5.1e-4)  # the summary's 4 significant digits, 3 decimals


if __name__ == "__main__":
    main(__file__, {"arch": run}, root=HELDOUT10)
