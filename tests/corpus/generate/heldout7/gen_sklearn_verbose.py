"""HELD-OUT fixture (seventh half, see generate/heldout7/README.md): do not read while tuning the
parser.

scikit-learn estimators whose ``verbose`` output no other half has: ``KMeans(verbose=1)``,
``GaussianMixture(verbose=2, verbose_interval=1)`` and ``TSNE(verbose=2)``, fitted on the
bundled digits (scaled), each followed by the script's own summary line:

* KMeans, ``n_init=2``: ``Initialization complete``, ``Iteration 0, inertia
  81234.56789012``... ``Converged at iteration 11: strict convergence.`` (or ``... center
  shift 3.1e-05 within tolerance 0.0001.``), per initialisation; then ``KMeans: inertia
  71234.568, silhouette 0.1432, ARI 0.6731``;
* GaussianMixture, ``n_init=2``: ``Initialization 0``, ``  Iteration 1\\t time lapse
  0.01234s\\t ll change inf``, ``  Iteration 2\\t time lapse 0.00812s\\t ll change 1.23456``...,
  ``Initialization converged. time lapse 0.12345s\\t lower bound -51.23456.``; then
  ``GaussianMixture: lower bound -51.2346, BIC 73123.4, converged after 14 iterations``;
* TSNE (Barnes-Hut): ``[t-SNE] Computing 91 nearest neighbors...``, ``[t-SNE] Indexed 900
  samples in 0.001s...``, ``[t-SNE] Mean sigma: 1.234567``, ``[t-SNE] Iteration 50: error =
  61.2345678, gradient norm = 0.0123456 (50 iterations in 0.123s)``..., ``[t-SNE] KL
  divergence after 250 iterations with early exaggeration: 61.234567``, ``[t-SNE] KL
  divergence after 500 iterations: 0.812345``; then ``t-SNE: KL 0.8123, trustworthiness
  0.9812``.

Truth, read from the library while it runs (thin wrappers around its own functions, which only
record what they return): KMeans's ``_inertia_dense`` at the call inside the iteration loop
(the verbose call; the final call after the loop is left out), as ``inertia`` at the loop's
``i``; GaussianMixture's ``_compute_lower_bound`` per iteration, ``ll change`` the difference
from the previous bound (``inf`` first) at the iteration, ``lower bound`` at the end of each
initialisation (no step); t-SNE's objective ``_kl_divergence_bh`` at each checked iteration
(``error``; ``gradient norm`` the norm of the gradient after ``_gradient_descent`` scaled it
by its gains, read when the next iteration starts) at ``i + 1``, and ``KL divergence`` after
each phase (at 250, then ``n_iter_ + 1``). The summary lines: ``inertia_``,
``silhouette_score``, ``adjusted_rand_score``, ``lower_bound_``, ``bic``, ``kl_divergence_``,
``trustworthiness``; ``n_iter_`` and the other counts in neither map. ``Mean sigma`` is in
neither map too (scikit-learn computes it inside its Cython perplexity search and keeps it
nowhere), nor the convergence line's center shift. The script's settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT7, Truth, main


def run() -> None:
    import numpy as np
    import sklearn.cluster._kmeans as kmeans_mod
    import sklearn.manifold._t_sne as tsne_mod
    from sklearn.cluster import KMeans
    from sklearn.datasets import load_digits
    from sklearn.manifold import TSNE, trustworthiness
    from sklearn.metrics import adjusted_rand_score, silhouette_score
    from sklearn.mixture import GaussianMixture
    from sklearn.preprocessing import StandardScaler

    truth = Truth()
    settings = {"n_clusters": 10, "kmeans_n_init": 2, "gmm_components": 6,
                "covariance_type": "diag", "perplexity": 30.0, "tsne_max_iter": 500,
                "seed": 0}
    print("settings: " + ", ".join(f"{k}={v}" for k, v in settings.items()), flush=True)
    digits = load_digits()
    x = StandardScaler().fit_transform(digits.data[:900])
    labels_true = digits.target[:900]

    # KMeans: the inertia its verbose loop prints
    inertia_calls = []
    original_inertia = kmeans_mod._inertia_dense

    def recording_inertia(*args, **kwargs):
        value = original_inertia(*args, **kwargs)
        frame = sys._getframe(1)
        if frame.f_code.co_name == "_kmeans_single_lloyd":
            inertia_calls.append((frame.f_lineno, frame.f_locals["i"], value))
        return value

    kmeans_mod._inertia_dense = recording_inertia
    km = KMeans(n_clusters=settings["n_clusters"], n_init=settings["kmeans_n_init"],
                random_state=settings["seed"], verbose=1).fit(x)
    verbose_line = min(line for line, _, _ in inertia_calls)
    for line, i, value in inertia_calls:
        if line == verbose_line:
            truth.add(i, inertia=value)
    sil = silhouette_score(x, km.labels_)
    ari = adjusted_rand_score(labels_true, km.labels_)
    print(f"KMeans: inertia {km.inertia_:.3f}, silhouette {sil:.4f}, ARI {ari:.4f}", flush=True)
    truth.add(inertia=km.inertia_, silhouette=sil, ARI=ari)

    # GaussianMixture: every lower bound it computes
    class RecordingGMM(GaussianMixture):
        """Keeps each lower bound the EM loop computes, in order."""

        def _compute_lower_bound(self, log_resp, log_prob_norm):
            bound = super()._compute_lower_bound(log_resp, log_prob_norm)
            self.bounds.append(bound)
            return bound

    gmm = RecordingGMM(n_components=settings["gmm_components"],
                       covariance_type=settings["covariance_type"], n_init=2,
                       random_state=settings["seed"], verbose=2, verbose_interval=1,
                       max_iter=60, tol=1e-3)
    gmm.bounds = []
    starts = []
    original_init = gmm._initialize_parameters

    def init_and_mark(*args, **kwargs):
        starts.append(len(gmm.bounds))
        return original_init(*args, **kwargs)

    gmm._initialize_parameters = init_and_mark
    gmm.fit(x)
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(gmm.bounds)
        previous = float("-inf")
        for n_iter, bound in enumerate(gmm.bounds[start:end], start=1):
            truth.add(n_iter, **{"ll change": bound - previous})
            previous = bound
        truth.add(**{"lower bound": previous})
    bic = gmm.bic(x)
    print(f"GaussianMixture: lower bound {gmm.lower_bound_:.4f}, BIC {bic:.3f}, converged "
          f"after {gmm.n_iter_} iterations", flush=True)
    truth.add(**{"lower bound": gmm.lower_bound_, "BIC": bic})

    # t-SNE: the objective at each checked iteration
    checks, phase_ends = [], []
    original_descent = tsne_mod._gradient_descent

    def recording_descent(objective, p0, it, max_iter, **kwargs):
        every = kwargs.get("n_iter_check", 1)
        state = {"i": it, "pending": None}

        def flush_pending():
            if state["pending"] is not None:
                i, error, grad = state["pending"]
                checks.append((i + 1, error, float(np.linalg.norm(grad))))
                state["pending"] = None

        def recording_objective(p, *args, **kw):
            flush_pending()  # the previous iteration's gradient is final now
            error, grad = objective(p, *args, **kw)
            if (state["i"] + 1) % every == 0:
                state["pending"] = (state["i"], error, grad)
            state["i"] += 1
            return error, grad

        result = original_descent(recording_objective, p0, it, max_iter, **kwargs)
        flush_pending()
        phase_ends.append((result[2] + 1, result[1]))
        return result

    tsne_mod._gradient_descent = recording_descent
    tsne = TSNE(perplexity=settings["perplexity"], max_iter=settings["tsne_max_iter"],
                random_state=settings["seed"], verbose=2, init="pca")
    embedded = tsne.fit_transform(x)
    for step, error, grad_norm in checks:
        truth.add(step, error=error, **{"gradient norm": grad_norm})
    for step, kl in phase_ends:
        truth.add(step, **{"KL divergence": kl})
    trust = trustworthiness(x, embedded, n_neighbors=5)
    print(f"t-SNE: KL {tsne.kl_divergence_:.4f}, trustworthiness {trust:.4f}", flush=True)
    truth.add(KL=tsne.kl_divergence_, trustworthiness=trust)
    truth.write("wrappers recording what scikit-learn's own functions return: KMeans's "
                "_inertia_dense in the verbose loop (inertia at i); GaussianMixture's "
                "_compute_lower_bound (ll change at the iteration, lower bound per init); "
                "t-SNE's objective at checked iterations (error, gradient norm after gains, "
                "at i+1) and each phase's KL divergence; summary lines from the fitted "
                "attributes and sklearn.metrics; settings line = params",
                libraries=("scikit-learn", "numpy"), params=settings,
                rel=1e-6, abs_tol=5.1e-5)  # the summaries' 4 decimals; the rest finer


if __name__ == "__main__":
    main(__file__, {"sklearn-verbose": run}, root=HELDOUT7)
