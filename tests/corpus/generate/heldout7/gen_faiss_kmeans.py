"""HELD-OUT fixture (seventh half, see generate/heldout7/README.md): do not read while tuning the
parser.

Faiss k-means with ``verbose=True``, as used to build an IVF index or a vector-quantised
codebook from embeddings. Faiss prints from C (``printf``), so its lines and the script's
``print``s are two separately buffered streams on a pipe:

* ``Clustering 4000 points in 24D to 32 clusters, redo 1 times, 16 iterations``,
  ``  Preprocessing in 0.00 s``, then one line per iteration, each ending in ``\\r`` (redrawn in
  place on a terminal): ``  Iteration 7 (0.01 s, search 0.01 s): objective=61234.5
  imbalance=1.042 nsplit=0``;
* a spherical k-means with ``nredo=2``: ``Outer iteration 0 / 2`` before each restart and
  ``Objective improved: keep new clusters``;
* the script's own lines: a config line ``kmeans: d=24 k=32 niter=16 seed=1234``, the final
  objective, then an IVF index on the centroids searched at several ``nprobe``:
  ``nprobe=  4  R@1=0.8125  10-intersection=0.7725  (1.3 ms)``.

Truth: ``Kmeans.iteration_stats`` (``obj`` as ``objective``, ``imbalance_factor`` as
``imbalance``) at the printed iteration (0-based, restarting at each redo), ``nsplit``
optional; the final objectives the script printed (``final objective``); recalls computed from
``IndexIVFFlat.search`` against ``IndexFlatL2.search`` (``R@1``, ``10-intersection``, no step; ``nprobe``
optional: a search setting printed as a pair); times in neither map; the config line's values
are params.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT7, Truth, main


def run() -> None:
    import faiss
    import numpy as np

    truth = Truth()
    rng = np.random.default_rng(7)
    d, k, niter, seed = 24, 32, 16, 1234
    centres = rng.normal(scale=1.2, size=(k, d))
    xb = (centres[rng.integers(0, k, 4000)] + rng.normal(size=(4000, d))).astype("float32")
    xq = (centres[rng.integers(0, k, 400)] + rng.normal(size=(400, d))).astype("float32")
    print(f"kmeans: d={d} k={k} niter={niter} seed={seed}", flush=True)

    def record(km, restarts=1):
        stats = [km.iteration_stats[i] for i in range(len(km.iteration_stats))]
        # with restarts, every redo runs all its iterations (none converged early here)
        assert restarts == 1 or len(stats) == restarts * km.cp.niter, len(stats)
        for i, stat in enumerate(stats):
            step = i % km.cp.niter if restarts > 1 else i
            truth.add(step, objective=stat["obj"], imbalance=stat["imbalance_factor"])
            truth.allow(nsplit=stat["nsplit"])

    km = faiss.Kmeans(d, k, niter=niter, verbose=True, seed=seed)
    km.train(xb)
    print(f"final objective: {km.obj[-1]:.2f}", flush=True)
    truth.add(**{"final objective": km.obj[-1]})
    record(km)

    sph = faiss.Kmeans(d, k, niter=6, nredo=2, verbose=True, spherical=True, seed=seed)
    sph.train(xb)
    record(sph, restarts=2)
    print(f"spherical final objective: {sph.obj[-1]:.2f}", flush=True)
    truth.add(**{"spherical final objective": sph.obj[-1]})

    flat = faiss.IndexFlatL2(d)
    flat.add(xb)
    _, gt = flat.search(xq, 10)
    quantizer = faiss.IndexFlatL2(d)
    index = faiss.IndexIVFFlat(quantizer, d, k)
    index.train(xb)
    index.add(xb)
    for nprobe in (1, 2, 4, 8):
        index.nprobe = nprobe
        start = time.perf_counter()
        _, found = index.search(xq, 10)
        ms = (time.perf_counter() - start) * 1000
        r1 = float(np.mean(found[:, 0] == gt[:, 0]))
        inter = float(np.mean([len(set(found[i]) & set(gt[i])) / 10 for i in range(len(xq))]))
        print(f"nprobe={nprobe:3d}  R@1={r1:.4f}  10-intersection={inter:.4f}  ({ms:.1f} ms)",
              flush=True)
        truth.add(**{"R@1": r1, "10-intersection": inter})
        truth.allow(nprobe=nprobe)
    truth.write("Kmeans.iteration_stats (obj as objective, imbalance_factor as imbalance) at the "
                "printed 0-based iteration; the script's final objectives; recalls from "
                "IndexIVFFlat.search against IndexFlatL2.search; nsplit, nprobe optional; the "
                "config line = params",
                libraries=("faiss-cpu", "numpy"),
                params={"d": d, "k": k, "niter": niter, "seed": seed},
                rel=1e-5, abs_tol=5.1e-4)  # objective %g (6 digits), imbalance %.3f


if __name__ == "__main__":
    main(__file__, {"faiss-kmeans": run}, root=HELDOUT7)
