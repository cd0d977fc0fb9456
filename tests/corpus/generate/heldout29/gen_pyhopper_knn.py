"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Hyperparameter search with PyHopper (PyPI ``pyhopper``), the second capture of
``gen_pyhopper.py``: a k-nearest-neighbours classifier's ``k``, weighting and Minkowski power tuned
by 5-fold accuracy on scikit-learn's wine data (standardised), maximised, 20 steps, 6 of them
random seeding, ``search.run(..., quiet=False, n_jobs=1)``: the tqdm bar on stderr with the
running ``Best f``, then the ``Summary`` table (``Mode : Best f : Steps : Time``).

Truth: as in ``gen_pyhopper.py`` (its ``_record``): the search's ``history``, the best ``f`` of
each mode's candidates as ``<Mode>/Best f``, ``Total/Best f``, counts and the bar's running
bests optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _capture import HELDOUT29, Truth, main
from gen_pyhopper import _record, write


def run() -> None:
    import numpy as np
    import pyhopper
    from sklearn.datasets import load_wine
    from sklearn.model_selection import cross_val_score
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    X, y = load_wine(return_X_y=True)
    truth = Truth()

    def knn(p):
        model = make_pipeline(StandardScaler(),
                              KNeighborsClassifier(p["k"], weights=p["weights"], p=p["p"]))
        return float(np.mean(cross_val_score(model, X, y, cv=5)))

    np.random.seed(31)
    search = pyhopper.Search({"k": pyhopper.int(1, 30),
                              "weights": pyhopper.choice(["uniform", "distance"]),
                              "p": pyhopper.int(1, 2)})
    search.run(knn, "max", steps=20, seeding_steps=6, quiet=False, n_jobs=1)
    _record(truth, search, "max")
    write(truth)


if __name__ == "__main__":
    main(__file__, {"pyhopper-knn": run}, root=HELDOUT29)
