"""HELD-OUT fixture (sixtieth half, see generate/heldout60/README.md): do not read while tuning
the parser.

Gradient descent for a line, printing as arjunan-k/ML_Projects ``Gradient_Descent/README.md``
(the script given there in full): ``x: [1 2 ...]``, ``y: [...]`` and the sentence naming the
parameters to find, then every epoch ``f"{epoch} loss is {loss}, parameters w: {w}, b: {b}"``
(NumPy floats at full precision), then ``print(j, round(i, 3))`` for each target and prediction,
and the two ``Original ... Gradient Descent ...`` lines. Here: the same data and learning rate,
40 epochs instead of 2000.

Truth: ``loss`` at the printed epoch; ``w`` and ``b`` (the fitted parameters) are optional.
"""

import _toy  # noqa: F401  (puts generate/ on the path)
from _capture import HELDOUT60, Truth, main


def run() -> None:
    import numpy as np

    x = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9])
    b = 5
    y = 100 * x + b
    print(f"x: {x}\n"
          f"y: {y}\n"
          f"Parameters we are trying to predict is, w = 100 and b = 5")
    w = 0.0
    b = 0.0
    learning_rate = 0.01

    def gradient_descent(x, y, w, b, learning_rate):
        dldw = 0.0
        dldb = 0.0
        N = x.shape[0]
        for xi, yi in zip(x, y):
            dldw += -2 * xi * (yi - (w * xi + b)) * (1 / N)
            dldb += -2 * (yi - (w * xi + b)) * (1 / N)
        w = w - learning_rate * dldw
        b = b - learning_rate * dldb
        return w, b

    truth = Truth()
    for epoch in range(40):
        w, b = gradient_descent(x, y, w, b, learning_rate)
        yhat = w * x + b
        loss = np.divide(np.sum((y - yhat) ** 2, axis=0), x.shape[0])
        print(f"{epoch} loss is {loss}, parameters w: {w}, b: {b}")
        truth.add(at=epoch, loss=loss)
        truth.allow(w=w, b=b)
    for i, j in zip(yhat, y):
        print(j, round(i, 3))
    print(f"Original w: 100 and Gradient Descent w: {round(w, 3)}\n"
          f"Original b: 5   and Gradient Descent b: {round(b, 3)}")
    truth.write("the script's loss", libraries=("numpy",), rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"arjungd": run}, root=HELDOUT60)
