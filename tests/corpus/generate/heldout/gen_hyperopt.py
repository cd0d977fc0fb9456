"""HELD-OUT fixture (see tests/corpus/README.md): do not read while tuning the parser.

Hyperopt: `fmin` with TPE tuning a random forest (``n_estimators``, ``max_depth``,
``max_features``) by 3-fold cross-validated accuracy (loss = 1 - accuracy), 10 evaluations.
Hyperopt shows a tqdm bar on stdout whose postfix is the best loss so far, at full precision:
``40%|████      | 4/10 [00:01<00:01, 3.1trial/s, best loss: 0.10333333333333339]`` (first
``best loss=?``), redrawn after every trial (each takes longer than tqdm's redraw interval)
and once more on close. Then the script prints ``best: {'max_depth': np.float64(6.0), ...}``
(params) and ``best cv accuracy: 0.8967``.

Truth: the bar's states (see the corpus README: each state once): the running minimum of
`trials.losses()` as ``best loss``, consecutive repeats dropped, no step; ``best cv accuracy``
= 1 - the best loss. Trial counts, rates and times are no metrics. Params: the best point.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import Truth, main  # noqa: E402


def train() -> None:
    import numpy as np
    from hyperopt import Trials, fmin, hp, tpe
    from sklearn.datasets import make_classification
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.model_selection import cross_val_score

    X, y = make_classification(600, 15, n_informative=5, flip_y=0.05, random_state=0)
    space = {"n_estimators": hp.quniform("n_estimators", 20, 60, 10),
             "max_depth": hp.quniform("max_depth", 2, 8, 1),
             "max_features": hp.uniform("max_features", 0.2, 1.0)}

    def objective(params):
        model = RandomForestClassifier(n_estimators=int(params["n_estimators"]),
                                       max_depth=int(params["max_depth"]),
                                       max_features=params["max_features"], random_state=0)
        return 1 - cross_val_score(model, X, y, cv=3).mean()

    trials = Trials()
    best = fmin(objective, space, algo=tpe.suggest, max_evals=10, trials=trials,
                rstate=np.random.default_rng(0))
    print("best:", best)
    best_accuracy = 1 - min(trials.losses())
    print(f"best cv accuracy: {best_accuracy:.4f}")
    truth = Truth()
    shown = []
    for loss in np.minimum.accumulate(trials.losses()):
        if not shown or loss != shown[-1]:
            shown.append(loss)
    for loss in shown:
        truth.add(**{"best loss": loss})
    truth.add(**{"best cv accuracy": best_accuracy})
    truth.write("the running minimum of trials.losses() as the bar's best loss (one point per "
                "state), best cv accuracy = 1 - its last; params = the best point",
                libraries=("hyperopt", "scikit-learn", "tqdm"),
                params={k: float(v) for k, v in best.items()}, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"hyperopt": train}, heldout=True)
