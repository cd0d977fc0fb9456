"""HELD-OUT fixture (third half, see generate/heldout3/README.md): do not read while tuning the
parser.

mlxtend's ``SequentialFeatureSelector`` as its user guide runs it, on scikit-learn's wine data
with a k-nearest-neighbours classifier:

* forward selection at ``verbose=2`` (stderr): joblib's ``[Parallel(n_jobs=1)]: Done  13 out of
  13 | elapsed:    0.2s finished`` then ``[2026-12-04 23:46:01] Features: 1/4 -- score:
  0.7754237288135594`` **without a newline**, so the next joblib line is glued to the score;
  the last score line ends the stream unterminated;
* ``print(sfs.subsets_[1])`` (a dict with ``'cv_scores': array([...])`` and ``'avg_score':
  np.float64(...)``), the user guide's ``best combination (ACC: 0.939): (0, 2, 6, 8)``;
* ``pd.DataFrame.from_dict(sfs.get_metric_dict()).T`` with its score columns (``avg_score``,
  ``ci_bound``, ``std_dev``, ``std_err``; the subset size as the row label);
* backward selection (``forward=False``) to 8 features: ``Features: 12/8 -- score: ...``
  counting down.

Truth: ``sfs.subsets_`` / ``get_metric_dict()`` (mlxtend's record of each subset): ``score`` =
``avg_score`` at each log line, step = the subset size printed before the slash; the printed
dict's ``avg_score`` and the table's ``avg_score``, ``ci_bound``, ``std_dev``, ``std_err`` cells,
each named by its row's ``feature_idx`` and its column (``(0, 6)/avg_score``: ENTITY_NAMES; no
step judged); ``ACC`` = ``k_score_``. The dict's per-fold
``cv_scores`` are optional; joblib's counts and times, the feature indexes and the subset sizes
are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT3, Truth, main

COLUMNS = ["avg_score", "ci_bound", "std_dev", "std_err"]


def train() -> None:
    import pandas as pd
    from mlxtend.feature_selection import SequentialFeatureSelector as SFS
    from sklearn.datasets import load_wine
    from sklearn.neighbors import KNeighborsClassifier

    truth = Truth()
    X, y = load_wine(return_X_y=True)
    sfs = SFS(KNeighborsClassifier(n_neighbors=4), k_features=4, forward=True, floating=False,
              verbose=2, scoring="accuracy", cv=3)
    sfs.fit(X, y)
    for k in sorted(sfs.subsets_):
        truth.add(k, score=sfs.subsets_[k]["avg_score"])
    print(sfs.subsets_[1])
    truth.add(avg_score=sfs.subsets_[1]["avg_score"])
    for fold_score in sfs.subsets_[1]["cv_scores"]:
        truth.allow(cv_scores=fold_score)
    print(f"best combination (ACC: {sfs.k_score_:.3f}): {sfs.k_feature_idx_}\n")
    truth.add(ACC=sfs.k_score_)
    table = pd.DataFrame.from_dict(sfs.get_metric_dict()).T
    print(table[["feature_idx", *COLUMNS]])
    for k in table.index:
        label = str(table.loc[k, "feature_idx"])
        truth.add(**{f"{label}/{name}": table.loc[k, name] for name in COLUMNS})
    print()

    sbs = SFS(KNeighborsClassifier(n_neighbors=4), k_features=8, forward=False, floating=False,
              verbose=2, scoring="accuracy", cv=3)
    sbs.fit(X, y)
    for k in sorted(sbs.subsets_, reverse=True):
        if k < X.shape[1]:  # the full set is scored first but never logged
            truth.add(k, score=sbs.subsets_[k]["avg_score"])
    print(f"selected: {sbs.k_feature_idx_} (ACC: {sbs.k_score_:.3f})")
    truth.add(ACC=sbs.k_score_)
    truth.write("sfs.subsets_ / get_metric_dict(): score = avg_score per log line (step = the "
                "subset size), the printed dict's avg_score, the table's score cells as "
                "<feature_idx>/<column>, ACC = "
                "k_score_; cv_scores optional",
                libraries=("mlxtend", "scikit-learn", "pandas"), rel=1e-6, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"mlxtend": train}, root=HELDOUT3)
