"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Feature selection by metaheuristics with zoofs (PyPI ``zoofs``), seeded: a logistic regression on
a synthetic 8-feature classification set, the objective the validation log-loss of the selected
features, searched by particle swarm, grey wolf and a genetic algorithm (5 iterations each,
6 individuals), each ``fit(..., verbose=True)``: one logger line an iteration, timestamped and
coloured (``[ 2026-12-07 05:55:22,009 ] Finished iteration #0 with objective value
0.5781936119416067. Current best value is 0.5781936119416067``).

Truth: each algorithm's ``best_results_per_iteration`` (``objective_score`` and ``best_score`` by
iteration), under the printed labels ``objective value`` and ``Current best value``, at the
iteration the line states (``#0`` is step 0; the three runs share the names, their count
restarts). The timestamps are not metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    from sklearn.datasets import make_classification
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss
    from zoofs import GeneticOptimization, GreyWolfOptimization, ParticleSwarmOptimization

    X, y = make_classification(200, 8, n_informative=3, random_state=29)
    X = pd.DataFrame(X, columns=[f"f{i}" for i in range(8)])

    def objective(model, X_train, y_train, X_valid, y_valid):
        model.fit(X_train, y_train)
        return log_loss(y_valid, model.predict_proba(X_valid))

    truth = Truth()
    for algorithm in (ParticleSwarmOptimization, GreyWolfOptimization, GeneticOptimization):
        np.random.seed(29)
        search = algorithm(objective, n_iteration=5, population_size=6, minimize=True)
        search.fit(LogisticRegression(), X[:150], y[:150], X[150:], y[150:], verbose=True)
        for it, rec in sorted(search.best_results_per_iteration.items()):
            truth.add(at=it, **{"objective value": rec["objective_score"],
                                "Current best value": rec["best_score"]})
    truth.write("zoofs: each search's best_results_per_iteration (objective_score, best_score)",
                libraries=("zoofs", "scikit-learn", "numpy"), rel=1e-9)


if __name__ == "__main__":
    main(__file__, {"zoofs": run}, root=HELDOUT29)
