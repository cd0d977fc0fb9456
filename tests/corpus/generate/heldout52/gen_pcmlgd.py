"""HELD-OUT fixture (fifty-second half, see generate/heldout52/README.md): do not read while
tuning the parser.

Three course-exercise optimisers run one after another, printing as imani92/PCML
``scripts/stochastic_gradient_descent.py``, ``scripts/logistic_regression.py`` and
``scripts/newton.py`` (commit 4edcbafe): ``SGD({bi}/{ti}): loss={l}, w0={w0}, w1={w1}`` every
iteration, ``logistic regression with GD({bi}/{ti}): loss=..., w0=..., w1=...`` every tenth
iteration and ``logistic regression with Newton({bi}/{ti}): ...`` every iteration, all values
unformatted floats (the loss is computed before the update, the weights printed after it, as in
the original). ``costs.py`` is not in the index: ``compute_loss`` is taken as the usual half
mean squared error of that course, and ``helpers.batch_iter`` as its one shuffled mini-batch per
call. Here: a synthetic height/weight regression (200 people, batch size 1, step 0.7, 15
iterations) and a synthetic two-feature classification with a bias column (150 samples; 60
gradient steps of 0.01, then 8 Newton steps of 0.5).

Truth: ``loss`` at the iteration before the slash, in all three runs (the names are shared, the
iterations restart); ``w0`` and ``w1`` are optional.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT52, Truth, main


def run() -> None:
    import numpy as np

    truth = Truth()

    def compute_loss(y, tx, w):
        e = y - tx.dot(w)
        return e.dot(e) / (2 * len(e))

    def batch_iter(y, tx, batch_size, num_batches=1, shuffle=True):
        data_size = len(y)
        idx = np.random.permutation(np.arange(data_size)) if shuffle else np.arange(data_size)
        for batch_num in range(num_batches):
            start, end = batch_num * batch_size, min((batch_num + 1) * batch_size, data_size)
            if start != end:
                yield y[idx][start:end], tx[idx][start:end]

    def compute_stoch_gradient(y, tx, w):
        e = y - tx.dot(w)
        return - tx.T.dot(e) / y.shape[0]

    def stochastic_gradient_descent(y, tx, initial_w, batch_size, max_iters, gamma):
        w = initial_w
        for n_iter in range(max_iters):
            for minibatch_y, minibatch_tx in batch_iter(y, tx, batch_size):
                grad = compute_stoch_gradient(minibatch_y, minibatch_tx, w)
            loss = compute_loss(y, tx, w)
            w = w - gamma * grad
            print("SGD({bi}/{ti}): loss={l}, w0={w0}, w1={w1}".format(
                bi=n_iter, ti=max_iters - 1, l=loss, w0=w[0], w1=w[1]))
            truth.add(at=n_iter, loss=loss)
            truth.allow(w0=w[0], w1=w[1])

    def sigma(x):
        return float(1) / (1 + np.exp(-x))

    def compute_logistic_loss(y, tx, w):
        total = np.sum(np.log(1 + np.exp(tx.dot(w)))) - y.T.dot(tx.dot(w))
        return total / len(y)

    def compute_logistic_gradient(y, tx, w):
        return tx.T.dot(sigma(tx.dot(w)) - y)

    def logistic_regression(y, tx, max_iters, gamma):
        w = np.array([1.0] * tx.shape[1])
        for n_iter in range(max_iters):
            grad = compute_logistic_gradient(y, tx, w)
            loss = compute_logistic_loss(y, tx, w)
            w = w - gamma * grad
            if np.remainder(n_iter, 10) == 0:
                print("logistic regression with GD({bi}/{ti}): loss={l}, w0={w0}, w1={w1}".format(
                    bi=n_iter, ti=max_iters - 1, l=loss, w0=w[0], w1=w[1]))
                truth.add(at=n_iter, loss=loss)
                truth.allow(w0=w[0], w1=w[1])
        return loss, w

    def newton_method(y, tx, max_iters, gamma):
        w = np.array([1.0] * tx.shape[1])
        for n_iter in range(max_iters):
            grad = compute_logistic_gradient(y, tx, w)
            loss = compute_logistic_loss(y, tx, w)
            p = sigma(tx.dot(w))
            H = tx.T.dot(np.diag(p * (1 - p))).dot(tx)
            w = w - np.linalg.inv(H).dot(grad) * gamma
            print("logistic regression with Newton({bi}/{ti}): loss={l}, w0={w0}, w1={w1}".format(
                bi=n_iter, ti=max_iters - 1, l=loss, w0=w[0], w1=w[1]))
            truth.add(at=n_iter, loss=loss)
            truth.allow(w0=w[0], w1=w[1])
        return loss, w

    np.random.seed(92)
    height = np.random.normal(1.7, 0.09, 200)
    weight = 73 + 150 * (height - 1.7) + np.random.normal(0, 6, 200)
    x = (height - height.mean()) / height.std()
    tx = np.c_[np.ones(len(x)), x]
    stochastic_gradient_descent(weight, tx, np.array([0.0, 0.0]), 1, 15, 0.7)

    feats = np.random.normal(0, 1, (150, 2))
    labels = (feats @ np.array([1.5, -2.0]) + 0.3 + np.random.logistic(0, 1, 150) > 0) * 1.0
    txl = np.c_[np.ones(150), feats]
    logistic_regression(labels, txl, 60, 0.01)
    newton_method(labels, txl, 8, 0.5)
    truth.write("the losses the three optimisers computed before each update",
                libraries=("numpy",), rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"pcmlgd": run}, root=HELDOUT52)
