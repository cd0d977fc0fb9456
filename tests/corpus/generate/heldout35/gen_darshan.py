"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as darshanrajani57/linear_regression1 ``gradient_descent_regression.py``: each
iteration ``Iteration {i + 1}: m = {m_curr}, b = {b_curr}, cost = {cost}`` (unformatted
floats; the cost is the one before the update), then ``Final values: m = ..., b = ..., cost =
...``. Same five points and learning rate as the original (0.001), 30 iterations instead of
1000.

Truth: ``cost`` each iteration at step ``Iteration``, and the final cost again without a step
(it is printed again on the last line); ``m`` and ``b`` (the fitted parameters) optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import numpy as np

    truth = Truth()
    x = np.array([1, 2, 3, 4, 5])
    y = np.array([5, 7, 9, 11, 14])
    m_curr = b_curr = 0
    iterations, n, learning_rate = 30, len(x), 0.001
    for i in range(iterations):
        y_predicted = m_curr * x + b_curr
        cost = (1 / n) * sum(val ** 2 for val in (y - y_predicted))
        md = -(2 / n) * sum(x * (y - y_predicted))
        bd = -(2 / n) * sum(y - y_predicted)
        m_curr = m_curr - learning_rate * md
        b_curr = b_curr - learning_rate * bd
        print(f"Iteration {i + 1}: m = {m_curr}, b = {b_curr}, cost = {cost}")
        truth.add(at=i + 1, cost=cost)
        truth.allow(m=m_curr, b=b_curr)
    print(f"Final values: m = {m_curr}, b = {b_curr}, cost = {cost}")
    truth.add(cost=cost)
    truth.allow(m=m_curr, b=b_curr)
    truth.write("the script's cost before each update, and its final values",
                libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"darshan": run}, root=HELDOUT35)
