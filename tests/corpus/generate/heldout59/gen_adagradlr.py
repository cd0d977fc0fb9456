"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

NumPy logistic regression with Adagrad on mini-batches of 5, printing as
TobyChen0106/ML2019SPRING ``hw2/train.py`` (the income-prediction homework): after each epoch
``print("[epoch] ", epo+1, "       [loss] ", loss)`` (print's own separators around the
bracketed labels; the loss a NumPy float, the summed cross-entropy over the rows). The file's
``preprocess`` (standardise by the variance, swap columns 2 and 5, powers 1..4 of the first five
columns) is kept. Here: a synthetic census-like table of 1000 rows (6 numeric and 20 one-hot
columns), lr 0.001, 40 epochs (the file runs 100000 until interrupted; nothing is saved).

Truth: ``loss`` (printed as ``[loss]``) at the printed ``[epoch]``.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(2019)
    n = 1000
    numeric = rng.normal(size=(n, 6)) * [12, 1e5, 3, 2e3, 500, 10] + [40, 2e5, 10, 1e3, 80, 40]
    onehot = np.eye(20)[rng.integers(0, 20, n)]
    x_train = np.c_[numeric, onehot]
    logit = 0.04 * (numeric[:, 0] - 40) + 0.3 * (numeric[:, 2] - 10) + onehot[:, :5].sum(1) - 1
    y_train = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(float)
    truth = Truth()

    def preprocess(A):
        augmented_weight = 4
        new_x = np.empty((A.shape[0], A.shape[1] + (augmented_weight - 1) * 5))
        new_avr = A.sum(axis=0, keepdims=True) / A.shape[0]
        A = (A - new_avr) / np.var(A, axis=0)
        A[:, [2, 5]] = A[:, [5, 2]]
        for i in range(5):
            for j in range(augmented_weight):
                new_x[:, i * augmented_weight + j] = np.power(A[:, i], j + 1)
        new_x[:, 5 * augmented_weight:] = A[:, 5:]
        return new_x

    lr, epoch, batch = 0.001, 40, 5
    x_train = preprocess(x_train)
    np.random.seed(0)
    w = np.random.rand(x_train.shape[1])
    b = np.random.rand(1)
    w_var = np.zeros(x_train.shape[1])
    b_var = 0
    sss = 0.00000001
    x, y = x_train, y_train
    for epo in range(epoch):
        p = np.random.permutation(n)
        x, y = x[p], y[p]
        loss = 0
        batch_s = 0
        batch_e = batch_s + batch - 1 if batch_s + batch < n else n - 1
        while batch_s < n:
            z = (w * x[batch_s:batch_e + 1]).sum(axis=1) + b
            result = 1.0 / (1.0 + np.exp(-z))
            yy = y[batch_s:batch_e + 1]
            loss -= (yy * np.log(result + sss) + (1 - yy) * np.log(1 - result + sss)).sum()
            w_gradient = (np.expand_dims(yy - result, axis=1) * x[batch_s:batch_e + 1]).sum(axis=0)
            b_gradient = (yy - result).sum()
            w_var += w_gradient ** 2
            b_var += b_gradient ** 2
            w += lr * w_gradient / (w_var ** 0.5 + sss)
            b += lr * b_gradient / (b_var ** 0.5 + sss)
            batch_s = batch_e + 1
            batch_e = batch_e + batch if batch_e + batch < n else n - 1
        loss = loss / n
        print("[epoch] ", epo + 1, "       [loss] ", loss)
        truth.add(at=epo + 1, loss=loss)
    truth.write("the epoch's summed cross-entropy over the row count, as printed",
                libraries=("numpy",), rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"adagradlr": run}, root=HELDOUT59)
