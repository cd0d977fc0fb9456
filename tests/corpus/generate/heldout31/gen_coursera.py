"""HELD-OUT fixture (thirty-first half, see generate/heldout31/README.md): do not read while
tuning the parser.

A hand-written NumPy gradient-descent loop printing as adarshm9031/Deep_Learning_Neural_Network
``optimize.py`` does: ``print ("Cost after iteration %i: %f" %(i, cost))`` every 100 iterations
(the deep-learning course's logistic-regression exercise). Here: logistic regression on
scikit-learn's breast-cancer data (standardised, features by rows as in the exercise), 2000
iterations, learning rate 0.005.

Truth: the script's cost of each printed iteration, ``Cost`` at the iteration the line states.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT31, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_breast_cancer

    X, Y = load_breast_cancer(return_X_y=True)
    X = ((X - X.mean(0)) / X.std(0)).T
    Y = Y.reshape(1, -1)
    w, b = np.zeros((X.shape[0], 1)), 0.0
    truth = Truth()

    def propagate(w, b, X, Y):
        m = X.shape[1]
        A = 1 / (1 + np.exp(-(w.T @ X + b)))
        cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
        return {"dw": X @ (A - Y).T / m, "db": np.sum(A - Y) / m}, cost

    costs = []
    for i in range(2000):
        grads, cost = propagate(w, b, X, Y)
        w = w - 0.005 * grads["dw"]
        b = b - 0.005 * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            print("Cost after iteration %i: %f" % (i, cost))
            truth.add(at=i, Cost=cost)
    truth.write("the script's cost of each printed iteration", libraries=("numpy", "scikit-learn"),
                rel=1e-3)


if __name__ == "__main__":
    main(__file__, {"coursera": run}, root=HELDOUT31)
