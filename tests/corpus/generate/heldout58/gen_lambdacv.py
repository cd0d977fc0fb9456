"""HELD-OUT fixture (fifty-eighth half, see generate/heldout58/README.md): do not read while
tuning the parser.

A NumPy two-layer network with a lambda per fold printing as AleX77NP/NNs-from-scratch
``cross_validation.py``: the shapes (``shape of X_train :  (64, 30)``), per fold ``Lambda is
{reg_lambda} for cross validation {i}`` (``0.1 * i + 0.1`` printed raw: ``0.30000000000000004``),
the model's ``print("cost after", i, "iters is", cost)`` ten times per fold, then for each test
sample of the fold ``Label for test set is:``, the label bare on its own line, ``Our model says
it is : 3``, and ``Correct answers percentage: {correct / n}``; at the end one more prediction.
The parameters carry over from fold to fold, as in the script. Here: tanh hidden layer of 64,
softmax, ``alfa`` 0.5, 30 iterations per fold, 3 folds of 10 digits (sklearn's), 200 test rows.

Truth: ``cost`` at the printed iteration (it restarts each fold); ``Correct answers
percentage`` (a fraction) without a step; the lambdas, the predictions (``Our model says it
is``) are optional; the bare labels and the shapes are neither.
"""

from _toy import digits_np
from _capture import HELDOUT58, Truth, main


def run() -> None:
    import numpy as np

    np.random.seed(16)
    X, y = digits_np(seed=16)
    onehot = np.eye(10)[y]
    X_train, Y_train = X[:30], onehot[:30]
    X_test, Y_test = X[30:230].T, onehot[30:230].T
    folds, folds_labels = np.array_split(X_train, 3), np.array_split(Y_train, 3)
    print("shape of X_train : ", X_train.T.shape)
    print("shape of Y_train : ", Y_train.T.shape)
    print("shape of X_test : ", X_test.shape)
    print("shape of Y_test : ", Y_test.shape)
    truth = Truth()

    def forward(x, p):
        a1 = np.tanh(p["W1"] @ x + p["B1"])
        z2 = p["W2"] @ a1 + p["B2"]
        e = np.exp(z2)
        return a1, e / e.sum(axis=0)

    iterations, n_h, alfa = 30, 64, 0.5
    params = {"W1": np.random.randn(n_h, 64) * 0.001, "B1": np.zeros((n_h, 1)),
              "W2": np.random.randn(10, n_h) * 0.001, "B2": np.zeros((10, 1))}
    for i in range(3):
        fold_test, fold_test_labels = folds[i].T, folds_labels[i].T
        xs = np.concatenate(folds[:i] + folds[i + 1:]).T
        ys = np.concatenate(folds_labels[:i] + folds_labels[i + 1:]).T
        reg_lambda = 0.1 * i + 0.1
        print(f"Lambda is {reg_lambda} for cross validation {i}")
        truth.allow(Lambda=reg_lambda)
        m = ys.shape[1]
        for it in range(iterations):
            a1, a2 = forward(xs, params)
            cost = -(1 / m) * np.sum(ys * np.log(a2))
            dz2 = a2 - ys
            dw2 = (1 / m) * dz2 @ a1.T + (reg_lambda / m) * params["W2"]
            db2 = (1 / m) * dz2.sum(axis=1, keepdims=True)
            dz1 = (params["W2"].T @ dz2) * (1 - a1 ** 2)
            dw1 = (1 / m) * dz1 @ xs.T + (reg_lambda / m) * params["W1"]
            db1 = (1 / m) * dz1.sum(axis=1, keepdims=True)
            for k, g in (("W1", dw1), ("B1", db1), ("W2", dw2), ("B2", db2)):
                params[k] = params[k] - alfa * g
            if it % (iterations / 10) == 0:
                print("cost after", it, "iters is", cost)
                truth.add(at=it, cost=cost)
        correct = 0
        for k in range(fold_test.shape[1]):
            print("Label for test set is:")
            y_val = np.where(fold_test_labels[:, k] == 1.)
            print(y_val[0][0])
            a_pred = np.argmax(forward(fold_test[:, k].reshape(-1, 1), params)[1], 0)
            if y_val[0][0] == a_pred:
                correct = correct + 1
            print("Our model says it is :", a_pred[0])
            truth.allow(**{"Our model says it is": a_pred[0]})
        print(f"Correct answers percentage: {correct / fold_test.shape[1]}")
        truth.add(**{"Correct answers percentage": correct / fold_test.shape[1]})
    a_pred_o = np.argmax(forward(X_test[:, 7].reshape(-1, 1), params)[1], 0)
    print("Our model says it is :", a_pred_o[0])
    truth.allow(**{"Our model says it is": a_pred_o[0]})
    truth.write("the script's costs and fold accuracies", libraries=("numpy",), rel=1e-9,
                abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"lambdacv": run}, root=HELDOUT58)
