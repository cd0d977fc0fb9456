"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A NumPy two-layer network trained sample by sample over a small hyper-parameter grid, printing
as 0oTedo0/Deep-learning-homework-1 ``Training.py``: ``print("Current hyper-parameters: alpha=
",alpha,", hidden= ", hidden," Lambda= ",Lambda,sep='')`` (the script's odd spacing), then per
epoch ``Epoch 0:`` followed on the same line by ``Train Loss: <sum>\\tTrain Acc: <mean>`` and a
second line ``Test Loss: <sum>\\tTest Acc: <mean>`` (unformatted NumPy floats; the losses are
sums over samples). Here: sklearn's digits (600 train, 200 test rows), softmax output with L2
regularisation, a decaying learning rate (0.98 per epoch), 2 of the grid's settings, 5 epochs.

Truth: ``train/Loss``, ``train/Acc`` at the printed epoch; ``test/Loss``, ``test/Acc`` (their
line states no epoch). ``params``: the first setting's ``alpha``, ``hidden``, ``Lambda``.
"""

from _toy import *  # noqa: F401,F403  (sets the import path)
from _capture import HELDOUT57, Truth, main


def run() -> None:
    from random import Random

    import numpy as np
    from sklearn.datasets import load_digits

    np.random.seed(123)
    X, y = load_digits(return_X_y=True)
    X = X / 16.0
    Y = np.eye(10)[y]
    train = [(X[i], Y[i]) for i in range(600)]
    test = [(X[i], Y[i]) for i in range(600, 800)]
    rng = Random(123)
    truth = Truth()

    class Model:
        def __init__(self, n_in, hidden, n_out, Lambda):
            self.w1 = np.random.randn(n_in, hidden) * 0.1
            self.b1 = np.zeros(hidden)
            self.w2 = np.random.randn(hidden, n_out) * 0.1
            self.b2 = np.zeros(n_out)
            self.Lambda = Lambda

        def forward(self, x):
            self.x = x
            self.h = np.maximum(0, x @ self.w1 + self.b1)
            z = self.h @ self.w2 + self.b2
            e = np.exp(z - z.max())
            return e / e.sum()

        def compute_loss(self, y, y_hat):
            return (-np.sum(y * np.log(y_hat + 1e-12))
                    + self.Lambda / 2 * (np.sum(self.w1 ** 2) + np.sum(self.w2 ** 2)))

        def BP(self, y, y_hat, lr):
            dz = y_hat - y
            dw2 = np.outer(self.h, dz) + self.Lambda * self.w2
            dh = (self.w2 @ dz) * (self.h > 0)
            dw1 = np.outer(self.x, dh) + self.Lambda * self.w1
            self.w2 -= lr * dw2; self.b2 -= lr * dz
            self.w1 -= lr * dw1; self.b1 -= lr * dh

    grid = [(0.01, 50, 1e-3), (0.02, 30, 1e-4)]
    decay, epoch = 0.98, 5
    for alpha, hidden, Lambda in grid:
        print("Current hyper-parameters: alpha= ", alpha, ", hidden= ", hidden, " Lambda= ", Lambda,
              sep='', end='\n')
        model = Model(64, hidden, 10, Lambda)
        for i in range(epoch):
            print("Epoch ", i, ":", sep='', end=' ')
            curr_alpha = alpha * np.power(decay, i)
            train_loss, train_acc = 0, []
            rng.shuffle(train)
            for x, yy in train:
                y_hat = model.forward(x)
                train_loss += model.compute_loss(yy, y_hat)
                train_acc.append(yy[y_hat.argmax()])
                model.BP(yy, y_hat, curr_alpha)
            print("Train Loss: ", train_loss, sep='', end='\t')
            print("Train Acc: ", np.mean(train_acc), sep='', end='\n')
            truth.add(at=i, **{"train/Loss": train_loss, "train/Acc": np.mean(train_acc)})
            test_loss, test_acc = 0, []
            for x, yy in test:
                y_hat = model.forward(x)
                test_loss += model.compute_loss(yy, y_hat)
                test_acc.append(yy[y_hat.argmax()])
            print("Test Loss: ", test_loss, sep='', end='\t')
            print("Test Acc: ", np.mean(test_acc), sep='', end='\n')
            truth.add(**{"test/Loss": test_loss, "test/Acc": np.mean(test_acc)})
    truth.write("the script's per-epoch loss sums and mean accuracies", libraries=("numpy",),
                params={"alpha": grid[0][0], "hidden": grid[0][1], "Lambda": grid[0][2]},
                rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"gridmlp": run}, root=HELDOUT57)
