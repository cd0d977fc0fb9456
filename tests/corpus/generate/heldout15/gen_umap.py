"""OPEN fixture (fifteenth half, see generate/heldout15/README.md): development material.

UMAP (umap-learn) with ``verbose=True`` embedding 600 of scikit-learn's digits in two
dimensions (``n_neighbors=15, n_epochs=100, random_state=0``), then the script scores the
embedding. Mostly a negative, bookkeeping case: umap-learn prints its estimator's repr
(``UMAP(n_epochs=100, n_jobs=1, random_state=0, verbose=True)``), time-stamped stage lines
(``Sat Dec  5 22:33:15 2026 Construct fuzzy simplicial set``, ``Finding Nearest Neighbors``,
``Finished embedding``), a tqdm bar ``Epochs completed:  17%| █▋  17/100 [00:07]`` on stderr
interleaved with ``\\tcompleted  20  /  100 epochs`` lines. On a pipe tqdm draws a
10-character bar instead (the pipe capture, which differed only there, was removed). The
script then prints ``trustworthiness (k=5): 0.9781`` and ``kNN accuracy on the embedding
(5-fold): 0.9633``.

Truth: the two scores' return values (``sklearn.manifold.trustworthiness`` of the data and the
embedding, the mean of ``cross_val_score`` of a 5-nearest-neighbour classifier on the
embedding). Judgement: the epoch counters (``completed  20  /  100 epochs``, the bar's
``17/100``), the dates and times, and the repr's settings are progress and bookkeeping, in
neither map (a parse of them is a false positive); the repr's settings are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT15, Truth, main

SETTINGS = {"n_neighbors": 15, "n_epochs": 100, "random_state": 0, "n_jobs": 1}


def run() -> None:
    import umap
    from sklearn.datasets import load_digits
    from sklearn.manifold import trustworthiness
    from sklearn.model_selection import cross_val_score
    from sklearn.neighbors import KNeighborsClassifier

    x, y = load_digits(return_X_y=True)
    x, y = x[:600], y[:600]
    reducer = umap.UMAP(verbose=True, **SETTINGS)
    embedding = reducer.fit_transform(x)
    sys.stderr.flush()
    trust = trustworthiness(x, embedding, n_neighbors=5)
    knn = cross_val_score(KNeighborsClassifier(n_neighbors=5), embedding, y, cv=5).mean()
    print(f"trustworthiness (k=5): {trust:.4f}", flush=True)
    print(f"kNN accuracy on the embedding (5-fold): {knn:.4f}", flush=True)
    truth = Truth()
    truth.add(**{"trustworthiness (k=5)": trust, "kNN accuracy on the embedding (5-fold)": knn})
    truth.write("sklearn.manifold.trustworthiness and cross_val_score(...).mean() on umap's "
                "embedding of the same run; epoch counters, dates and settings in neither map "
                "(settings = params)",
                libraries=("umap-learn", "numba", "scikit-learn", "numpy"),
                params={**SETTINGS, "verbose": True}, rel=2e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"umap": run}, root=HELDOUT15)
