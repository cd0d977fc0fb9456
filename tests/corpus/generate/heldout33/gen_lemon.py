"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written NumPy gradient descent printing as Lem0nRavioli/tutorial_backup
``ML_Scratch_2.0/lin_reg_2.0.py`` does: every ``check_on`` iterations ``print('iteration:' +
str(i) + ' cost: ' + str(sum(cost(x, y, th))))``, where ``cost`` is the residual over 2m (not
squared), so the sum is a one-element array printed in brackets (``iteration:0 cost: [0.123]``).
Here: 300 x 28 random features, 1000 iterations, every 100th printed.

Truth: the summed "cost", ``cost``, at the iteration.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import numpy as np

    np.random.seed(33)
    m, n, it, a, check_on = 300, 28, 1000, 0.0005, 100
    th = np.random.rand(n, 1)
    X = np.random.rand(m, n)
    y = np.random.rand(m, 1) * 4

    def cost(x, y, th):
        return 1/(2 * len(x)) * (np.dot(x, th) - y)

    def get_delta(x, y, th):
        return 2 * np.dot(x.T, cost(x, y, th))

    truth = Truth()
    for i in range(it):
        th -= a * get_delta(X, y, th)
        if i % check_on == 0:
            value = sum(cost(X, y, th))
            print('iteration:' + str(i) + ' cost: ' + str(value))
            truth.add(at=i, cost=float(value[0]))
    truth.write("the script's summed cost array at each printed iteration", libraries=("numpy",),
                rel=1e-6, abs_tol=1e-8)


if __name__ == "__main__":
    main(__file__, {"lemon": run}, root=HELDOUT33)
