"""HELD-OUT fixture (fifth half, see generate/heldout5/README.md): do not read while tuning the
parser.

gplearn's genetic programming with ``verbose=1``, as its docs' introductory example: a table
with a **two-row grouped header** printed as evolution runs, one row per generation::

        |   Population Average    |             Best Individual              |
    ---- ------------------------- ------------------------------------------ ----------
     Gen   Length          Fitness   Length          Fitness      OOB Fitness  Time Left
       0    38.11          4649.31        5         0.656742          1.20897      1.79s

(``Length`` and ``Fitness`` appear under both groups). First a ``SymbolicRegressor`` on a
synthetic ``x0**2 - x1**2 + x1 - 1`` target, then a ``SymbolicClassifier`` on scikit-learn's
breast cancer data (fitness = log loss); after each, the script prints the evolved program
(``Program: sub(add(X1, -0.912), mul(X0, X0))``) and its held-out score: ``Test R^2: 0.9312``,
``Test accuracy: 0.9161``.

Truth: ``run_details_`` (gplearn's per-generation record): ``Population Average/Fitness``
(``average_fitness``), ``Best Individual/Fitness`` (``best_fitness``), ``Best Individual/OOB
Fitness`` (``best_oob_fitness``) at step ``Gen`` (``generation``, 0-based as printed, optional
itself), names qualified by their group as DEAP's chapters were in the fourth half; the two
``Length`` columns (program sizes: ``average_length``, ``best_length``) optional under
``<group>/Length`` (the average rounded to 2 decimals, as printed); ``Time Left`` a timing
(neither map); the test scores from ``est.score``.
Params: the estimators' settings the script printed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT5, Truth, main


def add_run(truth: Truth, details: dict) -> None:
    for i, gen in enumerate(details["generation"]):
        truth.add(gen, **{"Population Average/Fitness": details["average_fitness"][i],
                          "Best Individual/Fitness": details["best_fitness"][i],
                          "Best Individual/OOB Fitness": details["best_oob_fitness"][i]})
        truth.allow(Gen=gen, **{
            "Population Average/Length": round(details["average_length"][i], 2),
            "Best Individual/Length": details["best_length"][i]})


def train() -> None:
    import numpy as np
    from gplearn.genetic import SymbolicClassifier, SymbolicRegressor
    from sklearn.datasets import load_breast_cancer
    from sklearn.model_selection import train_test_split

    truth = Truth()
    settings = {"population_size": 300, "generations": 6, "parsimony_coefficient": 0.01,
                "max_samples": 0.9, "random_state": 0}
    print("SymbolicRegressor(" + ", ".join(f"{k}={v}" for k, v in settings.items()) + ")",
          flush=True)
    rng = np.random.RandomState(0)
    x = rng.uniform(-1, 1, (200, 2))
    y = x[:, 0] ** 2 - x[:, 1] ** 2 + x[:, 1] - 1
    reg = SymbolicRegressor(p_crossover=0.7, p_subtree_mutation=0.1, p_hoist_mutation=0.05,
                            p_point_mutation=0.1, verbose=1, n_jobs=1, **settings)
    reg.fit(x[:150], y[:150])
    add_run(truth, reg.run_details_)
    print(f"Program: {reg._program}")
    r2 = reg.score(x[150:], y[150:])
    print(f"Test R^2: {r2:.4f}", flush=True)
    truth.add(**{"Test R^2": r2})

    xc, yc = load_breast_cancer(return_X_y=True)
    xtr, xte, ytr, yte = train_test_split(xc, yc, random_state=0)
    clf = SymbolicClassifier(population_size=200, generations=4, parsimony_coefficient=0.001,
                             max_samples=0.9, random_state=1, verbose=1, n_jobs=1)
    clf.fit(xtr, ytr)
    add_run(truth, clf.run_details_)
    print(f"Program: {clf._program}")
    acc = clf.score(xte, yte)
    print(f"Test accuracy: {acc:.4f}")
    truth.add(**{"Test accuracy": acc})
    truth.write("gplearn run_details_ per generation (average/best/OOB fitness as "
                "<group>/<column>, lengths optional) at step generation; est.score on held-out "
                "data", libraries=("gplearn", "scikit-learn", "numpy"), params=settings,
                rel=5e-6, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"gplearn": train}, root=HELDOUT5)
