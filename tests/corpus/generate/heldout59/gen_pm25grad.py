"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

PM2.5 forecasting by linear regression with Adagrad and an L2 term, printing as
Winedays/ML2018FALL ``hw1/train.py`` (NTU ML 2018 homework 1): the length of each of the 16 kept
pollutant rows, ``len(x)`` and ``len(y)`` before and after dropping bad windows, ``training : ``,
every iteration ``"iteration: %d | loss_w: %f | RMSELoss: %f " % (epoch, scalars_loss_w,
abs(RMSELoss(x,y,w,b)))`` (``loss_w`` the mean absolute weight gradient, a trailing space),
``print(w)`` and ``print(b)``, ``validation testing : ``, one ``"validation: %d | loss: %f "``
line per held-out window (the signed error) and ``"validation avg loss = %f "``. The model files
are not saved. Here: a synthetic year of hourly readings (18 pollutants, 12 months of 20 days;
PM2.5 following PM10 and the wind), the file's 9-hour windows, lr 0.1, lambda 1, 15 iterations
(the file runs 50000) and 10 validation windows (the file keeps 219).

Truth: ``loss_w`` and ``RMSELoss`` at the printed iteration; ``val/loss`` (``validation: i |
loss``) at the printed window number i; ``val/avg loss`` without a step. The row and window
counts and the printed weights are neither.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import random

    import numpy as np

    rng = np.random.default_rng(2018)
    truth = Truth()
    hours = 12 * 20 * 24
    raw = np.abs(rng.normal(20, 8, size=(18, hours)))
    raw[8] = np.abs(np.convolve(rng.normal(40, 15, hours), np.ones(5) / 5, mode="same"))  # PM10
    raw[9] = np.clip(0.55 * raw[8] + rng.normal(0, 4, hours) - 0.3 * raw[14], 0, None)   # PM2.5
    raw[10] = np.where(rng.random(hours) < 0.06, rng.random(hours) * 5, 0.0)  # RAINFALL: mostly "NR"

    def predict(X, w, b):
        return np.dot(X, w) + b

    def RMSELoss(X, Y, w, b):
        return np.sqrt(np.mean((Y - predict(X, w, b)) ** 2))

    data = [list(raw[i]) for i in range(18) if i not in (15, 16)]
    for i in range(len(data)):
        print(len(data[i]))

    x, y = [], []
    for i in range(12):
        for j in range(471):
            x.append([])
            for t in range(16):
                for s in range(9):
                    x[471 * i + j].append(data[t][480 * i + j + s])
            y.append(data[9][480 * i + j + 9])
    print(len(x))
    print(len(y))

    z = list(zip(x, y))
    random.Random(4).shuffle(z)
    x, y = zip(*z)
    val_size = 10
    val_x, val_y = x[len(x) - val_size:], y[len(y) - val_size:]
    x, y = list(x[:len(x) - val_size]), list(y[:len(y) - val_size])

    delete_index = []
    for i in range(len(x)):
        if y[i] <= 0. or y[i] > 150:
            delete_index.append(i)
            continue
        for j in range(len(x[i])):
            if 81 <= j <= 89 and x[i][j] > 150:
                delete_index.append(i)
                break
    delete_index = np.array(delete_index, dtype=int)
    for index in delete_index:
        x.pop(index)
        y.pop(index)
        delete_index -= 1
    x, y = np.array(x), np.array(y)
    print(len(x))
    print(len(y))

    w = np.zeros(len(x[0]))
    b = 1
    learn_rate, lamb, batch_size = 0.1, 1, x.shape[0]
    lr_w = lr_b = 0
    iteration = 15
    print("training : ")
    for epoch in range(iteration):
        grad_b = -np.sum(y - predict(x, w, b)) / batch_size
        grad_W = -np.dot(x.T, (y - predict(x, w, b))) / batch_size + (lamb * w)
        lr_b += grad_b ** 2
        lr_w += grad_W ** 2
        b = b - learn_rate / np.sqrt(lr_b) * grad_b
        w = w - learn_rate / np.sqrt(lr_w) * grad_W
        scalars_loss_w = np.sum(abs(grad_W)) / len(grad_W)
        rmse = abs(RMSELoss(x, y, w, b))
        print("iteration: %d | loss_w: %f | RMSELoss: %f " % (epoch, scalars_loss_w, rmse))
        truth.add(at=epoch, loss_w=scalars_loss_w, RMSELoss=rmse)
    print(w)
    print(b)

    print("validation testing : ")
    val_loss = []
    for i in range(len(val_x)):
        a = b + np.dot(w, val_x[i])
        loss = val_y[i] - a
        val_loss.append(abs(loss))
        print("validation: %d | loss: %f " % (i, loss))
        truth.add(at=i, **{"val/loss": loss})
    print("validation avg loss = %f " % (sum(val_loss) / len(val_y)))
    truth.add(**{"val/avg loss": sum(val_loss) / len(val_y)})
    truth.write("the script's gradient mean, RMSELoss() and validation errors, as printed",
                libraries=("numpy",), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"pm25grad": run}, root=HELDOUT59)
