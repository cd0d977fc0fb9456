"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A NumPy one-hidden-layer network printing as Kenneth-ca/holbertonschool-machine_learning
``supervised_learning/0x00-binary_classification/15-neural_network.py``: ``train`` prints
``"Cost after {} iterations: {}".format(i, cost[i])`` (an unformatted NumPy float) for every
``step``-th iteration from 0 to ``iterations`` inclusive. Here: sklearn's breast cancer set as
the exercise's ``(nx, m)`` arrays, 3 hidden sigmoid nodes, alpha 0.05, 3000 iterations, step
100; the graph is not drawn.

Truth: ``Cost`` at the printed iteration.
"""

from _toy import cancer
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import numpy as np

    Xtr, ytr, _, _ = cancer(seed=9)
    X, Y = Xtr.T, ytr[None, :]
    rng = np.random.default_rng(9)
    nx, nodes = X.shape[0], 3
    W1, b1 = rng.normal(size=(nodes, nx)), np.zeros((nodes, 1))
    W2, b2 = rng.normal(size=(1, nodes)), 0
    truth = Truth()
    cost = []
    iterations, alpha, step = 3000, 0.05, 100
    for i in range(iterations + 1):
        A1 = 1 / (1 + np.exp(-(W1 @ X + b1)))
        A2 = 1 / (1 + np.exp(-(W2 @ A1 + b2)))
        dz2 = A2 - Y
        dw2 = A1 @ dz2.T / A1.shape[1]
        db2 = np.sum(dz2, axis=1, keepdims=True) / A2.shape[1]
        dz1 = (W2.T @ dz2) * A1 * (1 - A1)
        dw1 = X @ dz1.T / A1.shape[1]
        db1 = np.sum(dz1, axis=1, keepdims=True) / A1.shape[1]
        W2, b2 = W2 - alpha * dw2.T, b2 - alpha * db2
        W1, b1 = W1 - alpha * dw1.T, b1 - alpha * db1
        c = Y * np.log(A2) + (1 - Y) * np.log(1.0000001 - A2)
        cost.append(-np.sum(c) / A2.shape[1])
        if i % step == 0:
            print("Cost after {} iterations: {}"
                  .format(i, cost[i]))
            truth.add(at=i, Cost=cost[i])
    truth.write("the script's training costs", libraries=("numpy",), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"holberton": run}, root=HELDOUT38)
