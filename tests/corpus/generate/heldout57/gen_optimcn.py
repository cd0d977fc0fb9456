"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A NumPy three-layer network trained with mini-batch gradient descent, momentum and Adam,
printing as SnowWhiteZ/deep-learning-homework ``DLCourse2-week2/main.py``: every 1000th pass
``"第" + str(i) + "次遍历整个数据集，当前误差值：" + str(cost)`` (the i-th pass over the data set,
the current error, after a full-width colon, unformatted), and the course helper
``opt_utils.predict``'s ``"Accuracy: " + str(...)`` after each model. Here: sklearn's two
moons (300 points), layers [2, 5, 2, 1], 5000 passes for each of the three optimizers.

Truth: ``当前误差值`` (the last mini-batch's cost) at the printed pass ``i``, and ``Accuracy`` (the
training accuracy, once per optimizer).
"""

from _toy import *  # noqa: F401,F403  (sets the import path)
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import math

    import numpy as np
    from sklearn.datasets import make_moons

    X, Y = make_moons(n_samples=300, noise=.2, random_state=3)
    X, Y = X.T, Y.reshape((1, -1))
    truth = Truth()

    def init(dims):
        np.random.seed(3)
        p = {}
        for l in range(1, len(dims)):
            p["W" + str(l)] = np.random.randn(dims[l], dims[l - 1]) * np.sqrt(2 / dims[l - 1])
            p["b" + str(l)] = np.zeros((dims[l], 1))
        return p

    def forward(X, p):
        z1 = p["W1"] @ X + p["b1"]; a1 = np.maximum(0, z1)
        z2 = p["W2"] @ a1 + p["b2"]; a2 = np.maximum(0, z2)
        z3 = p["W3"] @ a2 + p["b3"]; a3 = 1 / (1 + np.exp(-z3))
        return a3, (z1, a1, z2, a2, z3, a3)

    def cost_of(a3, Y):
        logprobs = np.multiply(-np.log(a3), Y) + np.multiply(-np.log(1 - a3), 1 - Y)
        return 1. / a3.shape[1] * np.sum(logprobs)

    def backward(X, Y, p, cache):
        m = X.shape[1]
        z1, a1, z2, a2, z3, a3 = cache
        dz3 = 1. / m * (a3 - Y)
        g = {"dW3": dz3 @ a2.T, "db3": dz3.sum(1, keepdims=True)}
        da2 = p["W3"].T @ dz3; dz2 = da2 * (a2 > 0)
        g["dW2"], g["db2"] = dz2 @ a1.T, dz2.sum(1, keepdims=True)
        da1 = p["W2"].T @ dz2; dz1 = da1 * (a1 > 0)
        g["dW1"], g["db1"] = dz1 @ X.T, dz1.sum(1, keepdims=True)
        return g

    def minibatches(X, Y, size, seed):
        np.random.seed(seed)
        m = X.shape[1]
        perm = list(np.random.permutation(m))
        sx, sy = X[:, perm], Y[:, perm].reshape((1, m))
        out = [(sx[:, k * size:(k + 1) * size], sy[:, k * size:(k + 1) * size])
               for k in range(math.floor(m / size))]
        if m % size:
            out.append((sx[:, size * (m // size):], sy[:, size * (m // size):]))
        return out

    def model(optimizer, learning_rate=0.0007, beta=0.9, beta1=0.9, beta2=0.999, eps=1e-8,
              num_epochs=5000):
        p = init([2, 5, 2, 1])
        v = {k: np.zeros_like(p[k[1:]]) for k in ["dW1", "db1", "dW2", "db2", "dW3", "db3"]}
        s = {k: np.zeros_like(x) for k, x in v.items()}
        t, seed = 0, 10
        for i in range(num_epochs):
            seed += 1
            for mx, my in minibatches(X, Y, 64, seed):
                a3, cache = forward(mx, p)
                cost = cost_of(a3, my)
                g = backward(mx, my, p, cache)
                for l in range(1, 4):
                    for n in ("W", "b"):
                        key, d = n + str(l), "d" + n + str(l)
                        if optimizer == 'gd':
                            p[key] = p[key] - learning_rate * g[d]
                        elif optimizer == 'momentum':
                            v[d] = beta * v[d] + (1 - beta) * g[d]
                            p[key] = p[key] - learning_rate * v[d]
                        else:
                            if key == "W1":
                                t += 1
                            v[d] = beta1 * v[d] + (1 - beta1) * g[d]
                            s[d] = beta2 * s[d] + (1 - beta2) * np.square(g[d])
                            vc = v[d] / (1 - np.power(beta1, t))
                            sc = s[d] / (1 - np.power(beta2, t))
                            p[key] = p[key] - learning_rate * vc / np.sqrt(sc + eps)
            if i % 1000 == 0:
                print("第" + str(i) + "次遍历整个数据集，当前误差值：" + str(cost))
                truth.add(at=i, **{"当前误差值": cost})
        return p

    for opt in ("gd", "momentum", "adam"):
        p = model(opt)
        a3, _ = forward(X, p)
        acc = np.mean(((a3 > 0.5).astype(int)[0, :] == Y[0, :]))
        print("Accuracy: " + str(acc))
        truth.add(Accuracy=acc)
    truth.write("the script's last mini-batch cost every 1000 passes, and the helper's accuracy",
                libraries=("numpy",), rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"optimcn": run}, root=HELDOUT57)
