"""HELD-OUT fixture (eleventh half, see generate/heldout11/README.md): do not read while tuning
the parser.

Black-box search with Gradient-Free-Optimizers, as its README runs it: ``opt.search(objective,
n_iter)`` over a discrete search space, which draws a tqdm bar on stderr (``leave=False``,
erased when done) whose postfix shows ``best_iter=26, best_pos=[52. 63.],
best_score=-0.1299999999999792`` whenever a better point is found, then prints a boxed
``Search Summary`` on stdout: objective, optimizer and random state, ``Results`` (``Best
score:  -0.0400...``, ``Best iter:  28``, ``Best parameters:`` with one indented line per
parameter) and ``Timing`` (evaluation, optimization and iteration times, ``Throughput:  3476.33
iter/sec``). Three searches: hill climbing and particle swarm on a shifted paraboloid, and
Bayesian optimisation of a decision tree's cross-validated R² on scikit-learn's bundled
diabetes data.

Truth: the optimizer's own records. ``Best score`` is ``opt.best_score``; ``Best iter`` and the
best parameters (``opt.best_para``, under their names) are optional. The bar's ``best_score``
is the score the library hands ``set_postfix``: a wrapper of the bar's ``update`` keeps the
newest best score on the tqdm object and a wrapper of tqdm's ``display`` records it once per
drawn state (which states are drawn depends on timing), no step; ``best_iter`` optional
likewise. Timings and the throughput in neither map. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT11, Truth, main

SETTINGS = {"seed": 1, "hill_n_iter": 60, "swarm_n_iter": 120, "swarm_population": 8,
            "bayes_n_iter": 20, "cv": 4}


def run() -> None:
    import numpy as np
    import tqdm
    from gradient_free_optimizers import (BayesianOptimizer, HillClimbingOptimizer,
                                          ParticleSwarmOptimizer)
    from gradient_free_optimizers import _progress_bar
    from sklearn.datasets import load_diabetes
    from sklearn.model_selection import cross_val_score
    from sklearn.tree import DecisionTreeRegressor

    s = SETTINGS
    truth = Truth()
    watch_bar(truth, tqdm.tqdm, _progress_bar.ProgressBarLVL1)
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)

    def paraboloid(para):
        return -((para["x"] - 0.7) ** 2 + (para["y"] + 1.3) ** 2)

    space = {"x": np.arange(-5, 5, 0.1), "y": np.arange(-5, 5, 0.1)}
    X, y = load_diabetes(return_X_y=True)

    def tree_cv(para):
        model = DecisionTreeRegressor(max_depth=int(para["max_depth"]),
                                      min_samples_leaf=int(para["min_samples_leaf"]),
                                      random_state=0)
        return cross_val_score(model, X, y, cv=s["cv"]).mean()

    tree_space = {"max_depth": np.arange(2, 15), "min_samples_leaf": np.arange(1, 40)}
    searches = [
        ("hill climbing", HillClimbingOptimizer(space, random_state=s["seed"]), paraboloid,
         s["hill_n_iter"]),
        ("particle swarm", ParticleSwarmOptimizer(space, population=s["swarm_population"],
                                                  random_state=s["seed"]), paraboloid,
         s["swarm_n_iter"]),
        ("bayesian optimization", BayesianOptimizer(tree_space, random_state=s["seed"]),
         tree_cv, s["bayes_n_iter"]),
    ]
    for title, opt, objective, n_iter in searches:
        print(f"\n== {title}", flush=True)
        opt.search(objective, n_iter=n_iter)
        sys.stdout.flush()
        sys.stderr.flush()
        truth.add(**{"Best score": opt.best_score})
        truth.allow(**{"Best iter": int(opt.search_data["score"].to_numpy().argmax())})
        truth.allow(**{name: float(value) for name, value in opt.best_para.items()})
    truth.write("gradient-free-optimizers best_score (summary) and the best score handed to the "
                "bar's set_postfix at each drawn state (display wrapper, no step); best_iter "
                "and best_para optional; settings = params",
                libraries=("gradient-free-optimizers", "numpy", "scikit-learn", "tqdm"),
                params=s, rel=1e-9, abs_tol=1e-12)  # printed with repr()


def watch_bar(truth: Truth, tqdm_class, bar_class) -> None:
    """Record the bar's best score once per drawn state (what its postfix then shows)."""
    update, display = bar_class.update, tqdm_class.display

    def recording_update(self, score_new, pos_new, nth_iter):
        if score_new > self.score_best:
            self._tqdm.truth_best = (float(score_new), nth_iter)
        return update(self, score_new, pos_new, nth_iter)

    def recording_display(self, msg=None, pos=None):
        best = getattr(self, "truth_best", None)
        if msg is None and best is not None and not self.disable:
            truth.add(best_score=best[0])
            truth.allow(best_iter=best[1])
        return display(self, msg, pos)

    bar_class.update, tqdm_class.display = recording_update, recording_display


if __name__ == "__main__":
    main(__file__, {"gradient-free-optimizers": run}, root=HELDOUT11)
