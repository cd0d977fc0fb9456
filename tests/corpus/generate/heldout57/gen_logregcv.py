"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A NumPy batch-gradient-descent logistic regression run through k-fold cross-validation, printing
as SamSamhuns/ml_algo_implementations ``linear_logistic_regression/src/logistic_regression.py``:
``logging.info`` to stderr (``INFO:root:Running Sklearn KFoldCrossValidator with 4 folds and
lambda 0.1``), then per fold every 100th epoch ``f"Loss at epoch {epoch} is {current_log_loss}"``
(the regularised log loss, unformatted), and at the end the script's hand-drawn confusion matrix
(``Predicted| Positive(1)     TP 52\\t  FP 3`` ...). Here: sklearn's breast cancer, 4 folds of
500 epochs, then the best fold's theta scored on a held-out 40%.

Truth: ``Loss`` at the printed epoch (the epochs restart with each fold); the confusion counts
are counts, not metrics.
"""

from _toy import *  # noqa: F401,F403  (sets the import path)
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import logging
    import sys

    import numpy as np
    from sklearn.datasets import load_breast_cancer
    from sklearn.model_selection import KFold, train_test_split

    logging.basicConfig(stream=sys.stderr, level=logging.INFO)
    truth = Truth()

    def sigmoid(X):
        return 1 / (1 + np.exp(-X))

    def log_loss(X, y, theta, lambda_ridge=0.0):
        m = X.shape[0]
        h = sigmoid(np.dot(X, theta))
        return ((-1 / m) * (np.dot(y.T, np.log(h)) + np.dot((1 - y).T, np.log(1 - h)))
                + ((lambda_ridge / (2 * m)) * np.dot(theta[1:].T, theta[1:])))

    def standardize(X, mean=None, std=None):
        mean = np.mean(X, axis=0) if mean is None else mean
        std = np.std(X, axis=0) if std is None else std
        std = np.where(std == 0, 1, std)
        return (X - mean) / std, mean, std

    def bias(X):
        return np.c_[np.ones(X.shape[0]), X]

    def fit(X, y, lambda_ridge, alpha, epochs):
        m = X.shape[0]
        theta = np.zeros(X.shape[1])
        for epoch in range(epochs):
            g = (1 / m) * np.dot(X.T, sigmoid(np.dot(X, theta)) - y)
            theta[0] = theta[0] - alpha * g[0]
            g = g + ((lambda_ridge / m) * theta)
            theta[1:] = theta[1:] - alpha * g[1:]
            if epoch % 100 == 0:
                current_log_loss = log_loss(X, y, theta, lambda_ridge)
                print(f"Loss at epoch {epoch} is {current_log_loss}")
                truth.add(at=epoch, Loss=current_log_loss)
        return theta

    X, y = load_breast_cancer(return_X_y=True)
    X, X_hold, y, y_hold = train_test_split(X, y, test_size=0.40, random_state=42)
    k, lambda_ridge, alpha, epochs = 4, 0.1, 0.05, 500
    logging.info(f"Running Sklearn KFoldCrossValidator with {k} folds and lambda {lambda_ridge}")
    kf = KFold(n_splits=k, random_state=57, shuffle=True)
    min_test_error, best = float('inf'), None
    for train_index, test_index in kf.split(X):
        X_train, mean, std = standardize(X[train_index])
        X_test, _, _ = standardize(X[test_index], mean, std)
        theta = fit(bias(X_train), y[train_index], lambda_ridge, alpha, epochs)
        cur_test_loss = log_loss(bias(X_test), y[test_index], theta, lambda_ridge)
        if cur_test_loss < min_test_error:
            min_test_error, best = cur_test_loss, (theta, mean, std)
    theta, mean, std = best
    Xh = bias(standardize(X_hold, mean, std)[0])
    pred = np.dot(Xh, theta)
    pred[pred >= 0.5] = 1
    pred[pred < 0.5] = 0
    tp = int(((y_hold == 1) & (pred == 1)).sum())
    tn = int(((y_hold == 0) & (pred == 0)).sum())
    fp = int(((y_hold == 0) & (pred == 1)).sum())
    fn = int(((y_hold == 1) & (pred == 0)).sum())
    print("\t\t\t      Actual values")
    print("\t\t\tPositive(1)   Negative(0)")
    print(f"Predicted| Positive(1)     TP {tp}\t  FP {fp}")
    print(f"  Values | Negative(0)     FN {fn}\t\t  TN {tn}")
    truth.write("the script's log loss every 100 epochs of each fold", libraries=("numpy",),
                rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"logregcv": run}, root=HELDOUT57)
