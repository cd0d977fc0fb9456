"""HELD-OUT fixture (fifty-fifth half, see generate/heldout55/README.md): do not read while
tuning the parser.

A scikit-learn cross-validation printing as RohanGoyal37/Used_Car_Price_Prediction
``crossval_check.py``: ``print(f"Cross-validated R^2 scores: {scores}")`` (the NumPy array of
the five fold scores) and ``print(f"Mean R^2: {np.mean(scores):.4f} ± {np.std(scores):.4f}")``.
The original fits an ``XGBRegressor`` on its car data; here a scikit-learn
``GradientBoostingRegressor`` (depth 4, 200 trees, rate 0.1) on synthetic used-car rows
(age, mileage, engine size, brand; a log-price target), 5-fold ``cross_val_score``.

Truth: ``Mean R^2`` (no step). Optional: the five fold scores under ``Cross-validated R^2
scores``, and the standard deviation after ``±`` under ``Mean R^2``.
"""

from _toy import *  # noqa: F401,F403
from _capture import HELDOUT55, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.ensemble import GradientBoostingRegressor
    from sklearn.model_selection import cross_val_score

    rng = np.random.default_rng(55)
    n = 500
    age = rng.integers(0, 15, n)
    km = age * 12000 + rng.normal(0, 8000, n).clip(-age * 10000, None)
    engine = rng.choice([1.0, 1.4, 1.6, 2.0, 3.0], n)
    brand = rng.integers(0, 6, n)
    y = 10 - 0.08 * age - 2e-6 * km + 0.3 * engine + 0.1 * brand + rng.normal(0, 0.15, n)
    X = np.column_stack([age, km, engine, brand])
    model = GradientBoostingRegressor(max_depth=4, n_estimators=200, learning_rate=0.1,
                                      random_state=0)
    scores = cross_val_score(model, X, y, cv=5, scoring='r2')
    print(f"Cross-validated R^2 scores: {scores}")
    print(f"Mean R^2: {np.mean(scores):.4f} ± {np.std(scores):.4f}")
    truth = Truth()
    truth.add(**{"Mean R^2": np.mean(scores)})
    for s in scores:
        truth.allow(**{"Cross-validated R^2 scores": s})
    truth.allow(**{"Mean R^2": np.std(scores)})
    truth.write("cross_val_score's fold scores, their mean and std", libraries=("scikit-learn",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"carcv": run}, root=HELDOUT55)
