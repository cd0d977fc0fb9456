"""HELD-OUT fixture (fifty-third half, see generate/heldout53/README.md): do not read while
tuning the parser.

A NumPy network trained and printed as pavomod/Neural-network-from-scratch
``neural_network/neural_network.py`` (``NeuralNetwork.train`` and ``test``): every
``print_every`` epochs ``( Epoch 0 ) training loss: <float>\\t validation loss: <float>`` (both
unformatted), and after training ``-------------------- TEST --------------------`` (after two
empty lines), ``Loss:\\t<float>`` and ``Accuracy:\\t<round(acc, 3) * 100>%`` (so values such as
``95.19999999999999%``). Here: sklearn's breast-cancer data (standardised; 120 test rows, 20%
of the rest for validation), a 30-8-1 tanh/sigmoid network, MSE, mini-batches of 32, SGD with
learning rate 0.05, momentum 0.9 and L2 1e-4, 200 epochs printed every 10th; the early stopping
(patience 200) does not fire; the loss-curve plot is left out.

Truth: ``training loss`` and ``validation loss`` at the printed epoch (0-based), ``test/Loss``
and ``test/Accuracy`` (the ``TEST`` banner names the phase) without a step.
"""

import _toy  # noqa: F401  (puts generate/ on sys.path)
from _toy import cancer_np
from _capture import HELDOUT53, Truth, main


def run() -> None:
    import numpy as np

    Xall, yall, X_test, y_test = cancer_np(seed=19)
    n_val = int(0.2 * len(Xall))
    val_input, val_target = Xall[:n_val], yall[:n_val].reshape(-1, 1)
    input_data, target = Xall[n_val:], yall[n_val:].reshape(-1, 1)
    y_test = y_test.reshape(-1, 1)
    np.random.seed(19)
    weights = [np.random.uniform(-0.3, 0.3, (30, 8)), np.random.uniform(-0.3, 0.3, (8, 1))]
    bias = [np.zeros((1, 8)), np.zeros((1, 1))]
    vel_w = [np.zeros_like(w) for w in weights]
    vel_b = [np.zeros_like(b) for b in bias]
    epochs, batch_size, print_every = 200, 32, 10
    lr, momentum, lam = 0.05, 0.9, 1e-4
    patience, min_delta = 200, 1e-4
    truth = Truth()

    def forward(x):
        z1 = x @ weights[0] + bias[0]
        a1 = np.tanh(z1)
        z2 = a1 @ weights[1] + bias[1]
        return [x, a1], [z1, z2], 1 / (1 + np.exp(-z2))

    def loss_fn(y_true, y_pred):
        return np.mean((y_true - y_pred) ** 2)

    def accuracy(y_true, y_pred):
        y_pred = np.where(y_pred > 0.5, 1, 0)
        return round(np.sum(y_true == y_pred) / len(y_true), 3) * 100

    best, wait = np.inf, 0
    n_samples = input_data.shape[0]
    n_batches = int(np.ceil(n_samples / batch_size))
    for epoch in range(epochs):
        perm = np.random.permutation(n_samples)
        xs, ys = input_data[perm], target[perm]
        for b in range(n_batches):
            xb, yb = xs[b * batch_size:(b + 1) * batch_size], ys[b * batch_size:(b + 1) * batch_size]
            acts, zs, out = forward(xb)
            d2 = 2 * (out - yb) / len(yb) * out * (1 - out)
            d1 = (d2 @ weights[1].T) * (1 - acts[1] ** 2)
            grads_w = [acts[0].T @ d1, acts[1].T @ d2]
            grads_b = [d1.sum(0, keepdims=True), d2.sum(0, keepdims=True)]
            for i in range(2):
                vel_w[i] = momentum * vel_w[i] + lr * (grads_w[i] + lam * weights[i])
                vel_b[i] = momentum * vel_b[i] + lr * grads_b[i]
                weights[i] -= vel_w[i]
                bias[i] -= vel_b[i]
        loss = loss_fn(target, forward(input_data)[2])
        performance_loss = loss_fn(val_target, forward(val_input)[2])
        if epoch % print_every == 0:
            print(f"( Epoch {epoch} ) training loss: {loss}\t validation loss: {performance_loss}")
            truth.add(at=epoch, **{"training loss": loss, "validation loss": performance_loss})
        if performance_loss < best - min_delta:
            best, wait = performance_loss, 0
        else:
            wait += 1
            if wait >= patience:
                break

    output = forward(X_test)[2]
    loss_test, accuracy_test = loss_fn(y_test, output), accuracy(y_test, output)
    print("\n\n-------------------- TEST --------------------")
    print(f"Loss:\t{loss_test}")
    print(f"Accuracy:\t{accuracy_test}%")
    truth.add(**{"test/Loss": loss_test, "test/Accuracy": accuracy_test})
    truth.write("the network's losses and test accuracy", rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"pavonet": run}, root=HELDOUT53)
