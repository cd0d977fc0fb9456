"""HELD-OUT fixture (fifty-ninth half, see generate/heldout59/README.md): do not read while
tuning the parser.

PM2.5 forecasting by linear regression on [x, x] features with a hand-written Adam, printing as
R07941023/NTU-Deep-learning-2019FALL ``hw1/train.py`` (its ``linear.TA_adam``): the loaders'
blank line, ``print('train_x, train_y, vali_x, vali_y, testing_x = ', <five shapes>)``, then
every ``show_result`` (5) passes ``print('count = ', count, ' - loss (training, validation) = ',
train_loss, vali_loss)`` (print's own separators; two unlabelled NumPy floats after one label
naming both: the mean squared errors on the training and the held-out rows). The plots and
what follows them in the file (not read past the training loop) are left out. Here: two
synthetic years of 15 kept pollutant series (PM2.5 first), the file's validity filter, 9-hour
windows, a 5% validation cut (seed 700), batches of 64, lr 1e-4, 60 passes (the file's 30000).

Truth: ``train/loss`` and ``val/loss`` (the two numbers after ``loss (training, validation)``)
at the printed ``count``; the shapes are neither.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT59, Truth, main


def run() -> None:
    import math

    import numpy as np

    rng = np.random.default_rng(2019)
    truth = Truth()

    def year(hours):
        base = np.abs(rng.normal(30, 10, (15, hours)))
        base[1] = np.abs(np.convolve(rng.normal(45, 18, hours), np.ones(4) / 4, mode="same"))
        base[0] = np.clip(0.5 * base[1] + rng.normal(0, 5, hours), 1, 99)
        return base

    def TA_PM25_training(data):
        def TA_valid(x, y):
            if y <= 0 or y > 100:
                return False
            for i in range(x.shape[1]):
                if x[0, i] <= 0 or x[0, i] > 100:
                    return False
                for j in range(x.shape[0]):
                    if x[j, i] <= 0 or x[j, i] > 100:
                        return False
            return True
        x, y = [], []
        for i in range(data.shape[1] - 9):
            x_tmp, y_tmp = data[:, i:i + 9], data[0, i + 9]
            if TA_valid(x_tmp, y_tmp):
                x.append(x_tmp.reshape(-1, ))
                y.append(y_tmp)
        return np.array(x), np.array(y).reshape(len(y), 1)

    def cross_validation(x, y, validation_n, seed):
        np.random.seed(seed)
        times = int(len(y) * validation_n / 100)
        mask = np.random.choice(len(x), len(x), replace=False)[:times]
        train_x = np.delete(x.copy(), mask, axis=0)
        train_y = np.delete(y.copy(), mask, axis=0)
        return train_x, train_y, x[mask], y[mask].reshape(-1, 1)

    x1, y1 = TA_PM25_training(year(24 * 40))
    x2, y2 = TA_PM25_training(year(24 * 40))
    x, y = np.concatenate((x1, x2)), np.concatenate((y1, y2))
    train_x, train_y, vali_x, vali_y = cross_validation(x, y, 5, 700)
    test_x = np.abs(rng.normal(30, 10, (50, 135)))
    print('')
    print('train_x, train_y, vali_x, vali_y, testing_x = ', train_x.shape, train_y.shape,
          vali_x.shape, vali_y.shape, test_x.shape)

    train_x = np.concatenate((train_x, np.power(train_x, 1)), axis=1)
    vali_x = np.concatenate((vali_x, np.power(vali_x, 1)), axis=1)
    index = np.arange(train_x.shape[0])
    np.random.shuffle(index)
    xs, ys = train_x[index], train_y[index]
    lr, batch_size, lam, epsilon = 1e-4, 64, 0.001, 1e-8
    show_result, last = 5, 60
    beta_1 = np.full(xs[0].shape, 0.9).reshape(-1, 1)
    beta_2 = np.full(xs[0].shape, 0.99).reshape(-1, 1)
    w = np.full(xs[0].shape, 0.1).reshape(-1, 1)
    bias = 0.1
    m_t = np.full(xs[0].shape, 0).reshape(-1, 1).astype(float)
    v_t = np.full(xs[0].shape, 0).reshape(-1, 1).astype(float)
    m_t_b = v_t_b = 0.0
    t = 0
    count = 1
    while count < last + 1:
        for b in range(int(xs.shape[0] / batch_size)):
            t += 1
            x_batch = xs[b * batch_size:(b + 1) * batch_size]
            y_batch = ys[b * batch_size:(b + 1) * batch_size].reshape(-1, 1)
            loss = y_batch - np.dot(x_batch, w) - bias
            g_t = np.dot(x_batch.transpose(), loss) * (-2) + 2 * lam * np.sum(w)
            g_t_b = loss.sum(axis=0) * 2
            m_t = beta_1 * m_t + (1 - beta_1) * g_t
            v_t = beta_2 * v_t + (1 - beta_2) * np.multiply(g_t, g_t)
            m_cap = m_t / (1 - (beta_1 ** t))
            v_cap = v_t / (1 - (beta_2 ** t))
            m_t_b = 0.9 * m_t_b + (1 - 0.9) * g_t_b
            v_t_b = 0.99 * v_t_b + (1 - 0.99) * (g_t_b * g_t_b)
            m_cap_b = m_t_b / (1 - (0.9 ** t))
            v_cap_b = v_t_b / (1 - (0.99 ** t))
            w -= ((lr * m_cap) / (np.sqrt(v_cap) + epsilon)).reshape(-1, 1)
            bias -= (lr * m_cap_b) / (math.sqrt(v_cap_b[0]) + epsilon)
        train_loss = np.power((np.dot(train_x, w) + bias) - train_y, 2)
        train_loss = train_loss.sum() / train_loss.shape[0]
        vali_loss = np.power((np.dot(vali_x, w) + bias) - vali_y, 2)
        vali_loss = vali_loss.sum() / vali_loss.shape[0]
        if count % show_result == 0:
            print('count = ', count, ' - loss (training, validation) = ', train_loss, vali_loss)
            truth.add(at=count, **{"train/loss": train_loss, "val/loss": vali_loss})
        count += 1
    truth.write("TA_adam's mean squared errors on the training and validation rows",
                libraries=("numpy",), rel=1e-9, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"pm25adam": run}, root=HELDOUT59)
