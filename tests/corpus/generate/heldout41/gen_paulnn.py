"""HELD-OUT fixture (forty-first half, see generate/heldout41/README.md): do not read while
tuning the parser.

A hand-written NumPy network printing as paulhoenes/ML_EX2 ``NN2.md`` (the notebook's own
implementation): a first run of 100 full-batch epochs printing ``Epoch 0: Loss = 0.6931`` every
10th, a second run (epochs counted from 0 again) printing every 1000th with its early-stopping
message ``\\n Stop after erpch: 5120. no decresment after 200 epochs`` (the original's spelling),
then ``Accuracy: 0.7013``, ``Confusion Matrix:`` with the matrix and ``Mean y_pred:`` with a
full-precision float. Here: a ReLU-ReLU-sigmoid network with binary cross-entropy on sklearn's
breast-cancer set (the original: the Pima diabetes CSV).

Truth: ``Loss`` at the printed epoch (the second run's epochs restart at 0: each point at its
printed epoch); ``Accuracy`` on the test split (no step). ``Mean y_pred`` is the mean predicted
probability, a diagnostic: optional.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT41, Truth, main


def run() -> None:
    import numpy as np
    from sklearn.datasets import load_breast_cancer
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import StandardScaler

    rng = np.random.default_rng(7)

    class NeuralNetwork:
        def __init__(self, input_size, hidden1_size, hidden2_size, output_size, lr):
            self.lr = lr
            self.w0 = rng.standard_normal((hidden1_size, input_size)) * 0.01
            self.b0 = np.zeros((hidden1_size, 1))
            self.w1 = rng.standard_normal((hidden2_size, hidden1_size)) * 0.01
            self.b1 = np.zeros((hidden2_size, 1))
            self.w2 = rng.standard_normal((output_size, hidden2_size)) * 0.01
            self.b2 = np.zeros((output_size, 1))

        @staticmethod
        def loss(y_true, y_pred):
            y_pred = np.clip(y_pred, 1e-12, 1 - 1e-12)
            return -np.mean(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred))

        def forward(self, X):
            self.X = X.T
            self.a0 = np.maximum(0, self.w0 @ X.T + self.b0)
            self.a1 = np.maximum(0, self.w1 @ self.a0 + self.b1)
            self.a2 = 1 / (1 + np.exp(-(self.w2 @ self.a1 + self.b2)))
            return self.a2

        def backward(self, y_true):
            Y = y_true.T
            m = Y.shape[1]
            p = np.clip(self.a2, 1e-12, 1 - 1e-12)
            delta2 = (p - Y) / (p * (1 - p)) * (self.a2 * (1 - self.a2))
            dw2, db2 = delta2 @ self.a1.T / m, delta2.sum(axis=1, keepdims=True) / m
            delta1 = (self.w2.T @ delta2) * (self.a1 > 0)
            dw1, db1 = delta1 @ self.a0.T / m, delta1.sum(axis=1, keepdims=True) / m
            delta0 = (self.w1.T @ delta1) * (self.a0 > 0)
            dw0, db0 = delta0 @ self.X.T / m, delta0.sum(axis=1, keepdims=True) / m
            for name, grad in (("w2", dw2), ("b2", db2), ("w1", dw1), ("b1", db1),
                               ("w0", dw0), ("b0", db0)):
                setattr(self, name, getattr(self, name) - self.lr * grad)

        def train(self, X, y):
            y_pred = self.forward(X)
            current_loss = self.loss(y.T, y_pred)
            self.backward(y)
            return current_loss

        def predict(self, X):
            return self.forward(X).T

    X, y = load_breast_cancer(return_X_y=True)
    y = y.reshape(-1, 1)
    X = StandardScaler().fit_transform(X)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
    print(X_train.shape)
    print(y_train.shape)
    truth = Truth()

    model = NeuralNetwork(30, 32, 16, 1, lr=0.1)
    losses = []
    for epoch in range(100):
        loss = model.train(X_train, y_train)
        losses.append(loss)
        if epoch % 10 == 0:
            print(f"Epoch {epoch}: Loss = {loss:.4f}")
            truth.add(at=epoch, Loss=loss)

    tolerance, patience = 1e-4, 200
    best_loss, no_improvement = float("inf"), 0
    for epoch in range(10000):
        loss = model.train(X_train, y_train)
        losses.append(loss)
        if epoch % 1000 == 0:
            print(f"Epoch {epoch}: Loss = {loss:.4f}")
            truth.add(at=epoch, Loss=loss)
        if best_loss - loss > tolerance:
            best_loss, no_improvement = loss, 0
        else:
            no_improvement += 1
        if no_improvement >= patience:
            print(f"\n Stop after erpch: {epoch}. no decresment after {patience} epochs")
            break

    y_pred = model.predict(X_test)
    y_pred_binary = (y_pred >= 0.5).astype(int)
    accuracy = np.mean(y_pred_binary == y_test.astype(int))
    print(f"Accuracy: {accuracy:.4f}")
    truth.add(Accuracy=accuracy)
    tp = int(((y_pred_binary == 1) & (y_test == 1)).sum())
    tn = int(((y_pred_binary == 0) & (y_test == 0)).sum())
    fp = int(((y_pred_binary == 1) & (y_test == 0)).sum())
    fn = int(((y_pred_binary == 0) & (y_test == 1)).sum())
    print("Confusion Matrix:")
    print(np.array([[tn, fp], [fn, tp]]))
    print("Mean y_pred:", np.mean(y_pred))
    truth.allow(**{"Mean y_pred": np.mean(y_pred)})
    truth.write("the script's full-batch losses and test accuracy", libraries=("numpy",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"paulnn": run}, root=HELDOUT41)
