"""HELD-OUT fixture (fifty-sixth half, see generate/heldout56/README.md): do not read while
tuning the parser.

A one-hidden-layer network trained by per-sample SGD, printing as
BockSong/Reinforcement-Learning-MountainCar ``q_learning.py`` (its ``nn.train_model`` with
``Debug = True``): ``print("[Epoch ", epoch + 1, "] Step ", idx + 1, ", current_loss: ",
loss)`` every 1000th sample, then per epoch ``print("[Epoch ", epoch + 1, "] ", end='')``,
``print("train_loss: ", train_loss, end=' ')``, ``print("train_error: ", train_error)``,
``print("test_loss: ", test_loss, end=' ')``, ``print("test_error: ", test_error)`` (print's
own separators, NumPy floats unformatted), and the same two lines once more after training.
Here: the script's sigmoid hidden layer, softmax cross-entropy and random initialisation on
sklearn's digits, binarised, 1297 train and 500 test rows, 40 hidden units, learning rate 0.05,
5 epochs; ``PrintGrad`` (the script's flag dumping every gradient array) is off.

Truth: ``current_loss`` at the printed epoch; ``train_loss`` and ``train_error`` at the epoch of
their line; ``test_loss`` and ``test_error`` (their line states no epoch) with no step; the
final pair of lines again with no step.
"""

from _toy import digits_np
from _capture import HELDOUT56, Truth, main


def run() -> None:
    import numpy as np

    np.random.seed(6)
    X, y = digits_np(seed=6)
    X = (X > 0.3).astype(int)
    Xtr, ytr, Xte, yte = X[500:], y[500:], X[:500], y[:500]
    hidden, lr = 40, 0.05
    W1 = np.random.uniform(-0.1, 0.1, (64, hidden))
    b1 = np.random.uniform(-0.1, 0.1, hidden)
    W2 = np.random.uniform(-0.1, 0.1, (hidden, 10))
    b2 = np.random.uniform(-0.1, 0.1, 10)

    def forward(x):
        z = 1.0 / (1 + np.exp(-(x.dot(W1) + b1)))
        return z, z.dot(W2) + b2

    def ce(a, t):
        m = np.max(a)
        lse = m + np.log(np.sum(np.exp(a - m)))
        return -a[t] + lse, np.exp(a - m) / np.sum(np.exp(a - m))

    def evaluate(Xs, ys):
        total_loss, error = 0., 0.
        for x, t in zip(Xs, ys):
            loss, p = ce(forward(x)[1], t)
            total_loss += loss
            error += np.argmax(p) != t
        return total_loss / len(ys), error / len(ys)

    truth = Truth()
    for epoch in range(5):
        for idx in range(len(Xtr)):
            x, t = Xtr[idx], ytr[idx]
            z, a = forward(x)
            loss, p = ce(a, t)
            d2 = p - np.eye(10)[t]
            d1 = d2.dot(W2.T) * z * (1 - z)
            W2 -= lr * np.outer(z, d2)
            b2 -= lr * d2
            W1 -= lr * np.outer(x, d1)
            b1 -= lr * d1
            if idx % 1000 == 0:
                print("[Epoch ", epoch + 1, "] Step ", idx + 1, ", current_loss: ", loss)
                truth.add(at=epoch + 1, current_loss=loss)
        train_loss, train_error = evaluate(Xtr, ytr)
        test_loss, test_error = evaluate(Xte, yte)
        print("[Epoch ", epoch + 1, "] ", end='')
        print("train_loss: ", train_loss, end=' ')
        print("train_error: ", train_error)
        print("test_loss: ", test_loss, end=' ')
        print("test_error: ", test_error)
        truth.add(at=epoch + 1, train_loss=train_loss, train_error=train_error)
        truth.add(test_loss=test_loss, test_error=test_error)
    train_loss, train_error = evaluate(Xtr, ytr)
    test_loss, test_error = evaluate(Xte, yte)
    print("train_loss: ", train_loss, end=' ')
    print("train_error: ", train_error)
    print("test_loss: ", test_loss, end=' ')
    print("test_error: ", test_error)
    truth.add(train_loss=train_loss, train_error=train_error)
    truth.add(test_loss=test_loss, test_error=test_error)
    truth.write("the script's sample losses and per-epoch evaluate() results",
                libraries=("numpy",), rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"bocksong": run}, root=HELDOUT56)
