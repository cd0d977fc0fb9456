"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as CD777XC/Gradient_descent ``README.md`` (its notebook's commented-out progress line):
``if (i+1)%1000 == 0: print(f"Iteration {i+1}: Cost function J = {J}")`` (J unformatted),
in a vectorised gradient descent for linear regression; then, as the README says the notebook
prints, ``w, b`` and an R-squared. The R-squared line and the ``w, b`` print are ours
(``R-squared: ...``, and print's tuple of an array and a float). Here: 4 features, 200
points, 24000 iterations with a print every 1000.

Truth: ``Cost function J`` at step ``Iteration`` (24 points); ``R-squared`` at the end.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(16)
    X = rng.normal(size=(200, 4))
    y = X @ np.array([1.5, -2.0, 0.7, 0.0]) + 3.0 + rng.normal(0, 0.8, 200)
    w, b, alpha = np.zeros(4), 0.0, 0.0005
    m = len(y)
    truth = Truth()
    for i in range(24000):
        f_wb = X @ w + b
        J = float(((f_wb - y) ** 2).sum() / (2 * m))
        w = w - alpha * X.T @ (f_wb - y) / m
        b = b - alpha * float((f_wb - y).mean())
        if (i + 1) % 1000 == 0:
            print(f"Iteration {i+1}: Cost function J = {J}")
            truth.add(at=i + 1, **{"Cost function J": J})
    print(w, b)
    pred = X @ w + b
    r2 = 1 - ((y - pred) ** 2).sum() / ((y - y.mean()) ** 2).sum()
    print(f"R-squared: {r2}")
    truth.add(**{"R-squared": r2})
    truth.write("the script's cost at every 1000th iteration and the final R-squared",
                libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"cd777": run}, root=HELDOUT35)
