"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Size-constrained k-means with k-means-constrained (PyPI ``k-means-constrained``): three seeded
point sets (three or four blobs, 90 to 120 points), each clustered by ``KMeansConstrained``
with cluster sizes bounded, one run from given starting centres (``n_init=1``), ``verbose=1``,
which prints ``Initialization complete``, then ``Iteration  0, inertia 240.318`` a line (the
inertia of the constrained assignment to the current centres, ``%.3f``), and ``Converged at
iteration 3: center shift 0.000000e+00 within tolerance 2.312391e-04``.

Truth: the line ``Iteration k`` (k >= 1) is the ``inertia_`` of the same run stopped by
``max_iter=k`` (the library re-assigns points to the final centres before returning, which is
the next line's assignment); ``Iteration 0`` is the library's own ``_labels_constrained`` of the
starting centres. Under ``inertia`` at the iteration the line states (the three runs share the
name). The closing line's ``center shift`` (the squared move of the centres in the last
iteration: the final ``cluster_centers_`` against those of the run stopped one iteration
before) and ``tolerance`` (``tol`` times the
mean variance of the features, a setting) are optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main


def run() -> None:
    import numpy as np
    from k_means_constrained import KMeansConstrained
    from k_means_constrained.k_means_constrained_ import _labels_constrained

    rng = np.random.default_rng(28)
    sets = []
    for centres, n, sd, bounds in ((((0, 0), (3, 0), (1.5, 2.5)), 30, 0.9, (25, 35)),
                                   (((0, 0), (5, 1), (2, 4), (6, 5)), 30, 1.2, (20, 40)),
                                   (((0, 0), (2, 2), (4, 0)), 40, 1.0, (35, 45))):
        x = np.vstack([rng.normal(c, sd, (n, 2)) for c in centres])
        start = x[rng.choice(len(x), len(centres), replace=False)]
        sets.append((x, start, bounds))
    truth = Truth()
    for x, start, (lo, hi) in sets:
        k = len(start)

        def fit(max_iter, verbose=0, x=x, k=k, lo=lo, hi=hi, start=start):
            return KMeansConstrained(n_clusters=k, size_min=lo, size_max=hi, init=start.copy(),
                                     n_init=1, max_iter=max_iter, verbose=verbose).fit(x)

        final = fit(100, verbose=1)
        distances = np.zeros(len(x))
        _, inertia0 = _labels_constrained(x, start.copy(), lo, hi, distances=distances)
        truth.add(at=0, inertia=inertia0)
        centres = [start]
        for i in range(1, final.n_iter_):
            stopped = fit(i)
            truth.add(at=i, inertia=stopped.inertia_)
            centres.append(stopped.cluster_centers_)
        shift = float(np.sum((final.cluster_centers_ - centres[-1]) ** 2))
        truth.allow(**{"center shift": shift,
                       "tolerance": 1e-4 * float(np.mean(np.var(x, axis=0)))})
    truth.write("k-means-constrained: inertia_ of the same runs stopped by max_iter=k, and "
                "_labels_constrained of the starting centres for iteration 0",
                libraries=("k-means-constrained", "numpy"), rel=1e-5, abs_tol=5e-4)


if __name__ == "__main__":
    main(__file__, {"k-means-constrained": run}, root=HELDOUT28)
