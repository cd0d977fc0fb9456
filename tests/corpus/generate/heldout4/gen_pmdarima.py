"""HELD-OUT fixture (fourth half, see generate/heldout4/README.md): do not read while tuning the
parser.

pmdarima's ``auto_arima(..., trace=True)`` on its bundled ``wineind`` series, as its quickstart
runs it: ``Performing stepwise search to minimize aic``, one line per candidate model
(`` ARIMA(2,1,2)(0,0,0)[0] intercept   : AIC=2982.915, Time=0.22 sec``: the model's orders in
parentheses and brackets, then the criterion and the fit time), ``Best model:
ARIMA(2,1,1)(0,0,0)[0]``, ``Total fit time: 0.701 seconds``; then the forecast's scores as the
README prints them, ``Test RMSE: 5371.85`` and ``Test SMAPE: 15.44``, and the chosen model's
``AIC: 2979.84  BIC: 2991.85``.

Truth: every candidate's ``AIC`` from the fitted models auto_arima returned
(``return_valid_fits=True``: one per printed line, in ascending AIC, not in the printed order;
no steps); the test scores from scikit-learn's ``mean_squared_error`` and pmdarima's own
``metrics.smape`` on the model's ``predict``; the chosen model's ``aic()`` and ``bic()``. The
orders (``(2,1,2)``, ``[0]``), times and counts are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT4, Truth, main


def train() -> None:
    import numpy as np
    import pmdarima as pm
    from pmdarima.metrics import smape
    from sklearn.metrics import mean_squared_error

    truth = Truth()
    y = pm.datasets.load_wineind()
    train_y, test_y = y[:150], y[150:]
    fits = pm.auto_arima(train_y, seasonal=False, trace=True, error_action="ignore",
                         suppress_warnings=True, stepwise=True, return_valid_fits=True)
    for fit in fits:
        truth.add(AIC=fit.aic())
    model = fits[0]
    preds = model.predict(n_periods=len(test_y))
    rmse = float(np.sqrt(mean_squared_error(test_y, preds)))
    score = float(smape(test_y, preds))
    print(f"Test RMSE: {rmse:.2f}")
    print(f"Test SMAPE: {score:.2f}")
    print(f"AIC: {model.aic():.2f}  BIC: {model.bic():.2f}")
    truth.add(**{"Test RMSE": rmse, "Test SMAPE": score, "AIC": model.aic(), "BIC": model.bic()})
    truth.write("auto_arima(return_valid_fits=True): each fitted candidate's aic() (ascending); "
                "mean_squared_error and pmdarima.metrics.smape of predict() on the held-out "
                "tail; the best model's aic()/bic()",
                libraries=("pmdarima", "statsmodels", "scikit-learn", "numpy"), rel=1e-6,
                abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"pmdarima": train}, root=HELDOUT4)
