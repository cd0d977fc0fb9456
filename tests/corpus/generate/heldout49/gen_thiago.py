"""HELD-OUT fixture (forty-ninth half, see generate/heldout49/README.md): do not read while
tuning the parser.

A NumPy MLP trained from scratch, printing as ThiagoGSL/Trainee_CIS_IEEE
``4_Redes_Neurais/notebooks/DNN/training/trainer.py`` (``Trainer.train``): every 50th epoch
``f'Epoch {epoch+1}/{epochs}, Loss: {loss:.6f}'``. Here: a 64-32-10 ReLU/softmax network on
sklearn's digits, full-batch gradient descent, 1000 epochs.

Truth: ``Loss`` (the full-batch cross-entropy of that epoch's forward pass) at the printed epoch.
"""

from _toy import digits
from _capture import HELDOUT49, Truth, main


def run() -> None:
    import numpy as np

    Xtr, ytr, _, _, _, _ = digits(seed=3)
    X, y = Xtr.numpy().astype(np.float64), ytr.numpy()
    Y = np.eye(10)[y]
    rng = np.random.default_rng(3)
    W1, b1 = rng.normal(0, 0.1, (64, 32)), np.zeros(32)
    W2, b2 = rng.normal(0, 0.1, (32, 10)), np.zeros(10)
    truth = Truth()
    epochs, lr = 1000, 0.05
    for epoch in range(epochs):
        h = np.maximum(X @ W1 + b1, 0)
        z = h @ W2 + b2
        p = np.exp(z - z.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        loss = -np.mean(np.sum(Y * np.log(p + 1e-12), 1))
        dz = (p - Y) / len(X)
        dW2, db2 = h.T @ dz, dz.sum(0)
        dh = dz @ W2.T * (h > 0)
        dW1, db1 = X.T @ dh, dh.sum(0)
        W1 -= lr * dW1; b1 -= lr * db1; W2 -= lr * dW2; b2 -= lr * db2
        if epoch % 50 == 0:
            print(f'Epoch {epoch+1}/{epochs}, Loss: {loss:.6f}')
            truth.add(at=epoch + 1, Loss=loss)
    truth.write("the script's full-batch cross-entropy", libraries=("numpy",), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"thiago": run}, root=HELDOUT49)
