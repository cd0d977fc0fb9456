"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A NumPy MLP printing as Caro-Sip/SP-Simple-Neural-Network ``train_mnist.py`` and
``neural_network.py`` (``train_network``): the numbered banner steps (``1. Loading MNIST
dataset...``, ``Loading {n} images ({rows}x{cols})...``, ``Training set: {n} images``, ...),
the config echo (``Architecture: 64 -> 32 -> 16 -> 10``, ``Activation: relu, Learning Rate:
0.1``, ``Epochs: 20, Batch Size: 64``) between ``=`` rules, a three-line block for epochs 1, 5,
10, 15, 20: ``Epoch {epoch:3d}/{epochs}``, ``  Train Loss: {:.4f}, Train Acc: {:.2f}%``, ``  Val
Loss:   {:.4f}, Val Acc:   {:.2f}%``, then ``Test Accuracy: {:.2f}%``, ``Test Loss: {:.4f}`` and
five ``Sample {i}: True=.., Predicted=.., Confidence={:.4f}`` lines. Here: the script's own
vectorised network (He init, ReLU, softmax cross-entropy) on sklearn's 8x8 digits (the "MNIST"
files replaced: 1497 train + 300 test images, 8x8), layers [64, 32, 16, 10]. The plots are not
drawn (nothing printed for them).

Truth: ``train/Loss``, ``train/Acc``, ``val/Loss``, ``val/Acc`` (percentages as printed) at the
epoch of the header line above; ``test/Accuracy`` and ``test/Loss`` with no step. Dataset sizes
and the sample confidences are optional; the echoed settings are params.
"""

from _toy import digits_np
from _capture import HELDOUT56, Truth, main


class NeuralNetwork:
    def __init__(self, layer_sizes, learning_rate, rng):
        import numpy as np

        self.lr = learning_rate
        self.W = [rng.standard_normal((layer_sizes[i + 1], layer_sizes[i])) * np.sqrt(2.0 / layer_sizes[i])
                  for i in range(len(layer_sizes) - 1)]
        self.b = [np.zeros((n, 1)) for n in layer_sizes[1:]]

    def forward(self, X):
        import numpy as np

        a = X.T
        self.acts, self.zs = [a], []
        for i, (W, b) in enumerate(zip(self.W, self.b)):
            z = W.dot(a) + b
            self.zs.append(z)
            a = z if i == len(self.W) - 1 else np.maximum(0, z)
            self.acts.append(a)
        return a

    @staticmethod
    def softmax(z):
        import numpy as np

        z = z - z.max(0, keepdims=True)
        e = np.exp(z)
        return e / e.sum(0, keepdims=True)

    def loss(self, out, Y):
        import numpy as np

        p = np.clip(self.softmax(out), 1e-7, 1 - 1e-7)
        return -np.sum(Y.T * np.log(p)) / out.shape[1]

    def train_epoch(self, X, Y, batch_size, rng):
        import numpy as np

        idx = rng.permutation(len(X))
        total = 0.0
        for s in range(0, len(X), batch_size):
            j = idx[s:s + batch_size]
            out = self.forward(X[j])
            total += self.loss(out, Y[j]) * len(j)
            delta = self.softmax(out) - Y[j].T
            for i in range(len(self.W) - 1, -1, -1):
                dW = delta.dot(self.acts[i].T) / len(j)
                db = delta.mean(1, keepdims=True)
                if i > 0:
                    delta = self.W[i].T.dot(delta) * (self.zs[i - 1] > 0)
                self.W[i] -= self.lr * dW
                self.b[i] -= self.lr * db
        return total / len(X)

    def evaluate(self, X, Y):
        import numpy as np

        out = self.forward(X)
        acc = np.mean(self.softmax(out).argmax(0) == Y.argmax(1)) * 100
        return acc, self.loss(out, Y)


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(8)
    truth = Truth()
    X, y = digits_np(seed=8)
    Xtr, ytr, Xte, yte = X[300:], y[300:], X[:300], y[:300]
    print("MNIST Neural Network Training")
    print("=" * 60)
    print("\n1. Loading MNIST dataset...")
    for imgs in (Xtr, Xte):
        print(f"Loading {len(imgs)} images (8x8)...")
        print(f"Loading {len(imgs)} labels...")
    print(f"Training set: {Xtr.shape[0]} images")
    print(f"Test set: {Xte.shape[0]} images")
    truth.allow(**{"Training set": Xtr.shape[0], "Test set": Xte.shape[0]})
    print("\n2. Converting labels to one-hot encoding...")
    Ytr, Yte = np.eye(10)[ytr], np.eye(10)[yte]
    print("\n3. Splitting data into train/validation sets...")
    val_split = int(0.2 * len(Xtr))
    X_val, Y_val, X_tr, Y_tr = Xtr[:val_split], Ytr[:val_split], Xtr[val_split:], Ytr[val_split:]
    print(f"Training samples: {X_tr.shape[0]}")
    print(f"Validation samples: {X_val.shape[0]}")
    truth.allow(**{"Training samples": X_tr.shape[0], "Validation samples": X_val.shape[0]})
    print("\n4. Training neural network...")
    layer_sizes, learning_rate, epochs, batch_size, activation = [64, 32, 16, 10], 0.1, 20, 64, 'relu'
    model = NeuralNetwork(layer_sizes, learning_rate, rng)
    print("Training Neural Network")
    print(f"Architecture: {' -> '.join(map(str, layer_sizes))}")
    print(f"Activation: {activation}, Learning Rate: {learning_rate}")
    print(f"Epochs: {epochs}, Batch Size: {batch_size}")
    print("=" * 60)
    for epoch in range(epochs):
        train_loss = model.train_epoch(X_tr, Y_tr, batch_size, rng)
        val_acc, val_loss = model.evaluate(X_val, Y_val)
        train_acc, _ = model.evaluate(X_tr, Y_tr)
        if (epoch + 1) % 5 == 0 or epoch == 0:
            print(f"Epoch {epoch+1:3d}/{epochs}")
            print(f"  Train Loss: {train_loss:.4f}, Train Acc: {train_acc:.2f}%")
            print(f"  Val Loss:   {val_loss:.4f}, Val Acc:   {val_acc:.2f}%")
            truth.add(at=epoch + 1, **{"train/Loss": train_loss, "train/Acc": train_acc,
                                       "val/Loss": val_loss, "val/Acc": val_acc})
    print("=" * 60)
    print("Training Complete!")
    print("\n5. Evaluating on test set...")
    test_acc, test_loss = model.evaluate(Xte, Yte)
    print(f"Test Accuracy: {test_acc:.2f}%")
    print(f"Test Loss: {test_loss:.4f}")
    truth.add(**{"test/Accuracy": test_acc, "test/Loss": test_loss})
    print("\n6. Visualizing results...")
    print("\n7. Sample predictions:")
    print("-" * 60)
    for i in range(5):
        probs = model.softmax(model.forward(Xte[i:i + 1])).ravel()
        y_pred = int(np.argmax(probs))
        print(f"Sample {i+1}: True={yte[i]}, Predicted={y_pred}, Confidence={probs[y_pred]:.4f}")
        truth.allow(Confidence=probs[y_pred])
    print("\n" + "=" * 60)
    print("Training complete! Model ready for use.")
    print("=" * 60)
    truth.write("the script's history dict and evaluate() results", libraries=("numpy",),
                params={"Activation": activation, "Learning Rate": learning_rate,
                        "Epochs": epochs, "Batch Size": batch_size},
                rel=1e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"carosip": run}, root=HELDOUT56)
