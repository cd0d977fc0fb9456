"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

NGBoost, as its README uses it:

* ``NGBRegressor(verbose_eval=10)`` (its default tree base learner, seeded) fitted with a
  validation set and early stopping:
  ``[iter 0] loss=5.8349 val_loss=5.8874 scale=1.0000 norm=65.9961`` every 10 iterations, then
  ``== Early stopping achieved.`` / ``== Best iteration / VAL46 (val_loss=5.1224)``;
* the README's evaluation: ``print('Test MSE', test_MSE)`` and ``print('Test NLL', test_NLL)``
  (name and full-precision value separated by a space only);
* ``NGBClassifier(Dist=Bernoulli, verbose_eval=10)`` without a validation set, so each line
  shows ``val_loss=0.0000``, then ``Test accuracy 0.82``.

Truth: ``evals_result`` (the library's record of the train and validation scores, LOGSCORE)
at the printed iterations as ``loss`` and ``val_loss``, step = the ``iter`` number; the best
validation loss of the early-stopping line as one more ``val_loss`` point (no step); the test
figures from ``predict``/``pred_dist`` as the script computed them. ``scale`` (the line search's
step, ``self.scalings``) and ``norm`` (the mean gradient norm times that step, which NGBoost
computes only to print it: taken from the gradients its ``fit_base`` receives, by its own
formula) are optional: diagnostics of the fit, not results. The classifier's ``val_loss=0.0000``
is no validation score (there is no validation set: NGBoost prints its initial 0) and is in no
result: optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main


def recording(cls):
    """The NGBoost class, keeping the gradients each iteration fits (for the printed norm)."""

    class Recording(cls):
        def fit_base(self, X, grads, sample_weight=None):
            self.recorded_grads = [*getattr(self, "recorded_grads", []), grads]
            return super().fit_base(X, grads, sample_weight)

    return Recording


def add_iterations(truth: Truth, model, every: int, has_val: bool) -> int:
    """The printed iterations' values; returns how many iterations ran."""
    import numpy as np

    train = model.evals_result["train"]["LOGSCORE"]
    val = model.evals_result["val"]["LOGSCORE"] if has_val else None
    stopped = has_val and len(train) < model.n_estimators  # broke off before that line
    for itr in range(0, len(train) - (1 if stopped else 0), every):
        scale = model.scalings[itr]
        norm = np.linalg.norm(model.recorded_grads[itr], axis=1).mean() * scale
        truth.add(itr, loss=train[itr])
        if has_val:
            truth.add(itr, val_loss=val[itr])
        else:
            truth.allow(val_loss=0.0)
        truth.allow(scale=scale, norm=norm, iter=itr)
    return len(train)


def train() -> None:
    import numpy as np
    from ngboost import NGBClassifier, NGBRegressor
    from ngboost.distns import Bernoulli
    from sklearn.datasets import make_classification, make_regression
    from sklearn.metrics import accuracy_score, mean_squared_error
    from sklearn.model_selection import train_test_split
    from sklearn.tree import DecisionTreeRegressor

    # NGBoost's default base learner, seeded: its ties between equally good splits are broken
    # at random, which changes the validation figures from one run to the next
    base = DecisionTreeRegressor(criterion="friedman_mse", max_depth=3, random_state=0)
    truth = Truth()
    X, y = make_regression(400, 5, noise=30.0, random_state=0)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
    X_tr, X_val, y_tr, y_val = train_test_split(X_train, y_train, test_size=0.25,
                                                random_state=0)
    ngb = recording(NGBRegressor)(Base=base, n_estimators=300, learning_rate=0.05,
                                  verbose_eval=10, random_state=0)
    ngb.fit(X_tr, y_tr, X_val=X_val, Y_val=y_val, early_stopping_rounds=5)
    add_iterations(truth, ngb, 10, has_val=True)
    truth.add(val_loss=min(ngb.evals_result["val"]["LOGSCORE"]))
    y_preds = ngb.predict(X_test)
    y_dists = ngb.pred_dist(X_test)
    test_mse = mean_squared_error(y_preds, y_test)
    print('Test MSE', test_mse)
    test_nll = -y_dists.logpdf(y_test).mean()
    print('Test NLL', test_nll)
    truth.add(**{"Test MSE": test_mse, "Test NLL": test_nll})

    X, y = make_classification(400, 6, n_informative=3, flip_y=0.1, random_state=0)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
    clf = recording(NGBClassifier)(Dist=Bernoulli, Base=base, n_estimators=40,
                                   verbose_eval=10, random_state=0)
    clf.fit(X_train, y_train)
    add_iterations(truth, clf, 10, has_val=False)
    accuracy = accuracy_score(y_test, clf.predict(X_test))
    print('Test accuracy', accuracy)
    truth.add(**{"Test accuracy": accuracy})
    assert np.isfinite(test_nll)
    truth.write("evals_result['train'|'val']['LOGSCORE'] at the printed iterations as loss and "
                "val_loss (step = iter), the early-stopping line's best val_loss (no step), "
                "the README's test figures; scale (self.scalings), norm (its own formula on the "
                "recorded gradients) and the classifier's placeholder val_loss=0 optional",
                libraries=("ngboost", "scikit-learn"), rel=1e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"ngboost": train}, root=HELDOUT3)
