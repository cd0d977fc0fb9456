"""HELD-OUT fixture (thirty-eighth half, see generate/heldout38/README.md): do not read while
tuning the parser.

A hand-written NumPy L-layer network printing as lmaddalena/neural_network_step_by_step
``README.md`` (the kept output of ``app.py``): a title block, ``Loading dataset...``, the
dataset's counts and shapes (``Number of training examples: 209``, ``train_x_orig shape: (209,
64, 64, 3)``), a dashed block about one sample, the flattened shapes, then ``Cost after
iteration 0: 0.771749 - accuracy: 0.511962`` every 100 iterations (``%f``). Here: sklearn's
breast cancer set, layers [30, 20, 7, 5, 1], relu hidden layers, sigmoid output, learning rate
0.05, 2000 iterations.

Truth: ``Cost`` and ``accuracy`` (the training accuracy) at the printed iteration. The counts
and shapes are no metrics and get no truth.
"""

from _toy import cancer
from _capture import HELDOUT38, Truth, main


def run() -> None:
    import numpy as np

    print()
    print("Deep Neural Network Step-by-Step")
    print("Rif.: Neural Networks and Deep Learning - week 4 (revisited)")
    print()
    print("Loading dataset...")
    print()
    Xtr, ytr, Xte, yte = cancer(seed=4)
    print("Number of training examples: " + str(len(Xtr)))
    print("Number of testing examples: " + str(len(Xte)))
    print("Each sample is of size: " + str((Xtr.shape[1],)))
    print("train_x_orig shape: " + str(Xtr.shape))
    print("train_y shape: " + str((1, len(ytr))))
    print("test_x_orig shape: " + str(Xte.shape))
    print("test_y shape: " + str((1, len(yte))))
    print("-----------------------------------------------")
    print("Sample idx: 10")
    print("y = " + str(int(ytr[10])) + ". It's a " + ("benign" if ytr[10] else "malignant")
          + " sample.")
    print("-----------------------------------------------")
    X, Y = Xtr.T, ytr[None, :]
    print("train_x's shape: " + str(X.shape))
    print("test_x's shape: " + str(Xte.T.shape))
    print()
    dims = [30, 20, 7, 5, 1]
    rng = np.random.default_rng(1)
    W = [rng.normal(size=(dims[i + 1], dims[i])) / np.sqrt(dims[i]) for i in range(4)]
    b = [np.zeros((dims[i + 1], 1)) for i in range(4)]
    truth = Truth()
    m = X.shape[1]
    for i in range(2001):
        A, cache = X, []
        for l in range(4):
            Z = W[l] @ A + b[l]
            cache.append((A, Z))
            A = 1 / (1 + np.exp(-Z)) if l == 3 else np.maximum(0, Z)
        cost = float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))
        accuracy = float(np.mean((A > 0.5) == Y))
        dA = -(Y / A - (1 - Y) / (1 - A))
        for l in reversed(range(4)):
            A_prev, Z = cache[l]
            if l == 3:
                s = 1 / (1 + np.exp(-Z))
                dZ = dA * s * (1 - s)
            else:
                dZ = dA * (Z > 0)
            dW, db = dZ @ A_prev.T / m, dZ.sum(1, keepdims=True) / m
            dA = W[l].T @ dZ
            W[l], b[l] = W[l] - 0.05 * dW, b[l] - 0.05 * db
        if i % 100 == 0:
            print("Cost after iteration %i: %f - accuracy: %f" % (i, cost, accuracy))
            truth.add(at=i, Cost=cost, accuracy=accuracy)
    truth.write("the script's training costs and accuracies", libraries=("numpy",), rel=1e-5,
                abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"catnn": run}, root=HELDOUT38)
