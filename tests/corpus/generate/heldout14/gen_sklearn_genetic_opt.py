"""HELD-OUT fixture (fourteenth half, see generate/heldout14/README.md): do not read while tuning
the parser.

Evolutionary hyper-parameter search with sklearn-genetic-opt (``GASearchCV``) and evolutionary
feature selection (``GAFeatureSelectionCV``), as its documentation runs them: a random forest
on breast cancer (train/test split), its ``max_depth``, ``min_samples_split`` and
``max_features`` searched by a genetic algorithm (population 8, 5 generations, 3-fold
stratified CV, accuracy), then the features of a logistic regression selected over 5
generations. With ``verbose=True`` each search prints its per-generation table (``gen nevals
fitness fitness_std fitness_max fitness_min``, tab-separated); the script then prints the best
parameters, ``best CV accuracy: 0.9649`` and ``test accuracy: 0.9580`` (for the
selection, the number of features kept and the test accuracy).

Truth: the searches' own records: ``history`` (``fitness``, ``fitness_std``, ``fitness_max``,
``fitness_min`` at the generation in the ``gen`` column) and ``nevals`` (optional, a count)
of the DEAP logbook the search's algorithm returns (kept by a wrapper that only reads it); ``best_score_`` (``best CV accuracy``, the search) and ``score()`` on the test part
(``test accuracy``); optional: the best parameters (``max_depth``, ``min_samples_split``,
``max_features``: searched settings, printed in the best-parameters dict) and the number of features kept.
Judgement: the two searches' tables share their names and steps (both count generations from
0); the fixed search settings printed on the settings line are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT14, Truth, main

SETTINGS = {"seed": 14, "population_size": 8, "generations": 5, "cv": 3,
            "scoring": "accuracy", "n_estimators": 20}


def run() -> None:
    import random
    import warnings

    import numpy as np
    from sklearn.datasets import load_breast_cancer
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, train_test_split
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn_genetic import GAFeatureSelectionCV, GASearchCV
    from sklearn_genetic.space import Continuous, Integer

    warnings.simplefilter("ignore")
    s = SETTINGS
    random.seed(s["seed"])
    np.random.seed(s["seed"])
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    X, y = load_breast_cancer(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25,
                                                        random_state=s["seed"], stratify=y)
    cv = StratifiedKFold(s["cv"], shuffle=True, random_state=s["seed"])
    truth = Truth()

    logs = []

    def keeping_log(search):
        """Keep the DEAP logbook the search's algorithm returns (only `history`'s fitness
        columns outlive the fit, not ``nevals``): a thin wrapper that reads, nothing more."""
        select = search._select_algorithm

        def wrapped(*args, **kwargs):
            pop, log, n_gen = select(*args, **kwargs)
            logs.append(log)
            return pop, log, n_gen

        search._select_algorithm = wrapped
        return search

    def record(search):
        h = search.history
        for i, gen in enumerate(h["gen"]):
            truth.add(gen, **{k: h[k][i] for k in ("fitness", "fitness_std", "fitness_max",
                                                    "fitness_min")})
        for entry in logs.pop():
            truth.allow(nevals=entry["nevals"])

    print("\nhyper-parameter search", flush=True)
    search = keeping_log(GASearchCV(
        RandomForestClassifier(n_estimators=s["n_estimators"], random_state=s["seed"]), cv=cv,
        param_grid={"max_depth": Integer(2, 10), "min_samples_split": Integer(2, 10),
                    "max_features": Continuous(0.1, 1.0)},
        scoring=s["scoring"], population_size=s["population_size"],
        generations=s["generations"], n_jobs=1, verbose=True))
    search.fit(X_train, y_train)
    record(search)
    print(f"best params: {search.best_params_}", flush=True)
    test_acc = search.score(X_test, y_test)
    print(f"best CV accuracy: {search.best_score_:.4f}", flush=True)
    print(f"test accuracy: {test_acc:.4f}", flush=True)
    truth.allow(**search.best_params_)
    truth.add(**{"best CV accuracy": search.best_score_, "test accuracy": test_acc})

    print("\nfeature selection", flush=True)
    select = keeping_log(GAFeatureSelectionCV(
        make_pipeline(StandardScaler(), LogisticRegression(max_iter=500)), cv=cv,
        scoring=s["scoring"], population_size=s["population_size"],
        generations=s["generations"], n_jobs=1, verbose=True))
    select.fit(X_train, y_train)
    record(select)
    kept = int(np.sum(select.support_))
    test_acc = select.score(X_test, y_test)
    print(f"features kept: {kept} of {X.shape[1]}", flush=True)
    print(f"test accuracy: {test_acc:.4f}", flush=True)
    truth.allow(**{"features kept": kept})
    truth.add(**{"test accuracy": test_acc})
    truth.write("GASearchCV/GAFeatureSelectionCV history (fitness, fitness_std, fitness_max, "
                "fitness_min at gen) and logbook nevals (optional), best_score_ and score() on "
                "the test part; best max_features and features kept optional",
                libraries=("sklearn-genetic-opt", "scikit-learn", "deap", "numpy"), params=s,
                rel=1e-5, abs_tol=5e-5)  # DEAP prints 6 significant digits, the script 4 decimals


if __name__ == "__main__":
    main(__file__, {"sklearn-genetic-opt": run}, root=HELDOUT14)
