"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A pure-Python gradient-descent linear regression printing as Le-Code/nlp-tutorial
``21312312sddf.py`` does (there in Python 2): every 10000 iterations
``print "Iteration %d loss: %f"%(i, loss/m)`` and then ``print weights``, the weight list as
Python prints it. Here in Python 3 (``print(...)`` of the same strings), 30 samples, 3 features
(one a constant), learning rate 0.004, 4000 iterations, printed every 200.

Truth: the script's ``loss/m`` (half the mean squared error), ``loss``, at the printed iteration.
The weight list has no label and is left out of the truth (a bare list of parameters).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import random

    random.seed(36)
    m, n = 30, 3
    true_w = [1.5, -2.0, 0.7]
    inp = [[1.0, random.uniform(-2, 2), random.uniform(-2, 2)] for _ in range(m)]
    label = [sum(a * b for a, b in zip(x, true_w)) + random.gauss(0, 0.3) for x in inp]

    def dot(a, b):
        return sum(x * y for x, y in zip(a, b))

    truth = Truth()
    weights = [0] * n
    alpha = 0.004
    max_Iter = 4000
    for i in range(max_Iter):
        loss = 0
        d_weights = [0] * n
        for k in range(m):
            h = dot(inp[k], weights)
            d_weights = [d_weights[j] + (label[k] - h) * inp[k][j] for j in range(n)]
            loss += (label[k] - h) * (label[k] - h) / 2
        d_weights = [d_weights[k] / m for k in range(n)]
        weights = [weights[k] + alpha * d_weights[k] for k in range(n)]
        if i % 200 == 0:
            print("Iteration %d loss: %f" % (i, loss / m))
            print(weights)
            truth.add(at=i, loss=loss / m)
    truth.write("the script's loss/m of each printed iteration", rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"lecode": run}, root=HELDOUT36)
