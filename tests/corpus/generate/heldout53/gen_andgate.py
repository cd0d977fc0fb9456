"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A NumPy network trained and printed as Razamindset/neural-network-from-scratch
``src/neural-network/nn.py`` (``NeuralNetwork.train``): ``Training started with learning rate:
0.1``, at the first epoch and every tenth of the run ``Epoch 100/1000, Loss: 0.187235`` (the
epoch counted from 1), then ``Training Finished``. Here: two runs of the 2-hidden-1 sigmoid
network (weights drawn with ``np.random.rand``, full-batch, learning rate 0.1, 1000 epochs),
first on the AND gate and then on XOR (hidden 4). The published class leaves ``backward`` empty
and reshapes ``y_true`` with an array; here ``backward`` does plain gradient descent on the MSE
and the reshape uses ``y_pred.shape``.

Truth: ``Loss`` at the printed epoch; the two runs share the name and restart their epochs.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT53, Truth, main


def run() -> None:
    import numpy as np

    np.random.seed(20)
    truth = Truth()

    class NeuralNetwork:
        def __init__(self, input_size, hidden_size, output_size):
            self.w1 = np.random.rand(input_size, hidden_size)
            self.b1 = np.zeros((1, hidden_size))
            self.w2 = np.random.rand(hidden_size, output_size)
            self.b2 = np.zeros((1, output_size))
            self.learning_rate = 0.1

        def sigmoid(self, X):
            return 1 / (1 + np.exp(-X))

        def forward(self, X):
            self.z1 = np.dot(X, self.w1) + self.b1
            self.a1 = self.sigmoid(self.z1)
            self.z2 = np.dot(self.a1, self.w2) + self.b2
            self.a2 = self.sigmoid(self.z2)
            return self.a2

        def backward(self, X, y_true, output_pred):
            y = y_true.reshape(output_pred.shape)
            d2 = 2 * (output_pred - y) / len(y) * output_pred * (1 - output_pred)
            d1 = (d2 @ self.w2.T) * self.a1 * (1 - self.a1)
            self.w2 -= self.learning_rate * self.a1.T @ d2
            self.b2 -= self.learning_rate * d2.sum(0, keepdims=True)
            self.w1 -= self.learning_rate * X.T @ d1
            self.b1 -= self.learning_rate * d1.sum(0, keepdims=True)

        def calculate_loss(self, y_true, y_pred):
            y_true_reshaped = y_true.reshape(y_pred.shape)
            return np.mean(np.square(y_true_reshaped - y_pred))

        def train(self, X_train, y_train, epochs):
            print(f"Training started with learning rate: {self.learning_rate}")
            for epoch in range(epochs):
                out_pred = self.forward(X_train)
                loss = self.calculate_loss(y_train, out_pred)
                self.backward(X_train, y_train, out_pred)
                if (epoch + 1) % (epochs // 10 if epochs >= 100 else 10) == 0 or epoch == 0:
                    print(f"Epoch {epoch+1}/{epochs}, Loss: {loss:.6f}")
                    truth.add(at=epoch + 1, Loss=loss)
            print("Training Finished")

    X = np.array([[1, 1], [1, 0], [0, 1], [0, 0]])
    NeuralNetwork(2, 3, 1).train(X, np.array([1, 0, 0, 0]), epochs=1000)
    NeuralNetwork(2, 4, 1).train(X, np.array([0, 1, 1, 0]), epochs=1000)
    truth.write("the network's losses", rel=1e-4, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"andgate": run}, root=HELDOUT53)
