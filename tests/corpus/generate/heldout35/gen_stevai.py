"""HELD-OUT fixture (thirty-fifth half, see generate/heldout35/README.md): do not read while
tuning the parser.

Prints as li-xiao-guang/stevai
``02-deep-learning/02-01-artificial-neural-network/02-01-02-gradient-descent/02-01-02-01-epoch.py``:
each epoch ``print("Mean Squared Error: ", f'{error: .4f}')`` (print's own space, then the
format's sign space: three spaces before a positive number). Here a one-layer linear network
(3 inputs, 2 outputs) on 64 noisy examples, trained by full-batch gradient descent for 25
epochs, the error computed before each update as in the original.

Truth: ``Mean Squared Error`` each epoch, no step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT35, Truth, main


def run() -> None:
    import numpy as np

    rng = np.random.default_rng(6)
    examples = rng.normal(size=(64, 3))
    true_w = np.array([[0.5, 2.0], [-1.0, 1.0], [1.5, -0.5]])
    labels = examples @ true_w + rng.normal(0, 0.1, size=(64, 2))
    weights = [0.5, 1.0] * np.ones((3, 2))
    truth = Truth()
    for epoch in range(25):
        predictions = examples @ weights
        error = ((predictions - labels) ** 2).mean()
        print("Mean Squared Error: ", f'{error: .4f}')
        truth.add(**{"Mean Squared Error": error})
        weights -= 0.1 * examples.T @ (predictions - labels) / len(examples)
    truth.write("the script's mean squared error before each update",
                libraries=("numpy",), rel=1e-3, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"stevai": run}, root=HELDOUT35)
