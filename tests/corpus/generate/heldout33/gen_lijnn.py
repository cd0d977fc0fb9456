"""HELD-OUT fixture (thirty-third half, see generate/heldout33/README.md): do not read while
tuning the parser.

A hand-written NumPy linear fit printing as int11/lijnn ``1.py`` does: every 100 epochs
``Epoch ({:10d}/{:10d}) cost: {:10f}, W: {:10f}, b:{:10f}``, then ``W: {:10f}``, ``b: {:10f}``,
``result : `` and the fitted values as an array. Here: the same six points on a line
(y = 7x + 2), 2500 epochs, learning rate 0.01.

Truth: ``cost`` at the epoch; the weight and bias (``W``, ``b``) are parameters, optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT33, Truth, main


def run() -> None:
    import numpy as np

    x_train = np.array([1., 2., 3., 4., 5., 6.])
    y_train = np.array([9., 16., 23., 30., 37., 44.])
    W = 0.0
    b = 0.0
    n_data = len(x_train)
    epochs = 2500
    learning_rate = 0.01
    truth = Truth()
    for i in range(epochs):
        hypothesis = x_train * W + b
        cost = np.sum((hypothesis - y_train) ** 2) / n_data
        gradient_w = np.sum((W * x_train - y_train + b) * 2 * x_train) / n_data
        gradient_b = np.sum((W * x_train - y_train + b) * 2) / n_data
        W -= learning_rate * gradient_w
        b -= learning_rate * gradient_b
        if i % 100 == 0:
            print('Epoch ({:10d}/{:10d}) cost: {:10f}, W: {:10f}, b:{:10f}'.format(i, epochs, cost, W, b))
            truth.add(at=i, cost=float(cost))
            truth.allow(W=float(W), b=float(b))
    print('W: {:10f}'.format(W))
    print('b: {:10f}'.format(b))
    truth.allow(W=float(W), b=float(b))
    print('result : ')
    print(x_train * W + b)
    truth.write("the script's cost at each printed epoch", libraries=("numpy",), rel=1e-4,
                abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"lijnn": run}, root=HELDOUT33)
