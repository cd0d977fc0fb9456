"""HELD-OUT fixture (thirty-fourth half, see generate/heldout34/README.md): do not read while
tuning the parser.

A hand-written loop logging as jizefeng0810/similar-yolov1-pytorch ``other/logging.py`` sets it
up: ``logging.basicConfig(level=logging.INFO, format='%(asctime)s - %(levelname)s -
%(message)s')``, ``logger = logging.getLogger(__name__)`` and, as its usage note shows,
``logger.info('Best mean Loss-%.5f' % best_test_loss)`` (the number glued to the label by a
hyphen) whenever the test loss improves. Here: NumPy linear regression by mini-batch gradient
descent, 20 epochs, the mean test loss computed each epoch and logged only when it is a new
best. Logging goes to stderr.

Truth: each logged best, ``Best mean Loss`` (positive values: the hyphen is a separator), no
step.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT34, Truth, main


def run() -> None:
    import logging
    import numpy as np

    logging.basicConfig(level=logging.INFO, format='%(asctime)s - %(levelname)s - %(message)s')
    logger = logging.getLogger(__name__)
    rng = np.random.default_rng(17)
    x = rng.normal(size=(600, 6))
    w_true = rng.normal(size=6)
    y = x @ w_true + 0.5 * rng.normal(size=600)
    xtr, ytr, xte, yte = x[:450], y[:450], x[450:], y[450:]
    w = np.zeros(6)
    best_test_loss = 1.0e9
    truth = Truth()
    for epoch in range(20):
        for i in rng.permutation(450).reshape(-1, 45):
            grad = 2 * xtr[i].T @ (xtr[i] @ w - ytr[i]) / len(i)
            w -= 0.004 * grad
        test_loss = float(np.mean((xte @ w - yte) ** 2))
        if test_loss < best_test_loss:
            best_test_loss = test_loss
            logger.info('Best mean Loss-%.5f' % best_test_loss)
            truth.add(**{"Best mean Loss": best_test_loss})
    truth.write("the script's best mean test loss at each improvement", libraries=("numpy",),
                rel=1e-4, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"yolov1log": run}, root=HELDOUT34)
