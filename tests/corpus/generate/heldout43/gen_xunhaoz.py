"""HELD-OUT fixture (forty-third half, see generate/heldout43/README.md): do not read while
tuning the parser.

Scripts printing as Xunhaoz/hosehold ``predictor/code_xunhaoz005.py``: a 5-fold
``cross_validate(..., scoring='neg_mean_squared_error', return_train_score=True)`` and
``print(f"{test_score= :.4f}, {train_score= :.4f}")`` (the ``=`` self-documenting f-string).
The repository keeps one such script per model (``code_xunhaoz00N.py``); here five of them run
one after another on sklearn's diabetes data, standardised target (LightGBM is not installed:
a gradient-boosting, a random-forest, a ridge, a k-NN and a decision-tree regressor).

Truth: ``test_score`` and ``train_score`` of each script, no step.
"""

from _toy import digits  # noqa: F401  (keeps the shared path set-up)
from _capture import HELDOUT43, Truth, main


def run() -> None:
    import warnings

    import numpy as np
    from sklearn.datasets import load_diabetes
    from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
    from sklearn.linear_model import Ridge
    from sklearn.model_selection import cross_validate
    from sklearn.neighbors import KNeighborsRegressor
    from sklearn.tree import DecisionTreeRegressor

    warnings.filterwarnings('ignore')
    X, y = load_diabetes(return_X_y=True)
    y = (y - y.mean()) / y.std()
    truth = Truth()
    for model in (HistGradientBoostingRegressor(max_iter=50, random_state=0),
                  RandomForestRegressor(n_estimators=30, random_state=0),
                  Ridge(alpha=1.0), KNeighborsRegressor(), DecisionTreeRegressor(max_depth=4,
                                                                                 random_state=0)):
        res = cross_validate(model, X, y, n_jobs=1, cv=5, verbose=0, return_train_score=True,
                             scoring='neg_mean_squared_error')
        test_score = -res['test_score'].mean()
        train_score = -res['train_score'].mean()
        print(f"{test_score= :.4f}, {train_score= :.4f}")
        truth.add(test_score=test_score, train_score=train_score)
    truth.write("the scripts' cross-validated mean squared errors", libraries=("scikit-learn",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"xunhaoz": run}, root=HELDOUT43)
