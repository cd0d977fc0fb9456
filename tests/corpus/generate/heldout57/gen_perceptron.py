"""HELD-OUT fixture (fifty-seventh half, see generate/heldout57/README.md): do not read while
tuning the parser.

A NumPy step-function perceptron printing as poplop03/ANN ``prac/simple_perceptron.py``: for
every sample ``print("epoch:", current_epoch, "sample:", i, "weights:", w.getT(), "error:", E)``
(print's own spacing, the weights as a NumPy matrix row, the running sum of half squared errors
of the epoch), then ``train complete`` and the weight column once an epoch has no error, then
the list of every printed error. Here: six 2-D points (with the script's ``-1`` bias input),
the script's start weights and unit learning rate.

Truth: ``error`` on each printed line, at the printed ``epoch`` (0-based). The sample index,
the weights and the closing list are not metrics.
"""

from _toy import *  # noqa: F401,F403  (sets the import path)
from _capture import HELDOUT57, Truth, main


def run() -> None:
    import numpy as np

    w = np.matrix('5; 1; 12')
    n = 1
    E = 0
    epoch = 1000
    epoch_E = []
    current_epoch = 0
    i = 0
    d = [0, 0, 1, 0, 1, 0]
    x = np.matrix([[-1, -1, 1], [-1, -1, -1], [-1, -1, 4], [-1, 3, -1], [-1, 2, 4], [-1, 0, 2]])

    def step(value):
        return 1 if value > 0 else 0

    truth = Truth()
    while current_epoch < epoch:
        while i < len(x):
            net = x[i] * w
            y = step(net)
            w = w + n * (d[i] - y) * x[i].getT()
            E = E + 0.5 * (d[i] - y) ** 2
            print("epoch:", current_epoch, "sample:", i, "weights:", w.getT(), "error:", E)
            truth.add(at=current_epoch, error=E)
            epoch_E.append(E)
            i += 1
        if E == 0:
            print("train complete")
            print(w)
            break
        i = 0
        E = 0
        current_epoch += 1
    print(epoch_E)
    truth.write("the script's running error sum E", libraries=("numpy",), rel=1e-9, abs_tol=0.0)


if __name__ == "__main__":
    main(__file__, {"perceptron": run}, root=HELDOUT57)
