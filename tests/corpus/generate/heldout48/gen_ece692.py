"""HELD-OUT fixture (forty-eighth half, see generate/heldout48/README.md): do not read while
tuning the parser.

A hand-written NumPy denoising autoencoder printing as dagrawa2/ece692_deep_learning
``project4/main.py`` and ``project4/models/autoencoder.py``: ``Loading data . . . ``,
``Training . . . ``, for every epoch ``print("Epoch ", epoch, " . . . ")`` and then
``print("\\t Test loss: ", np.round(loss, 6), " (", np.round(seconds, 5), " s)")`` (print's own
separators: doubled spaces), early stopping after 5 epochs without a better test loss, then
``Saving results . . . `` and ``Done!``. Here: a one-hidden-layer sigmoid autoencoder on sklearn's
digits scaled to [0, 1], Gaussian input noise 0.1, mini-batches of 50, Adam written out in NumPy,
at most 25 epochs; the loss is TensorFlow's ``l2_loss`` (half the summed squares) per test image.

Truth: ``Test loss`` of each epoch at the epoch of the ``Epoch  N  . . .`` line above it
(counted from 0); the seconds are no metric.
"""

from _toy import batches  # noqa: F401
from _capture import HELDOUT48, Truth, main


def run() -> None:
    import time

    import numpy as np
    from sklearn.datasets import load_digits

    rng = np.random.default_rng(692)
    print("Loading data . . . ")
    X = load_digits().data / 16.0
    idx = rng.permutation(len(X))
    X_train, X_test = X[idx[:1400]], X[idx[1400:]]
    print("Training . . . ")
    d, h, mbs, lr, epochs, early_stopping = 64, 24, 50, 0.01, 25, 5
    W1 = rng.normal(0, 0.1, (d, h))
    b1 = np.zeros(h)
    W2 = rng.normal(0, 0.1, (h, d))
    b2 = np.zeros(d)
    params = [W1, b1, W2, b2]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    sig = lambda z: 1 / (1 + np.exp(-z))
    t = 0

    def test_loss(Xs):
        rec = sig(np.maximum(Xs @ params[0] + params[1], 0) @ params[2] + params[3])
        return np.sum((Xs - rec) ** 2) / 2 / len(Xs)

    losses = []
    truth = Truth()
    for epoch in range(epochs):
        print("Epoch ", epoch, " . . . ")
        time_0 = time.time()
        order = rng.permutation(len(X_train))
        for i in range(0, len(X_train), mbs):
            xb = X_train[order[i:i + mbs]]
            xn = xb + rng.normal(0, 0.1, xb.shape)
            hpre = xn @ params[0] + params[1]
            hid = np.maximum(hpre, 0)
            out = sig(hid @ params[2] + params[3])
            dout = (out - xb) * out * (1 - out)
            grads = [None] * 4
            grads[2] = hid.T @ dout
            grads[3] = dout.sum(0)
            dh = (dout @ params[2].T) * (hpre > 0)
            grads[0] = xn.T @ dh
            grads[1] = dh.sum(0)
            t += 1
            for k in range(4):
                m[k] = 0.9 * m[k] + 0.1 * grads[k]
                v[k] = 0.999 * v[k] + 0.001 * grads[k] ** 2
                params[k] -= lr * (m[k] / (1 - 0.9 ** t)) / (np.sqrt(v[k] / (1 - 0.999 ** t)) + 1e-8)
        losses.append(test_loss(X_test))
        print("\t Test loss: ", np.round(losses[-1], 6), " (", np.round(time.time() - time_0, 5), " s)")
        truth.add(at=epoch, **{"Test loss": losses[-1]})
        if 1 + epoch >= early_stopping and np.argmin(losses[-early_stopping:]) == 0:
            break
    print("Saving results . . . ")
    print("Done!")
    truth.write("the autoencoder's per-image test loss of each epoch", libraries=("numpy",),
                rel=1e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"ece692": run}, root=HELDOUT48)
