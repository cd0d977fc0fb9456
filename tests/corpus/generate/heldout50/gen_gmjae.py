"""HELD-OUT fixture (fiftieth half, see generate/heldout50/README.md): do not read while tuning
the parser.

A NumPy autoencoder trained by ``AutoEncoderSolver`` of gmichaeljaison/deep-learning-hw
``src/nn/solver.py``, logging through the root logger (``logging.basicConfig(level=logging.DEBUG)``
as its ``main_hw3.py``: ``INFO:root:`` and the message, on stderr): every ``test_interval``
epochs ``'Training error. Epoch: {}, Cross-entropy error: {}'`` and the same for ``Validation
error.`` (unformatted floats). Here: a 64-32-64 sigmoid autoencoder on sklearn's digits in
[0, 1], epochs (1, 100), test interval 10, plain SGD. As in the original, ``solve`` yields
``epoch + 1`` for epochs counted from the range's first value, so the printed epochs are the
loop's epoch plus one. (The same repository's ``Solver`` is ``gen_gmjsolver.py``.)

Truth: ``train/Cross-entropy error`` (``Training error.``) and ``val/Cross-entropy error``
(``Validation error.``) at the printed epoch.
"""

from _toy import digits
from _capture import HELDOUT50, Truth, main


def _data():
    Xtr, ytr, Xva, yva, _, _ = digits(seed=12, scale=False)
    return Xtr.numpy(), ytr.numpy(), Xva.numpy(), yva.numpy()


def _sigmoid(a):
    import numpy as np
    return 1.0 / (1.0 + np.exp(-a))


def autoencoder() -> None:
    import logging

    import numpy as np

    logging.basicConfig(level=logging.DEBUG)
    rng = np.random.default_rng(13)
    x_train, _, x_valid, _ = _data()
    W1, b1 = rng.normal(0, 0.1, (64, 32)), np.zeros(32)
    W2, b2 = rng.normal(0, 0.1, (32, 64)), np.zeros(64)

    def forward(x):
        h = _sigmoid(x @ W1 + b1)
        return h, _sigmoid(h @ W2 + b2)

    def validate(x):
        _, x_cap = forward(x)
        x_cap = np.clip(x_cap, 1e-9, 1 - 1e-9)
        return -np.mean(np.sum(x * np.log(x_cap) + (1 - x) * np.log(1 - x_cap), 1))

    def solve(epochs, batch_size=100, lr=0.1):
        nonlocal W1, b1, W2, b2
        n_data = x_train.shape[0]
        for epoch in range(epochs[0], epochs[1] + 1):
            for si in range(0, n_data, batch_size):
                xb = x_train[si:si + batch_size]
                h, out = forward(xb)
                dz = (out - xb) / len(xb)
                dh = dz @ W2.T * h * (1 - h)
                W2 -= lr * h.T @ dz
                b2 -= lr * dz.sum(0)
                W1 -= lr * xb.T @ dh
                b1 -= lr * dh.sum(0)
            yield epoch + 1

    truth = Truth()
    test_interval = 10
    for epoch in solve((1, 100)):
        if epoch % test_interval == 0:
            train_err = validate(x_train)
            valid_err = validate(x_valid)
            logging.info('Training error. Epoch: {}, Cross-entropy error: {}'
                         .format(epoch, train_err))
            logging.info('Validation error. Epoch: {}, Cross-entropy error: {}'
                         .format(epoch, valid_err))
            truth.add(at=epoch, **{"train/Cross-entropy error": train_err})
            truth.add(at=epoch, **{"val/Cross-entropy error": valid_err})
    truth.write("AutoEncoderSolver.validate's reconstruction cross-entropy",
                libraries=("numpy", "scikit-learn"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"gmjae": autoencoder}, root=HELDOUT50)
