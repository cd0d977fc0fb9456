"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

Logistic regression by mini-batch SGD, repeated over 10 random splits, printing as
Abhipal-Wolfe/Logistic-Regression-from-scratch ``logistic_regression.py``: nothing during
training, then the split means, one a line, as ``print("loss_train_split:", np.mean(...))``
(NumPy floats at full precision) for the train and test losses and accuracies, precision,
recall and F1, and ``print("weights:", np.mean(weight_split, axis=0))`` (an array of four).
Here: the script's ``Logreg`` (lr 1e-5 there, 1e-3 here; 50 passes, batch 10) run 20 times per
split on a synthetic four-feature two-class table standing in for its ``dataset_LR.csv``, the
splits drawn as the script draws them (70 % of 11 random folds' labels for training, three for
testing; no plots).

Truth: the seven split means under their printed names, no step. The weights are in neither.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import random

    import numpy as np

    class Logreg:
        def __init__(self, n_features, batchsize=10, lr=0.001, n_iters=1000):
            self.lr, self.n_iters, self.batchsize = lr, n_iters, batchsize
            self.weights = np.zeros((n_features, 1))
            self.bias = 0

        def stochastic_gradient_descent(self, X, y):
            n_samples, n_features = X.shape
            for _ in range(self.n_iters):
                data = np.concatenate((X, y), axis=1)
                np.random.shuffle(data)
                X, y = data[:, :-1], data[:, -1:]
                for start_ix in range(0, n_samples, self.batchsize):
                    Xb = X[start_ix:start_ix + self.batchsize, :]
                    yb = y[start_ix:start_ix + self.batchsize]
                    y_predicted = self._sigmoid(np.dot(Xb, self.weights) + self.bias)
                    self.weights -= self.lr * (1 / n_samples) * np.dot(Xb.T, (y_predicted - yb))
                    self.bias -= self.lr * (1 / n_samples) * np.sum(y_predicted - yb)

        def loss(self, X, y):
            n_samples = X.shape[0]
            y_pred = self._sigmoid(np.dot(X, self.weights) + self.bias)
            return -(1 / n_samples) * (np.dot(y.T, np.log(y_pred)) + np.dot((1 - y).T, np.log(1 - y_pred)))

        def predict(self, X):
            y_predicted = self._sigmoid(np.dot(X, self.weights) + self.bias)
            return np.asarray([1 if i > 0.5 else 0 for i in y_predicted])[:, np.newaxis]

        def _sigmoid(self, x):
            return 1 / (1 + np.exp(-x))

    def accuracy(y_true, y_pred):
        return np.sum(y_true == y_pred) / len(y_true)

    def precision(y_true, y_pred):
        tp = np.sum(y_pred[y_true == 1] == y_true[y_true == 1])
        fp = np.sum(y_pred[y_true == 0] != y_true[y_true == 0])
        return tp / (tp + fp)

    def recall(y_true, y_pred):
        tp = np.sum(y_pred[y_true == 1] == y_true[y_true == 1])
        fn = np.sum(y_pred[y_true == 1] != y_true[y_true == 1])
        return tp / (tp + fn)

    def f1score(precision, recall):
        return (2 * recall * precision) / (recall + precision)

    random.seed(6)
    np.random.seed(6)
    n = 240
    y = (np.random.rand(n) < 0.5).astype(float)[:, None]
    X = np.random.normal(size=(n, 4)) + y * np.array([1.2, -0.8, 0.6, 0.3])
    data = np.concatenate((X, y), axis=1)
    np.random.shuffle(data)
    X, y = data[:, :-1], data[:, -1:]
    loss_train, loss_test = np.zeros((20, 1)), np.zeros((20, 1))
    acc_train, acc_test = np.zeros((20, 1)), np.zeros((20, 1))
    split = {k: np.zeros((10, 1)) for k in ("lt", "ls", "at", "as", "p", "r", "f")}
    weight_split = np.zeros((10, 4))
    for i in range(10):
        splits = np.array([random.randint(0, 10) for _ in range(X.shape[0])])
        foldsx = [X[splits == f] for f in range(0, 10)]
        foldsy = [y[splits == f] for f in range(0, 10)]
        x_train, y_train = np.concatenate(foldsx[:7]), np.concatenate(foldsy[:7])
        x_test, y_test = np.concatenate(foldsx[7:10]), np.concatenate(foldsy[7:10])
        regressor = Logreg(lr=0.001, n_iters=50, n_features=x_train.shape[1])
        for j in range(20):
            regressor.stochastic_gradient_descent(x_train, y_train)
            predictions_test = regressor.predict(x_test)
            predictions_train = regressor.predict(x_train)
            acc_test[j] = accuracy(y_test, predictions_test)
            acc_train[j] = accuracy(y_train, predictions_train)
            loss_train[j] = regressor.loss(x_train, y_train)
            loss_test[j] = regressor.loss(x_test, y_test)
        split["lt"][i], split["ls"][i] = loss_train[19], loss_test[19]
        split["at"][i], split["as"][i] = acc_train[19], acc_test[19]
        pre, rec = precision(y_test, predictions_test), recall(y_test, predictions_test)
        split["p"][i], split["r"][i], split["f"][i] = pre, rec, f1score(pre, rec)
        weight_split[i] = regressor.weights.reshape(4,)
    truth = Truth()
    for name, key in (("loss_train_split", "lt"), ("loss_test_split", "ls"),
                      ("accurate_train_split", "at"), ("accurate_test_split", "as"),
                      ("pre_split", "p"), ("rec_split", "r"), ("f1_split", "f")):
        value = np.mean(split[key])
        print(f"{name}:", value)
        truth.add(**{name: value})
    print("weights:", np.mean(weight_split, axis=0))
    truth.write("the script's split means", libraries=("numpy",), rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"abhipallr": run}, root=HELDOUT60)
