"""HELD-OUT fixture (eighth half, see generate/heldout8/README.md): do not read while tuning the
parser.

tslearn clustering and classifying synthetic time series (sines, square waves and sawtooths
with random phase and noise, made by the script), every estimator with ``verbose=True``:

* ``TimeSeriesKMeans`` with the Euclidean metric, with DTW (``n_init=2``: ``Init 1``, ``Init
  2`` before each run) and with soft-DTW, and ``KernelKMeans`` (GAK kernel): each prints its
  inertia after every iteration as a chain of bare numbers joined by ``-->``; after each fit
  the script prints a ``name: inertia=... n_iter=... silhouette=... ARI=...`` line;
* ``TimeSeriesSVC`` (GAK kernel) on two of the classes: libsvm's own optimisation report from
  C (``*``, ``optimization finished, #iter = 21``, ``obj = ..., rho = ...``, ``nSV = ...,
  nBSV = ...``, ``Total nSV = ...``), then the script's test accuracy.

Truth: the ``-->`` chains are the inertia after each iteration, but they print no name: they
are in neither map (as an unnamed array is elsewhere in the corpus) and are not recorded; the
summary lines' ``inertia`` (the fitted
``inertia_``), ``silhouette`` (``tslearn.clustering.silhouette_score``) and ``ARI``
(scikit-learn's ``adjusted_rand_score``) are points, ``n_iter`` (``n_iter_``) optional;
libsvm's ``obj`` is computed from the fitted dual coefficients and the GAK Gram matrix on the
support vectors (½·dᵀKd − Σ|d|), ``rho`` is minus libsvm's intercept (``_intercept_``,
before scikit-learn flips a binary model's signs), both points; ``nSV``, ``nBSV``,
``Total nSV`` are optional counts (from ``n_support_`` and the coefficients at the bound C),
``#iter`` is in no API and in neither map; ``test accuracy`` from ``score``. The settings line
printed first is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT8, Truth, main


def dataset(rng, per_class=24, size=48):
    import numpy as np

    t = np.linspace(0, 4 * np.pi, size)
    xs, ys = [], []
    for label in range(3):
        for _ in range(per_class):
            phase = rng.uniform(0, 2 * np.pi)
            if label == 0:
                s = np.sin(t + phase)
            elif label == 1:
                s = np.sign(np.sin(t + phase))
            else:
                s = ((t + phase) % (2 * np.pi)) / np.pi - 1
            xs.append(s + 0.3 * rng.normal(size=size))
            ys.append(label)
    return np.array(xs)[:, :, None], np.array(ys)


def run() -> None:
    import numpy as np
    from sklearn.metrics import adjusted_rand_score
    from tslearn.clustering import KernelKMeans, TimeSeriesKMeans, silhouette_score
    from tslearn.metrics import cdist_gak
    from tslearn.preprocessing import TimeSeriesScalerMeanVariance
    from tslearn.svm import TimeSeriesSVC

    truth = Truth()
    settings = {"n_clusters": 3, "max_iter": 15, "seed": 0, "n_ts": 72, "sz": 48, "C": 1.0}
    print("settings: " + " ".join(f"{k}={v}" for k, v in settings.items()), flush=True)
    rng = np.random.default_rng(settings["seed"])
    x, y = dataset(rng)
    x = TimeSeriesScalerMeanVariance().fit_transform(x)
    common = {"n_clusters": settings["n_clusters"], "max_iter": settings["max_iter"],
              "verbose": True, "random_state": settings["seed"]}
    models = [
        ("kmeans-euclidean", TimeSeriesKMeans(metric="euclidean", **common), "euclidean"),
        ("kmeans-dtw", TimeSeriesKMeans(metric="dtw", n_init=2, **common), "dtw"),
        ("kmeans-softdtw", TimeSeriesKMeans(metric="softdtw", metric_params={"gamma": 0.5},
                                            **common), "softdtw"),
        ("kernel-kmeans", KernelKMeans(kernel="gak", kernel_params={"sigma": "auto"},
                                       **common), "euclidean"),
    ]
    for name, model, metric in models:
        print(f"== {name}", flush=True)
        labels = model.fit_predict(x)
        sys.stdout.flush()
        sil = float(silhouette_score(x, labels, metric=metric))
        ari = float(adjusted_rand_score(y, labels))
        print(f"{name}: inertia={model.inertia_:.4f} n_iter={model.n_iter_} "
              f"silhouette={sil:.4f} ARI={ari:.4f}", flush=True)
        truth.add(inertia=model.inertia_, silhouette=sil, ARI=ari)
        truth.allow(n_iter=model.n_iter_)

    binary = y < 2
    xb, yb = x[binary], y[binary]
    order = rng.permutation(len(yb))
    train, test = order[:32], order[32:]
    print("== svc-gak (sine vs square)", flush=True)
    svc = TimeSeriesSVC(kernel="gak", C=settings["C"], verbose=True, random_state=0)
    svc.fit(xb[train], yb[train])
    sys.stdout.flush()
    est = svc.svm_estimator_
    gram = cdist_gak(xb[train], sigma=np.sqrt(svc.gamma_ / 2.0))
    sv, d = est.support_, est._dual_coef_[0]  # libsvm's own signs (sklearn flips binary ones)
    obj = 0.5 * float(d @ gram[np.ix_(sv, sv)] @ d) - float(np.abs(d).sum())
    truth.add(obj=obj, rho=-float(est._intercept_[0]))
    n_bsv = int(np.sum(np.isclose(np.abs(d), settings["C"])))
    truth.allow(nSV=int(est.n_support_.sum()), nBSV=n_bsv,
                **{"Total nSV": int(est.n_support_.sum())})
    acc = float(svc.score(xb[test], yb[test]))
    print(f"svc-gak: test accuracy={acc:.4f} ({len(test)} series)", flush=True)
    truth.add(**{"test accuracy": acc})
    truth.write("fitted inertia_, tslearn's silhouette_score and sklearn's adjusted_rand_score "
                "per model (n_iter_ optional; per-iteration inertia unnamed, in neither map); "
                "libsvm obj from _dual_coef_ and the GAK Gram matrix, rho = -_intercept_, SV "
                "counts optional; score() on the test series; settings = params",
                libraries=("tslearn", "scikit-learn", "numpy"), params=settings,
                rel=1e-4, abs_tol=5.1e-5)  # 4 decimals; libsvm's 6 significant digits


if __name__ == "__main__":
    main(__file__, {"tslearn": run}, root=HELDOUT8)
