"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A NumPy MLP printing as Cbturtle2/MLP-From-Scratch ``mlp.py`` (``MultilayerPerceptron.train``)
and ``train_mnist.py``: each epoch ``f"Epoch {epoch + 1}/{epochs}, Training Loss:
{training_loss}, Validation Loss: {validation_loss}"`` with the NumPy floats unformatted (full
``repr``), then ``Test Accuracy: {accuracy:.4f}``. Here: the script's layers (ReLU, ReLU,
softmax), its ``CrossEntropy`` (a per-class mean, summed over the batch's columns and divided by
the training-set size) and plain SGD on sklearn's 8x8 digits, 15 epochs, batch 128.

Truth: ``train/Loss`` and ``val/Loss`` (``Training Loss``, ``Validation Loss``) at the printed
epoch; ``test/Accuracy`` with no step.
"""

from _toy import digits_np
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import numpy as np

    np.random.seed(4)
    X, y = digits_np(seed=4)
    Y = np.eye(10)[y]
    Xte, yte = X[:300], y[:300]
    X_train, y_train, X_val, y_val = X[540:], Y[540:], X[300:540], Y[300:540]
    sizes = [64, 32, 16, 10]
    Ws = [np.random.uniform(-np.sqrt(6 / (a + b)), np.sqrt(6 / (a + b)), (a, b))
          for a, b in zip(sizes[:-1], sizes[1:])]
    bs = [np.zeros((1, b)) for b in sizes[1:]]

    def forward(x):
        acts, h = [x], x
        for i, (W, b) in enumerate(zip(Ws, bs)):
            z = h.dot(W) + b
            if i == len(Ws) - 1:
                e = np.exp(z - z.max(1, keepdims=True))
                h = e / e.sum(1, keepdims=True)
            else:
                h = np.maximum(0, z)
            acts.append(h)
        return h, acts

    def ce(y_true, y_pred):
        return -np.mean(np.where(y_true == 0, 0, y_true * np.log(y_pred)), axis=0)

    truth = Truth()
    learning_rate, batch_size, epochs = 0.1, 128, 15
    for epoch in range(epochs):
        training_loss = 0
        idx = np.random.permutation(len(X_train))
        for s in range(0, len(idx), batch_size):
            j = idx[s:s + batch_size]
            out, acts = forward(X_train[j])
            training_loss += np.sum(ce(y_train[j], out))
            delta = (out - y_train[j]) / len(j)
            for i in range(len(Ws) - 1, -1, -1):
                dW, db = acts[i].T.dot(delta), delta.sum(0, keepdims=True)
                if i > 0:
                    delta = delta.dot(Ws[i].T) * (acts[i] > 0)
                Ws[i] -= learning_rate * dW
                bs[i] -= learning_rate * db
        training_loss /= X_train.shape[0]
        validation_loss = np.mean(ce(y_val, forward(X_val)[0]))
        print(f"Epoch {epoch + 1}/{epochs}, Training Loss: {training_loss}, Validation Loss: {validation_loss}")
        truth.add(at=epoch + 1, **{"train/Loss": training_loss, "val/Loss": validation_loss})
    accuracy = np.mean(np.argmax(forward(Xte)[0], axis=1) == yte)
    print(f"Test Accuracy: {accuracy:.4f}")
    truth.add(**{"test/Accuracy": accuracy})
    truth.write("the script's per-epoch training and validation losses and test accuracy",
                libraries=("numpy",), rel=1e-9, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cbturtle2": run}, root=HELDOUT56)
