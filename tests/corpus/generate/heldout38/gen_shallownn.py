"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A hand-written NumPy one-hidden-layer network printing as
daniellaah/deeplearning.ai-step-by-step-guide ``01-Neural-Networks-and-Deep-Learning/week3/
README.md`` (the kept output of its ``main.py``): ``Cost after iteration 0: 0.693162`` every
1000 iterations (``%f``), ``training accuracy: 90.5%``, a blank line, then a sweep over hidden
sizes ``1 hidden units, cost: 0.6315593779798304, accuracy: 67.5%`` (unformatted floats). Here:
the course's planar "flower" data (400 points, made with NumPy), tanh hidden layer, sigmoid
output, gradient descent with learning rate 1.2.

Truth: ``Cost`` at the printed iteration; ``train/accuracy`` (``training accuracy``); the sweep's
``cost`` and ``accuracy`` with no step (the hidden size is a setting, not a step; ``cost`` is the
same name as ``Cost``, the judge ignores case).
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT38, Truth, main


def flower(seed=1):
    import numpy as np

    rng = np.random.default_rng(seed)
    m, N, D, a = 400, 200, 2, 4
    X, Y = np.zeros((m, D)), np.zeros((m, 1), dtype="uint8")
    for j in range(2):
        ix = range(N * j, N * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + rng.normal(size=N) * 0.2
        r = a * np.sin(4 * t) + rng.normal(size=N) * 0.2
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j
    return X.T, Y.T


def nn_model(X, Y, n_h, num_iterations, print_cost=False, truth=None):
    import numpy as np

    rng = np.random.default_rng(2)
    W1, b1 = rng.normal(size=(n_h, 2)) * 0.01, np.zeros((n_h, 1))
    W2, b2 = rng.normal(size=(1, n_h)) * 0.01, np.zeros((1, 1))
    m = X.shape[1]
    for i in range(num_iterations + 1):
        A1 = np.tanh(W1 @ X + b1)
        A2 = 1 / (1 + np.exp(-(W2 @ A1 + b2)))
        cost = float(-np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)))
        dZ2 = A2 - Y
        dW2, db2 = dZ2 @ A1.T / m, dZ2.sum(1, keepdims=True) / m
        dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)
        dW1, db1 = dZ1 @ X.T / m, dZ1.sum(1, keepdims=True) / m
        W1, b1, W2, b2 = W1 - 1.2 * dW1, b1 - 1.2 * db1, W2 - 1.2 * dW2, b2 - 1.2 * db2
        if print_cost and i % 1000 == 0:
            print("Cost after iteration %i: %f" % (i, cost))
            truth.add(at=i, Cost=cost)
    A2 = 1 / (1 + np.exp(-(W2 @ np.tanh(W1 @ X + b1) + b2)))
    cost = float(-np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)))
    accuracy = float(np.mean((A2 > 0.5) == Y) * 100)
    return cost, accuracy


def run() -> None:
    X, Y = flower()
    truth = Truth()
    _, accuracy = nn_model(X, Y, 4, 10000, print_cost=True, truth=truth)
    print('training accuracy: {}%'.format(accuracy))
    truth.add(**{"train/accuracy": accuracy})
    print()
    for n_h in [1, 2, 3, 4, 5, 20, 50]:
        cost, accuracy = nn_model(X, Y, n_h, 5000)
        print('{} hidden units, cost: {}, accuracy: {}%'.format(n_h, cost, accuracy))
        truth.add(cost=cost, accuracy=accuracy)
    truth.write("the script's costs and accuracies", libraries=("numpy",), rel=1e-5,
                abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"shallownn": run}, root=HELDOUT38)
