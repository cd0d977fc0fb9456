"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

A NumPy multilayer perceptron printing as CatherineRodriquez04/csc4700-backprob
``train_mnist.py`` and ``mlp.py``: ``Starting training...``, then each epoch
``f"Epoch {epoch + 1}/{epochs}: Train Loss: {:.4f}, Train Accuracy: {:.4f}, Val Loss: {:.4f},
Val Accuracy: {:.4f}"`` (the classification branch; the loss is called with its arguments
swapped, as in the script). Here: the script's layers (ReLU 128, ReLU 64, softmax with its
Jacobian), cross-entropy, Glorot initialisation, batch 64, on sklearn's digits (80 % train,
20 % validation) with learning rate 1e-3 (the script's 1e-4 barely moves in 10 epochs).

Truth: ``train/Loss``, ``train/Accuracy``, ``val/Loss``, ``val/Accuracy`` at the printed epoch.
"""

from _toy import digits_np
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import numpy as np

    class Relu:
        def forward(self, x):
            return np.maximum(0, x)

        def derivative(self, x):
            return np.where(x > 0, 1, 0)

    class Softmax:
        def forward(self, x):
            exp_x = np.exp(x - np.max(x, axis=-1, keepdims=True))
            return exp_x / np.sum(exp_x, axis=-1, keepdims=True)

        def derivative(self, x):
            s = self.forward(x)
            jac = np.zeros((x.shape[0], s.shape[-1], s.shape[-1]))
            for i in range(x.shape[0]):
                v = s[i].reshape(-1, 1)
                jac[i] = np.diagflat(v) - np.dot(v, v.T)
            return jac

    class CrossEntropy:
        def loss(self, y_true, y_pred):
            y_pred = np.clip(y_pred, 1e-15, 1 - 1e-15)
            return -np.mean(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred))

        def derivative(self, y_true, y_pred):
            y_pred = np.clip(y_pred, 1e-15, 1 - 1e-15)
            return -(y_true / y_pred) + (1 - y_true) / (1 - y_pred)

    class Layer:
        def __init__(self, fan_in, fan_out, activation_function):
            self.activation_function = activation_function
            limit = np.sqrt(6 / (fan_in + fan_out))
            self.W = np.random.uniform(-limit, limit, (fan_in, fan_out))
            self.b = np.zeros(fan_out)

        def forward(self, h):
            self.activations = self.activation_function.forward(np.dot(h, self.W) + self.b)
            return self.activations

        def backward(self, h, delta):
            if isinstance(self.activation_function, Softmax):
                jac = self.activation_function.derivative(self.activations)
                self.delta = np.sum(np.matmul(delta, jac), axis=1)
            else:
                self.delta = delta * self.activation_function.derivative(self.activations)
            return np.dot(h.T, self.delta), np.sum(self.delta, axis=0)

    np.random.seed(44)
    layers = (Layer(64, 128, Relu()), Layer(128, 64, Relu()), Layer(64, 10, Softmax()))
    X, labels = digits_np(seed=44)
    Y = np.eye(10)[labels]
    split = int(0.8 * len(X))
    train_x, train_y, val_x, val_y = X[:split], Y[:split], X[split:], Y[split:]
    loss_func = CrossEntropy()
    learning_rate, batch_size, epochs = 1e-3, 64, 10

    def forward(x):
        for layer in layers:
            x = layer.forward(x)
        return x

    print("Starting training...")
    truth = Truth()
    batches_num = int(np.ceil(train_x.shape[0] / batch_size))
    for epoch in range(epochs):
        epoch_train_loss = 0.0
        epoch_metric = 0.0
        for i in range(0, train_x.shape[0], batch_size):
            batch_x, batch_y = train_x[i:i + batch_size], train_y[i:i + batch_size]
            predictions = forward(batch_x)
            epoch_train_loss += loss_func.loss(predictions, batch_y)
            delta = loss_func.derivative(batch_y, predictions)
            grads = []
            for k in reversed(range(len(layers))):
                h = batch_x if k == 0 else layers[k - 1].activations
                grads.insert(0, layers[k].backward(h, delta))
                delta = np.dot(layers[k].delta, layers[k].W.T)
            for layer, (dW, db) in zip(layers, grads):
                layer.W -= learning_rate * dW
                layer.b -= learning_rate * db
            epoch_metric += np.sum(np.argmax(predictions, axis=1) == np.argmax(batch_y, axis=1))
        epoch_train_loss /= batches_num
        epoch_metric /= train_x.shape[0]
        val_predictions = forward(val_x)
        val_loss = loss_func.loss(val_predictions, val_y)
        val_metric = np.sum(np.argmax(val_predictions, axis=1) == np.argmax(val_y, axis=1)) / val_x.shape[0]
        print(f"Epoch {epoch + 1}/{epochs}: Train Loss: {epoch_train_loss:.4f}, Train Accuracy: {epoch_metric:.4f}, "
              f"Val Loss: {val_loss:.4f}, Val Accuracy: {val_metric:.4f}")
        truth.add(at=epoch + 1, **{"train/Loss": epoch_train_loss, "train/Accuracy": epoch_metric,
                                   "val/Loss": val_loss, "val/Accuracy": val_metric})
    truth.write("the script's epoch losses and accuracies", libraries=("numpy",), rel=1e-5,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cathmlp": run}, root=HELDOUT60)
