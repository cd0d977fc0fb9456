"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Bayesian hyperparameter tuning with Mango (PyPI ``arm-mango``): a support-vector classifier's
``C`` and ``gamma`` (log-uniform) tuned on scikit-learn's breast-cancer data by three-fold
cross-validated accuracy, ``Tuner(...).maximize()`` with two random starts and twelve
iterations, seeded through ``random`` and ``numpy`` (Mango takes no seed). Its tqdm bar over the
iterations is interrupted after each one by ``Best score: 0.93...`` (``tqdm.write``, full
``repr`` precision).

Truth: the results dict ``maximize`` returns: its ``objective_values`` in the order tried; the
line after iteration ``i`` holds the maximum of the first ``random starts + i`` of them (what
the tuner stores in ``best_objective`` before it writes the line), one point per line,
unstepped. Judgement: the bar's ``3/12`` is progress, not a step (as the corpus counts tqdm
bars), so the points are unstepped; the searched ranges are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

ITERATIONS = 12
STARTS = 2


def run() -> None:
    import random

    import numpy as np
    from mango import Tuner, scheduler
    from scipy.stats import loguniform
    from sklearn.datasets import load_breast_cancer
    from sklearn.model_selection import cross_val_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.svm import SVC

    random.seed(2)
    np.random.seed(2)
    x, y = load_breast_cancer(return_X_y=True)

    @scheduler.serial
    def accuracy(C, gamma):
        model = make_pipeline(StandardScaler(), SVC(C=C, gamma=gamma))
        return float(cross_val_score(model, x, y, cv=3).mean())

    space = {"C": loguniform(1e-2, 1e2), "gamma": loguniform(1e-4, 1e0)}
    tuner = Tuner(space, accuracy, {"num_iteration": ITERATIONS, "initial_random": STARTS})
    results = tuner.maximize()
    values = [float(v) for v in results["objective_values"]]
    truth = Truth()
    for i in range(1, len(values) - STARTS + 1):
        truth.add(**{"Best score": max(values[:STARTS + i])})
    truth.write("Mango's maximize() results: after iteration i, the maximum of the first "
                "initial_random + i objective_values (its best_objective), unstepped",
                libraries=("arm-mango", "scikit-learn"),
                params={"C": "loguniform(0.01, 100)", "gamma": "loguniform(0.0001, 1)",
                        "num_iteration": ITERATIONS, "initial_random": STARTS},
                rel=1e-9, abs_tol=0.0)  # full repr precision


if __name__ == "__main__":
    main(__file__, {"mango": run}, root=HELDOUT18)
