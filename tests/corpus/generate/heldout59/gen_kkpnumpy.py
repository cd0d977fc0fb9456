"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

A small NumPy network (dense layers with their own backward and ``update_weights``), trained
full-batch with the ``train`` function of the PyPI package neural-network-kkp 0.0.7.9, as
mirrored in pypi-data/pypi-mirror-305 ``packages/neural-network-kkp/.../neural_network_kpp/
train.py``: each epoch ``f"Эпоха {epoch + 1}/{epochs}, Потеря: {loss_value:.4f}"`` (Russian:
"Epoch", "Loss"), the loss of a forward pass after the update. Here: a 2-8-1 tanh/sigmoid
network on a noisy two-moons set (200 points), mean squared error, lr 0.5, 40 epochs; the
layer classes are mine (the package's were not read).

Truth: ``Потеря`` at the printed epoch.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import make_moons

    X, y = make_moons(200, noise=0.2, random_state=3)
    y = y.reshape(-1, 1).astype(float)
    rng = np.random.default_rng(3)
    truth = Truth()

    class Dense:
        def __init__(self, n_in, n_out, act):
            self.W = rng.normal(0, 1 / np.sqrt(n_in), (n_in, n_out))
            self.b = np.zeros(n_out)
            self.act = act

        def forward(self, x):
            self.x = x
            z = x @ self.W + self.b
            self.out = np.tanh(z) if self.act == "tanh" else 1 / (1 + np.exp(-z))
            return self.out

        def backward(self, grad):
            d = grad * ((1 - self.out ** 2) if self.act == "tanh" else self.out * (1 - self.out))
            self.dW, self.db = self.x.T @ d / len(d), d.mean(0)
            return d @ self.W.T

        def update_weights(self, learning_rate):
            self.W -= learning_rate * self.dW * len(self.x) / len(self.x)
            self.b -= learning_rate * self.db

    class Network:
        def __init__(self, layers):
            self.layers = layers

        def forward(self, x):
            for layer in self.layers:
                x = layer.forward(x)
            return x

        def backward(self, x, y, loss_func):
            out = self.forward(x)
            grad = 2 * (out - y)
            for layer in reversed(self.layers):
                grad = layer.backward(grad)

    def mse(y_true, y_pred):
        return float(np.mean((y_true - y_pred) ** 2))

    def train(network, x_train, y_train, loss_func, epochs, learning_rate=0.01):
        for epoch in range(epochs):
            network.backward(x_train, y_train, loss_func)
            for layer in network.layers:
                if hasattr(layer, 'update_weights'):
                    layer.update_weights(learning_rate)
            loss_value = loss_func(y_train, network.forward(x_train))
            print(f"Эпоха {epoch + 1}/{epochs}, Потеря: {loss_value:.4f}")
            truth.add(at=epoch + 1, **{"Потеря": loss_value})

    net = Network([Dense(2, 8, "tanh"), Dense(8, 1, "sigmoid")])
    train(net, X, y, mse, 40, learning_rate=0.5)
    truth.write("loss_func(y_train, network.forward(x_train)) after each update",
                libraries=("numpy",), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"kkpnumpy": run}, root=HELDOUT59)
