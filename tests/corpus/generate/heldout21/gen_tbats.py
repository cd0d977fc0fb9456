"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Forecasting with tbats (PyPI ``tbats``): a seeded daily series of 280 days (a level, a slow
trend, a weekly and a monthly cycle, noise, all positive), fitted three ways: ``TBATS`` with
seasonal periods 7 and 30.5, ``BATS`` with period 7 and a Box-Cox transform, and ``TBATS`` with
ARMA errors; each fitted model's ``summary()`` is printed (``Use Box-Cox: False``, ``Seasonal
periods: [ 7.  30.5]``, ``Seasonal harmonics [2 1]``, ``ARMA errors (p, q): (0, 0)``,
``Box-Cox Lambda 0.512...``, ``Smoothing (Alpha): 0.195992``, ``Trend (Beta):``, ``Damping
Parameter (Phi):``, ``Seasonal Parameters (Gamma): [-0.0096611   0.00828078]``, ``AR
coefficients []``, ``MA coefficients []``, ``Seed vector [...]``, a blank line, ``AIC
800.637004``), then the mean absolute error of a 28-day forecast against held-back data
(``28-day MAE: 0.8123``, computed by the script from ``model.forecast``).

Truth: each model's ``params``: ``box_cox_lambda``, ``alpha``, ``beta``, ``phi`` (each where
printed) under their printed labels, the ``gamma_params`` and the ARMA coefficients under their
labels (one value per array element), the model's ``aic`` as ``AIC``, and the forecast error as
``28-day MAE``; the seed vector (the initial states) optional, element by element; the chosen
harmonics optional. The seasonal periods, the ``Use ...`` switches and the ARMA orders are
the models' configuration; they differ from model to model, so none is listed as a param (a
param has one value), and none is a metric.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main


def record(truth: Truth, model) -> None:
    p = model.params
    if p.box_cox_lambda is not None:
        truth.add(**{"Box-Cox Lambda": p.box_cox_lambda})
    truth.add(**{"Smoothing (Alpha)": p.alpha})
    if p.beta is not None:
        truth.add(**{"Trend (Beta)": p.beta})
    if p.phi is not None:
        truth.add(**{"Damping Parameter (Phi)": p.phi})
    for value in p.gamma_params:
        truth.add(**{"Seasonal Parameters (Gamma)": value})
    for value in p.ar_coefs:
        truth.add(**{"AR coefficients": value})
    for value in p.ma_coefs:
        truth.add(**{"MA coefficients": value})
    for value in p.x0:
        truth.allow(**{"Seed vector": value})
    for value in getattr(p.components, "seasonal_harmonics", ()):  # TBATS only
        truth.allow(**{"Seasonal harmonics": value})
    truth.add(AIC=model.aic)


def run() -> None:
    import numpy as np
    from tbats import BATS, TBATS

    rng = np.random.default_rng(21)
    t = np.arange(308)
    series = (20 + 0.03 * t + 2.5 * np.sin(2 * np.pi * t / 7) + 1.5 * np.cos(2 * np.pi * t / 30.5)
              + rng.normal(0, 0.6, t.size))
    train, test = series[:280], series[280:]
    truth = Truth()
    estimators = [
        ("TBATS, periods 7 and 30.5", TBATS(seasonal_periods=[7, 30.5], use_box_cox=False,
                                           use_arma_errors=False, n_jobs=1)),
        ("BATS, period 7, Box-Cox", BATS(seasonal_periods=[7], use_box_cox=True,
                                         use_arma_errors=False, use_trend=True, n_jobs=1)),
        ("TBATS, period 7, ARMA errors", TBATS(seasonal_periods=[7], use_box_cox=False,
                                              use_arma_errors=True, n_jobs=1)),
    ]
    for title, estimator in estimators:
        model = estimator.fit(train)
        print(f"--- {title} ---")
        print(model.summary())
        record(truth, model)
        mae = float(np.mean(np.abs(model.forecast(steps=28) - test)))
        print(f"28-day MAE: {mae:.4f}\n")
        truth.add(**{"28-day MAE": mae})
    truth.write("tbats: each fitted model's params (box_cox_lambda, alpha, beta, phi, "
                "gamma_params, ARMA coefficients) under the printed labels and its aic as AIC, "
                "the script's forecast MAE; seed vector and harmonics optional",
                libraries=("tbats", "numpy"), rel=1e-5, abs_tol=5e-7)  # %f, six decimals


if __name__ == "__main__":
    main(__file__, {"tbats": run}, root=HELDOUT21)
