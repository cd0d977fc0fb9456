"""HELD-OUT fixture (thirty-second half, see generate/heldout32/README.md): do not read while
tuning the parser.

A hand-written logistic regression printing as sd2beatles/georgiaTech_OMSA
``deep_learning/logistic.md`` (a TensorFlow 2 loop) does: every 300 of 3000 steps
``print("Iter: {}, Loss: {:.4f}".format(step, loss_fn(features, labels)))``. Here the same six
training points and the same model (sigmoid of ``x @ W + b``, zero start, SGD at 0.01, full
batch), written in NumPy; the note's accuracy function (its printing is cut off in the stored
file) is left out.

Truth: the script's loss after each printed step's update, ``Loss``, at the step ``Iter:``
states.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT32, Truth, main


def run() -> None:
    import numpy as np

    x_train = np.array([[1, 2], [2, 3], [3, 1], [4, 3], [5, 3], [6, 2]], dtype=np.float32)
    y_train = np.array([[0], [0], [0], [1], [1], [1]], dtype=np.float32)
    W = np.zeros((2, 1), dtype=np.float32)
    b = np.zeros(1, dtype=np.float32)

    def hypothesis(features):
        return 1 / (1 + np.exp(-(features @ W + b)))

    def loss_fn(features, labels):
        h = hypothesis(features)
        return float(-np.mean(labels * np.log(h) + (1 - labels) * np.log(1 - h)))

    truth = Truth()
    EPOCHS = 3000
    for step in range(EPOCHS + 1):
        h = hypothesis(x_train)
        W -= 0.01 * (x_train.T @ (h - y_train)) / len(x_train)
        b -= 0.01 * float(np.mean(h - y_train))
        if step % 300 == 0:
            loss = loss_fn(x_train, y_train)
            print("Iter: {}, Loss: {:.4f}".format(step, loss))
            truth.add(at=step, Loss=loss)
    truth.write("the script's full-batch loss at each printed step", libraries=("numpy",),
                rel=1e-3, abs_tol=0.00005)


if __name__ == "__main__":
    main(__file__, {"tfiter": run}, root=HELDOUT32)
