"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A NumPy network printing as Chybby/neural-network ``neural_network.py`` (``train`` with
``MONITOR_ALL``) and ``train_mnist.py``: on every monitored epoch (``epoch %
(epochs//monitoring_resolution) == 0``), for every batch, ``'Training loss for epoch %d, batch
%d: %g'`` and ``'Validation loss for epoch %d, batch %d: %g'`` (``%g``: six significant
digits); after each of the two runs (a linear hinge-loss classifier, then a 300-unit ReLU net
with dropout) ``'Incorrect prediction: y=%d (should be %d)'`` for each wrong test prediction
and ``'Correctly predicting %d%% of instances'``. Here: the script's hinge loss with L2
regularisation, dropout and Nesterov momentum on sklearn's 8x8 digits (10% test, 10% of the
rest validation), the linear run 10 epochs at batch 650 with resolution 5, the hidden-layer run
(64 units) 20 epochs at batch 1000 with resolution 5 (the script: 100 epochs each, batch 100
and 1000, resolution 100 and 20, on MNIST).

Truth: ``train/loss`` and ``val/loss`` at the printed epoch (both runs, so the epochs repeat);
``Correctly predicting`` (the integer percentage) with no step.
"""

from _toy import digits_np
from _capture import HELDOUT56, Truth, main


class Net:
    def __init__(self, sizes, rng, dropout_prob, reg, lr, momentum=0.9):
        import numpy as np

        self.rng, self.p, self.reg, self.lr, self.mu = rng, dropout_prob, reg, lr, momentum
        self.W = [rng.standard_normal((a, b)) * np.sqrt(2.0 / a) for a, b in zip(sizes[:-1], sizes[1:])]
        self.b = [np.zeros((1, b)) for b in sizes[1:]]
        self.Wv = [np.zeros_like(w) for w in self.W]
        self.bv = [np.zeros_like(b) for b in self.b]

    def scores(self, X, drop=False):
        import numpy as np

        h, cache = X, []
        for W, b in zip(self.W[:-1], self.b[:-1]):
            z = h.dot(W) + b
            out = np.maximum(0, z)
            if drop and self.p != 1:
                out *= (self.rng.random(out.shape) < self.p) / self.p
            cache.append((h, z))
            h = out
        return h.dot(self.W[-1]) + self.b[-1], h, cache

    def loss(self, s, y):
        import numpy as np

        n = len(y)
        correct = s[np.arange(n), y][:, None]
        margins = np.maximum(0, s - correct + 1)
        margins[np.arange(n), y] = 0
        data = margins.sum() / n
        reg = 0.5 * self.reg * sum((W * W).sum() for W in self.W)
        ds = (margins > 0).astype(float)
        ds[np.arange(n), y] = -ds.sum(1)
        return data + reg, ds / n

    def train(self, X, y, epochs, batch_size, val_X, val_y, resolution, truth):
        import numpy as np

        n = len(X)
        for epoch in range(epochs):
            for batch in range(n // batch_size):
                j = self.rng.choice(n, batch_size, replace=False)
                s, last, cache = self.scores(X[j], drop=True)
                loss, ds = self.loss(s, y[j])
                val_loss, _ = self.loss(self.scores(val_X)[0], val_y)
                if epoch % (epochs // resolution) == 0:
                    print('Training loss for epoch %d, batch %d: %g' % (epoch, batch, loss))
                    print('Validation loss for epoch %d, batch %d: %g' % (epoch, batch, val_loss))
                    truth.add(at=epoch, **{"train/loss": loss})
                    truth.add(at=epoch, **{"val/loss": val_loss})
                grads_W, grads_b = [None] * len(self.W), [None] * len(self.b)
                grads_W[-1] = last.T.dot(ds) + self.reg * self.W[-1]
                grads_b[-1] = ds.sum(0, keepdims=True)
                d = ds
                for i in range(len(self.W) - 2, -1, -1):
                    h, z = cache[i]
                    d = d.dot(self.W[i + 1].T) * (z > 0)
                    grads_W[i] = h.T.dot(d) + self.reg * self.W[i]
                    grads_b[i] = d.sum(0, keepdims=True)
                for i in range(len(self.W)):
                    for P, V, G in ((self.W, self.Wv, grads_W), (self.b, self.bv, grads_b)):
                        v_prev = V[i].copy()
                        V[i] = self.mu * V[i] - self.lr * G[i]
                        P[i] += -self.mu * v_prev + (1 + self.mu) * V[i]

    def predict(self, X):
        return self.scores(X)[0].argmax(1)


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(2)
    X, y = digits_np(seed=2)
    n = len(X)
    n_test = int(n * 0.1)
    n_val = int((n - n_test) * 0.1)
    test_X, test_y = X[:n_test], y[:n_test]
    val_X, val_y = X[n_test:n_test + n_val], y[n_test:n_test + n_val]
    train_X, train_y = X[n_test + n_val:], y[n_test + n_val:]
    truth = Truth()
    for sizes, drop, reg, lr, epochs, bs in (([64, 10], 0.5, 0.001, 3e-2, 10, 650),
                                            ([64, 64, 10], 0.5, 0.0, 1e-2, 20, 1000)):
        nnet = Net(sizes, rng, drop, reg, lr)
        nnet.train(train_X, train_y, epochs, bs, val_X, val_y, 5, truth)
        correct_predictions = 0
        predictions = nnet.predict(test_X)
        for i in range(predictions.shape[0]):
            if predictions[i] == test_y[i]:
                correct_predictions += 1
            else:
                print('Incorrect prediction: y=%d (should be %d)' % (predictions[i], test_y[i]))
        print('Correctly predicting %d%% of instances' % (correct_predictions * 100 / n_test))
        truth.add(**{"Correctly predicting": int(correct_predictions * 100 / n_test)})
    truth.write("the script's monitored training/validation hinge losses and test accuracy",
                libraries=("numpy",), rel=5e-6, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"chybby": run}, root=HELDOUT56)
