"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

Matrix factorisation by gradient descent under k-fold cross-validation, printing as
gkrishnan/largeScaleML ``Matrix-factor-Model/matrix_factor_model_CV.py`` (a Python 2 script):
the header ``Recommender System - Cross Validation: \\nr = ..\\nmu = ..\\nlam = ..\\nNumber of
Folds = ..\\n``, the patience note, per fold ``"Cross-Validation Step " + str(counter) + ":\\t" +
str(testRMSE)`` and at the end ``"\\nAverage RMSE: " + str(rmse_avg)``. Python 2's ``str`` of a
float keeps 12 significant digits; that is reproduced (``'%.12g'``). Here: a synthetic
100 x 80 rating matrix (rank-3 taste model, ratings 1-5, about 30% observed) instead of the
course's 1000 x 2069 ``ratings.csv``; r = 3, mu = 0.0005, lam = 0.05, 10 folds, at most 500
steps, the original's stopping test (its ``limit = 10^-5`` is a bitwise XOR, -15, so only a
rising error stops early).

Truth: the fold's test RMSE as ``Cross-Validation`` at the printed fold number (``Step N``);
``Average RMSE`` without step. The header's r, mu, lam and number of folds are params.
"""

import _toy  # noqa: F401  (puts the generate folder on the path)
from _capture import HELDOUT50, Truth, main


def run() -> None:
    import math

    import numpy as np
    from numpy import linalg as LA
    from sklearn.model_selection import KFold

    py2str = lambda v: '%.12g' % v
    rng = np.random.default_rng(16)
    N, M = 100, 80
    taste = rng.normal(0, 1, (N, 3)) @ rng.normal(0, 1, (3, M))
    full = np.clip(np.round(3 + taste), 1, 5)
    obs = np.argwhere(rng.random((N, M)) < 0.3)
    data = [[int(i) + 1, int(j) + 1, int(full[i, j])] for i, j in obs]
    rng.shuffle(data)

    r, mu, lam, D = 3, 0.0005, 0.05, 10
    print("Recommender System - Cross Validation: \nr = " + str(r) + "\nmu = " + str(mu)
          + "\nlam = " + str(lam) + "\nNumber of Folds = " + str(D) + "\n")
    print("If Number of Folds given is 10, then Complete Program will take about 10-15 mins to "
          "finish. So be Patient.... :) \n")
    steps = 500
    limit = 10 ^ -5
    rmse_l = []
    counter = 1
    truth = Truth()
    np.random.seed(16)
    for train_indices, test_indices in KFold(n_splits=D).split(data):
        train = [data[i] for i in train_indices]
        test = [data[i] for i in test_indices]
        train_matrix, test_matrix = np.zeros((N, M)), np.zeros((N, M))
        for e in train:
            train_matrix[e[0] - 1][e[1] - 1] = e[2]
        for e in test:
            test_matrix[e[0] - 1][e[1] - 1] = e[2]
        U, V = np.random.rand(N, r), np.random.rand(M, r)
        error1 = np.sum(np.square(np.multiply((np.dot(U, V.T) - train_matrix), (train_matrix > 0))))
        for step in range(steps):
            resid = np.multiply((train_matrix - np.dot(U, V.T)), (train_matrix > 0))
            new_U = (1 - 2 * mu * lam) * U + 2 * mu * np.dot(resid, V)
            new_V = (1 - 2 * mu * lam) * V + 2 * mu * np.dot(resid.T, U)
            U, V = new_U, new_V
            error2 = np.sum(np.square(np.multiply((np.dot(U, V.T) - train_matrix), (train_matrix > 0))))
            if (error2 > error1) or (error2 < limit):
                break
        testRMSE = LA.norm(np.multiply((np.dot(U, V.T) - test_matrix), (test_matrix > 0))) \
            / math.sqrt(np.count_nonzero(test_matrix > 0))
        rmse_l.append(testRMSE)
        print("Cross-Validation Step " + str(counter) + ":\t" + py2str(testRMSE))
        truth.add(at=counter, **{"Cross-Validation": testRMSE})
        counter += 1
    rmse_avg = sum(rmse_l) / float(len(rmse_l))
    print("\nAverage RMSE: " + py2str(rmse_avg))
    truth.add(**{"Average RMSE": rmse_avg})
    truth.write("each fold's test RMSE and their mean", libraries=("numpy", "scikit-learn"),
                params={"r": r, "mu": mu, "lam": lam, "Number of Folds": D}, rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"mfcv": run}, root=HELDOUT50)
