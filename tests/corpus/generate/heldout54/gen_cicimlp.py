"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

A NumPy two-layer network printing as HeyThisIsCici/NeuralNetwork-HW ``train.py``: after each
epoch ``f"Epoch {epoch+1}/{num_epochs} - Train Loss: {train_loss:.4f}, Train Acc:
{train_acc:.4f}, Test Loss: {test_loss:.4f}, Test Acc: {test_acc:.4f}"``, where the train loss and
accuracy are those of the epoch's last mini-batch (as in the original) and the loss carries an L2
term. Here: sklearn's digits, ReLU hidden layer, softmax output, SGD, 10 epochs.

Truth: ``Train Loss``, ``Train Acc``, ``Test Loss``, ``Test Acc`` at the printed epoch (the labels
carry their phase).
"""

from _toy import digits
from _capture import HELDOUT54, Truth, main


def run() -> None:
    import numpy as np

    Xtr, ytr, _, _, Xte, yte = digits(seed=3)
    Xtr, Xte = Xtr.numpy().astype(np.float64), Xte.numpy().astype(np.float64)
    Ytr, Yte = np.eye(10)[ytr.numpy()], np.eye(10)[yte.numpy()]
    rng = np.random.default_rng(3)
    W1, b1 = rng.normal(0, 0.1, (64, 48)), np.zeros(48)
    W2, b2 = rng.normal(0, 0.1, (48, 10)), np.zeros(10)
    reg_lambda, learning_rate, batch_size, num_epochs = 1e-3, 0.05, 64, 10

    def relu(z):
        return np.maximum(z, 0)

    def forward(X):
        z = relu(X @ W1 + b1) @ W2 + b2
        e = np.exp(z - z.max(1, keepdims=True))
        return e / e.sum(1, keepdims=True)

    def cross_entropy_loss(p, Y, lam):
        return -np.mean(np.sum(Y * np.log(p + 1e-12), 1)) + 0.5 * lam * (
            np.sum(W1 ** 2) + np.sum(W2 ** 2))

    truth = Truth()
    for epoch in range(num_epochs):
        idx = rng.permutation(len(Xtr))
        Xs, Ys = Xtr[idx], Ytr[idx]
        for i in range(0, len(Xs), batch_size):
            Xb, Yb = Xs[i:i + batch_size], Ys[i:i + batch_size]
            h = relu(Xb @ W1 + b1)
            p = forward(Xb)
            train_loss = cross_entropy_loss(p, Yb, reg_lambda)
            train_acc = np.mean(np.argmax(p, 1) == np.argmax(Yb, 1))
            d2 = (p - Yb) / len(Xb)
            dW2, db2 = h.T @ d2 + reg_lambda * W2, d2.sum(0)
            d1 = (d2 @ W2.T) * (h > 0)
            dW1, db1 = Xb.T @ d1 + reg_lambda * W1, d1.sum(0)
            W1 -= learning_rate * dW1
            b1 -= learning_rate * db1
            W2 -= learning_rate * dW2
            b2 -= learning_rate * db2
        pt = forward(Xte)
        test_loss = cross_entropy_loss(pt, Yte, reg_lambda)
        test_acc = np.mean(np.argmax(pt, 1) == np.argmax(Yte, 1))
        print(f"Epoch {epoch+1}/{num_epochs} - Train Loss: {train_loss:.4f}, Train Acc: "
              f"{train_acc:.4f}, Test Loss: {test_loss:.4f}, Test Acc: {test_acc:.4f}")
        truth.add(at=epoch + 1, **{"Train Loss": train_loss, "Train Acc": train_acc,
                                   "Test Loss": test_loss, "Test Acc": test_acc})
    truth.write("the script's own loss and accuracy variables", libraries=("numpy",),
                rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"cicimlp": run}, root=HELDOUT54)
