"""HELD-OUT fixture (fifth half, see generate/heldout5/README.md): do not read while tuning the
parser.

Surprise (scikit-surprise) recommenders on a synthetic ratings frame, as its README's getting
started runs them:

* ``cross_validate(SVD(n_epochs=5, verbose=True), data, measures=['RMSE', 'MAE'],
  cv=KFold(3, random_state=0), verbose=True)`` (seeded folds, so that the numbers
  reproduce): ``Processing epoch 0`` ... per fold, then ``Evaluating RMSE, MAE of algorithm
  SVD on 3 split(s).`` and a transposed table whose **rows are measures and columns
  are folds**: ``                  Fold 1  Fold 2  Fold 3  Mean    Std`` / ``RMSE (testset)
  0.9882  0.9737  1.0146  0.9922  0.0169`` / ``MAE (testset) ...`` / ``Fit time  0.01 ...`` /
  ``Test time ...``;
* the same for ``KNNBasic`` with ``FCP`` too (``Computing the msd similarity matrix...``);
* a train/test split, ``algo.fit(trainset)``, ``accuracy.rmse(predictions)`` and
  ``accuracy.mae(predictions)``, which print ``RMSE: 0.9591`` and ``MAE:  0.8094`` themselves;
* the script's ``Best algorithm by mean RMSE: KNNBasic (0.8044)``.

Truth: ``cross_validate``'s returned dict (``test_rmse``, ``test_mae``, ``test_fcp`` per fold):
the table's rows are different quantities, so each cell is ``<row>/<column>`` as in the other
halves (``RMSE (testset)/Fold 1``, ..., ``RMSE (testset)/Mean`` = the folds' mean); the ``Std``
column (the folds' spread, ``np.std``) optional as ``<row>/Std``; the ``Fit time``/``Test time``
rows are timings (neither map); ``RMSE`` and ``MAE`` from ``accuracy.rmse``/``accuracy.mae``'s
return values; the closing line's value as ``Best algorithm by mean RMSE``. No steps (folds are
not training steps). Params: the algorithms' settings the script printed.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT5, Truth, main


def add_cv(truth: Truth, result: dict, measures: list[str]) -> float:
    import numpy as np

    for measure in measures:
        values = result[f"test_{measure.lower()}"]
        row = f"{measure} (testset)"
        for k, value in enumerate(values, start=1):
            truth.add(**{f"{row}/Fold {k}": value})
        truth.add(**{f"{row}/Mean": np.mean(values)})
        truth.allow(**{f"{row}/Std": np.std(values)})
    return float(np.mean(result["test_rmse"]))


def train() -> None:
    import numpy as np
    import pandas as pd
    from surprise import SVD, Dataset, KNNBasic, Reader, accuracy
    from surprise.model_selection import KFold, cross_validate, train_test_split

    truth = Truth()
    rng = np.random.default_rng(0)
    users, items = rng.integers(0, 80, 3000), rng.integers(0, 120, 3000)
    taste = rng.normal(size=80)[users] + rng.normal(size=120)[items]
    ratings = np.clip(np.round(3 + taste + 0.5 * rng.normal(size=3000)), 1, 5)
    frame = pd.DataFrame({"user": users, "item": items, "rating": ratings})
    frame = frame.drop_duplicates(["user", "item"])
    data = Dataset.load_from_df(frame[["user", "item", "rating"]], Reader(rating_scale=(1, 5)))
    settings = {"svd.n_epochs": 5, "svd.random_state": 0, "cv": 3, "knn.k": 40}
    print("settings: " + ", ".join(f"{k}={v}" for k, v in settings.items()), flush=True)
    means = {}
    svd = cross_validate(SVD(n_epochs=5, random_state=0, verbose=True), data,
                         measures=["RMSE", "MAE"], cv=KFold(3, random_state=0), verbose=True)
    means["SVD"] = add_cv(truth, svd, ["RMSE", "MAE"])
    knn = cross_validate(KNNBasic(k=40, verbose=True), data, measures=["RMSE", "MAE", "FCP"],
                         cv=KFold(3, random_state=0), verbose=True)
    means["KNNBasic"] = add_cv(truth, knn, ["RMSE", "MAE", "FCP"])

    trainset, testset = train_test_split(data, test_size=0.25, random_state=1)
    algo = SVD(n_epochs=5, random_state=0)
    algo.fit(trainset)
    predictions = algo.test(testset)
    truth.add(RMSE=accuracy.rmse(predictions), MAE=accuracy.mae(predictions))
    best = min(means, key=means.get)
    print(f"Best algorithm by mean RMSE: {best} ({means[best]:.4f})")
    truth.add(**{"Best algorithm by mean RMSE": means[best]})
    truth.write("surprise: cross_validate's test_<measure> per fold as <row>/Fold k, their mean "
                "as <row>/Mean, np.std optional as <row>/Std; accuracy.rmse/mae return values",
                libraries=("scikit-surprise", "pandas", "numpy"), params=settings, rel=1e-9,
                abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"surprise": train}, root=HELDOUT5)
