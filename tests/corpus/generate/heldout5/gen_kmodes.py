"""HELD-OUT fixture (fifth half, see generate/heldout5/README.md): do not read while tuning the
parser.

The kmodes package clustering categorical survey-like data: ``KModes(n_clusters=4,
init='Huang', n_init=3, verbose=1)`` prints, per run, ``Init: initializing centroids``, ``Init:
initializing clusters``, ``Starting iterations...`` and one line per iteration ``Run 1,
iteration: 2/100, moves: 17, cost: 379.0``, then ``Best run was number 2``; a
``KPrototypes(n_clusters=3, init='Cao', verbose=2)`` on mixed numeric/categorical data prints
``Initialization method and algorithm are deterministic. Setting n_init to 1.``, the same init
lines and ``Run: 1, iteration: 2/100, moves: 3, ncost: 222.62307916278382``. The script then
prints ``KModes cost: 379.0 after 2 iterations`` and ``KPrototypes cost: 222.62 (gamma
0.485)``, and a cost-per-k sweep as the kmodes README's elbow plot does, one line per k: ``k=2
cost=431.0``.

Truth: each run's per-iteration costs from the library: kmodes draws one seed per run from
``random_state`` (``randint(int32 max, size=n_init)``) and runs its ``_k_modes_single`` with it;
the script calls that same function again, silently, with each run's seed on the same encoded
data, and takes the ``epoch_costs`` it returns (index 0 is the initial cost, not printed; index
i is iteration i); the n_init fit's ``epoch_costs_`` (the best run) are checked to be among
them. ``cost`` and ``ncost`` at step ``iteration``
(``2/100`` is step 2; the run number is not part of the name: every run restarts the
iterations, as repeated training runs would); ``moves`` (a count kmodes keeps in no attribute)
and the run numbers are in neither map; the summary lines' ``KModes cost`` and ``KPrototypes
cost`` from ``cost_``, the iteration count optional, ``gamma`` a param (``kp.gamma``, a setting
it derived); the sweep's ``cost`` at step ``k`` (the sweep's own counter, printed ``k=2``).
Params: the estimator settings.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT5, Truth, main


def train() -> None:
    import numpy as np
    from kmodes.kmodes import KModes, _k_modes_single
    from kmodes.util import encode_features
    from kmodes.kprototypes import KPrototypes

    truth = Truth()
    rng = np.random.default_rng(0)
    centres = rng.integers(0, 5, size=(4, 8))
    rows = [np.where(rng.random(8) < 0.7, centres[i % 4], rng.integers(0, 5, size=8))
            for i in range(200)]
    data = np.array(rows)
    settings = {"n_clusters": 4, "init": "Huang", "n_init": 3, "random_state": 0}
    km = KModes(verbose=1, **settings)
    km.fit(data)
    encoded, _ = encode_features(data)
    seeds = np.random.RandomState(0).randint(np.iinfo(np.int32).max, size=3)
    for run, seed in enumerate(seeds):  # what each printed run did: kmodes' own single run
        *_, epoch_costs = _k_modes_single(encoded, 4, len(data), data.shape[1], km.max_iter,
                                          km.cat_dissim, "Huang", run, 0, seed, None)
        for it, cost in enumerate(epoch_costs[1:], start=1):
            truth.add(it, cost=cost)
    assert list(km.epoch_costs_[1:]) in [truth.metrics["cost"][i:i + len(km.epoch_costs_) - 1]
                                         for i in range(len(truth.metrics["cost"]))]
    print(f"KModes cost: {km.cost_} after {km.n_iter_} iterations")
    truth.add(**{"KModes cost": km.cost_})
    truth.allow(iterations=km.n_iter_)

    mixed = np.column_stack([rng.normal(size=(200, 2)) + (data[:, :1] > 2), data[:, :3]])
    kp = KPrototypes(n_clusters=3, init="Cao", n_init=1, verbose=2, random_state=0, n_jobs=1)
    kp.fit(mixed.astype(object), categorical=[2, 3, 4])
    for it, cost in enumerate(kp.epoch_costs_[1:], start=1):
        truth.add(it, ncost=cost)
    print(f"KPrototypes cost: {kp.cost_:.2f} (gamma {kp.gamma:.3f})")
    truth.add(**{"KPrototypes cost": kp.cost_})

    for k in range(2, 7):
        sweep = KModes(n_clusters=k, init="Huang", n_init=2, random_state=1).fit(data)
        print(f"k={k} cost={sweep.cost_}")
        truth.add(k, cost=sweep.cost_)
        truth.allow(k=k)
    params = {**settings, "kprototypes.n_clusters": 3, "kprototypes.init": "Cao",
              "gamma": kp.gamma}
    truth.write("kmodes: epoch_costs[1:] of kmodes' _k_modes_single run again with each run's "
                "seed (RandomState(0).randint(int32 max, size=3), as k_modes draws them), "
                "at the printed iteration; KPrototypes.epoch_costs_[1:]; cost_ of the fits; the "
                "k sweep's cost_ at step k", libraries=("kmodes", "numpy"), params=params,
                rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"kmodes": train}, root=HELDOUT5)
