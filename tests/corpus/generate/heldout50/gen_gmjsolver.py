"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A NumPy network trained by ``Solver`` of gmichaeljaison/deep-learning-hw ``src/nn/solver.py``,
logging through the root logger (``logging.basicConfig(level=logging.DEBUG)`` as its
``main_hw3.py``: ``INFO:root:`` and the message, on stderr): every ``test_interval`` epochs
``'Training error. Epoch: {}, Cross-entropy error: {}, Classification error: {}'`` and the same
for ``Validation error.`` (unformatted floats). Here: a one-hidden-layer sigmoid/softmax MLP on
sklearn's digits, epochs (1, 80), test interval 10, plain SGD. As in the original, ``solve``
yields ``epoch + 1`` for epochs counted from the range's first value, so the printed epochs
are the loop's epoch plus one (10, 20, ... fall on loop epochs 9, 19, ...). (The same
repository's ``AutoEncoderSolver`` is ``gen_gmjae.py``.)

Truth: ``train/Cross-entropy error``, ``train/Classification error`` (``Training error.``) and
``val/...`` (``Validation error.``) at the printed epoch.
"""

from _toy import digits
from _capture import HELDOUT50, Truth, main


def _data():
    Xtr, ytr, Xva, yva, _, _ = digits(seed=12, scale=False)
    return Xtr.numpy(), ytr.numpy(), Xva.numpy(), yva.numpy()


def _sigmoid(a):
    import numpy as np
    return 1.0 / (1.0 + np.exp(-a))


def classifier() -> None:
    import logging

    import numpy as np

    logging.basicConfig(level=logging.DEBUG)
    rng = np.random.default_rng(12)
    x_train, y_tr, x_valid, y_va = _data()
    y_train, y_valid = np.eye(10)[y_tr], np.eye(10)[y_va]
    W1, b1 = rng.normal(0, 0.1, (64, 40)), np.zeros(40)
    W2, b2 = rng.normal(0, 0.1, (40, 10)), np.zeros(10)

    def forward(x):
        h = _sigmoid(x @ W1 + b1)
        z = h @ W2 + b2
        e = np.exp(z - z.max(1, keepdims=True))
        return h, e / e.sum(1, keepdims=True)

    def validate(x, y):
        _, res = forward(x)
        err = -np.mean(np.sum(y * np.log(res + 1e-12), 1))
        cerr = float(np.mean(res.argmax(1) != y.argmax(1)))
        return err, cerr

    def solve(epochs, batch_size=100, lr=0.5):
        nonlocal W1, b1, W2, b2
        n_data = x_train.shape[0]
        for epoch in range(epochs[0], epochs[1] + 1):
            for si in range(0, n_data, batch_size):
                xb, yb = x_train[si:si + batch_size], y_train[si:si + batch_size]
                h, p = forward(xb)
                dz = (p - yb) / len(xb)
                dh = dz @ W2.T * h * (1 - h)
                W2 -= lr * h.T @ dz
                b2 -= lr * dz.sum(0)
                W1 -= lr * xb.T @ dh
                b1 -= lr * dh.sum(0)
            yield epoch + 1

    truth = Truth()
    test_interval = 10
    for epoch in solve((1, 80)):
        if epoch % test_interval == 0:
            train_err = validate(x_train, y_train)
            valid_err = validate(x_valid, y_valid)
            logging.info('Training error. Epoch: {}, Cross-entropy error: {}, '
                         'Classification error: {}'.format(epoch, train_err[0], train_err[1]))
            logging.info('Validation error. Epoch: {}, Cross-entropy error: {}, '
                         'Classification error: {}'.format(epoch, valid_err[0], valid_err[1]))
            truth.add(at=epoch, **{"train/Cross-entropy error": train_err[0],
                                   "train/Classification error": train_err[1]})
            truth.add(at=epoch, **{"val/Cross-entropy error": valid_err[0],
                                   "val/Classification error": valid_err[1]})
    truth.write("Solver.validate's cross-entropy and classification errors",
                libraries=("numpy", "scikit-learn"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"gmjsolver": classifier}, root=HELDOUT50)
