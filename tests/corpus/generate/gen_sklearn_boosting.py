"""scikit-learn's gradient boosting, whose verbose output is a table and a log line per tree:

* `GradientBoostingClassifier(verbose=1, subsample=0.8)`: a whitespace-aligned table
  ``Iter  Train Loss  OOB Improve  Remaining Time`` (4 decimals), one row per tree for trees
  1-10, then one per ten (verbose=1 prints less often as the count grows);
* `GradientBoostingRegressor(verbose=2)`: the same table without ``OOB Improve``, every tree;
* `HistGradientBoostingClassifier(verbose=2, early_stopping=True)`: ``Binning 0.000 GB of
  training data: 0.004 s``, then per iteration ``[3/12] 1 tree, 15 leaves, max depth = 5,
  train loss: 0.48213, val loss: 0.52101, in 0.002s`` and a closing ``Fit 12 trees in ...``
  block of times.

Truth: `train_score_` (``Train Loss``) and `oob_improvement_` (``OOB Improve``) of the printed
rows, at the step in the ``Iter`` column; the negated `train_score_` and `validation_score_`
of the histogram model (``train loss``, ``val loss``: the name is printed with its phase), at
the step ``i`` of ``[i/N]`` (its `train_score_[0]`, the score before the first tree, is not
printed). ``Iter`` is the step column, optional. Tree counts, leaves, depths, sizes and times
are no metrics and are not in the truth.
"""

from _capture import main, write_truth


def printed_iterations(n_estimators: int, verbose: int) -> list[int]:
    """The 1-based iterations sklearn's `VerboseReporter` prints a row for: every one at
    verbose > 1; at verbose 1, every one up to 10, then every 10th up to 100, and so on."""
    printed, mod = [], 1
    for i in range(1, n_estimators + 1):
        if i % mod == 0:
            printed.append(i)
            if verbose == 1 and i // (mod * 10) > 0:
                mod *= 10
    return printed


def train() -> None:
    from sklearn.datasets import make_classification, make_regression
    from sklearn.ensemble import (GradientBoostingClassifier, GradientBoostingRegressor,
                                  HistGradientBoostingClassifier)

    X, y = make_classification(n_samples=400, n_features=8, random_state=0)
    clf = GradientBoostingClassifier(n_estimators=25, subsample=0.8, max_depth=2,
                                     random_state=0, verbose=1)
    clf.fit(X, y)
    Xr, yr = make_regression(n_samples=200, n_features=5, noise=5.0, random_state=1)
    reg = GradientBoostingRegressor(n_estimators=12, max_depth=2, random_state=0, verbose=2)
    reg.fit(Xr, yr / 50)
    hgb = HistGradientBoostingClassifier(max_iter=12, early_stopping=True, n_iter_no_change=50,
                                         validation_fraction=0.2, random_state=0, verbose=2)
    hgb.fit(X, y)

    metrics: dict[str, list[float]] = {"Train Loss": [], "OOB Improve": []}
    steps: dict[str, list[float]] = {"Train Loss": [], "OOB Improve": []}
    for model, verbose in ((clf, 1), (reg, 2)):
        for it in printed_iterations(model.n_estimators_, verbose):
            metrics["Train Loss"].append(model.train_score_[it - 1])
            steps["Train Loss"].append(it)
            if model.subsample < 1:
                metrics["OOB Improve"].append(model.oob_improvement_[it - 1])
                steps["OOB Improve"].append(it)
    iterations = list(range(1, hgb.n_iter_ + 1))
    metrics["train loss"] = [-v for v in hgb.train_score_[1:]]
    metrics["val loss"] = [-v for v in hgb.validation_score_[1:]]
    steps["train loss"] = steps["val loss"] = iterations
    write_truth(metrics, steps=steps, optional={"Iter": steps["Train Loss"]},
                libraries=("scikit-learn",), abs_tol=5e-5,
                source="GradientBoosting*.train_score_ and oob_improvement_ of the printed "
                       "rows (step: the Iter column); HistGradientBoostingClassifier's negated "
                       "train_score_[1:] and validation_score_[1:] (step: i of [i/N])")


if __name__ == "__main__":
    main(__file__, {"sklearn-boosting": train})
