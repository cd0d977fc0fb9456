"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

XOR with a small NumPy framework, printed as Sula-bh/neural-network-from-scratch
``experiments/xor/xor.py``: every 100 epochs ``epoch: 0, acc: 0.500, loss: 0.693``, then each
layer's name and its output on the four inputs (NumPy arrays), each parametrised layer's
``Weights:`` and ``Biases:`` arrays, and ``The predicted probabilities are:`` /
``The predictions are:`` with their arrays. Here: the script's model (Dense 2-4, ReLU, Dense
4-2, Softmax; random-normal initialisers seeded 1 and 42; categorical cross-entropy; SGD 0.1;
1001 epochs), with the repository's layers, loss and optimiser written out in NumPy.

Truth: ``acc`` and ``loss`` at the printed epoch. The arrays are no metrics.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT53, Truth, main


def run() -> None:
    import numpy as np

    class Dense:
        parameters = True

        def __init__(self, n_in, n_out, seed):
            rng = np.random.default_rng(seed)
            self.weights = rng.normal(0.0, 1.0, (n_in, n_out))
            self.biases = np.zeros((1, n_out))

        def forward(self, x):
            self.x = x
            return x @ self.weights + self.biases

        def backward(self, grad):
            self.dweights = self.x.T @ grad
            self.dbiases = grad.sum(0, keepdims=True)
            return grad @ self.weights.T

    class ReLU:
        parameters = False

        def forward(self, x):
            self.x = x
            return np.maximum(0, x)

        def backward(self, grad):
            return grad * (self.x > 0)

    class Softmax:
        parameters = False

        def forward(self, x):
            e = np.exp(x - x.max(1, keepdims=True))
            self.out = e / e.sum(1, keepdims=True)
            return self.out

        def backward(self, grad):
            s = self.out
            return s * (grad - np.sum(grad * s, 1, keepdims=True))

    class CategoricalCrossEntropy:
        def calculate(self, pred, y):
            self.pred, self.y = np.clip(pred, 1e-7, 1 - 1e-7), y
            return -np.mean(np.log(self.pred[np.arange(len(y)), y]))

        def backward(self):
            g = np.zeros_like(self.pred)
            g[np.arange(len(self.y)), self.y] = -1 / self.pred[np.arange(len(self.y)), self.y]
            return g / len(self.y)

    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
    y = np.array([0, 1, 1, 0])
    layers = [Dense(2, 4, 1), ReLU(), Dense(4, 2, 42), Softmax()]
    loss_fn = CategoricalCrossEntropy()
    truth = Truth()

    for epoch in range(1001):
        predictions = X
        for layer in layers:
            predictions = layer.forward(predictions)
        loss = loss_fn.calculate(predictions, y)
        accuracy = np.mean(np.argmax(predictions, 1) == y)
        if epoch % 100 == 0:
            print(f"epoch: {epoch}, acc: {accuracy:.3f}, loss: {loss:.3f}")
            truth.add(at=epoch, acc=accuracy, loss=loss)
        grad = loss_fn.backward()
        for layer in reversed(layers):
            grad = layer.backward(grad)
        for layer in layers:
            if layer.parameters:
                layer.weights -= 0.1 * layer.dweights
                layer.biases -= 0.1 * layer.dbiases

    current = X
    for layer in layers:
        current = layer.forward(current)
        print(layer.__class__.__name__)
        print(current)
    for i, layer in enumerate(layers):
        if layer.parameters:
            print(f"\nLayer {i}")
            print("Weights:")
            print(layer.weights)
            print("Biases:")
            print(layer.biases)
    print("\nThe predicted probabilities are:\n", predictions)
    print("\nThe predictions are:\n", np.argmax(predictions, axis=1))
    truth.write("the script's accuracies and losses", rel=1e-3, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"xornn": run}, root=HELDOUT53)
