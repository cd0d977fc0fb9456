"""HELD-OUT fixture (fifty-first half, see generate/heldout51/README.md): do not read while
tuning the parser.

EM for a Gaussian mixture printing as the ufal/npfl129 course task ``tasks/gaussian_mixture.md``
(the expected output of its ``gaussian_mixture.py`` template: ``Loss after iteration 1:
546.2``, one line per EM iteration, the negative log-likelihood with one decimal). Here: our EM
with full covariances in NumPy on synthetic 2-D blobs, three runs one after another as the
task's examples (112 examples, 4 clusters, 5 iterations, random init; 120 examples, 5 clusters,
11 iterations, random init; 120 examples, 5 clusters, 5 iterations, k-means++-style init).

Truth: the negative log-likelihood as ``Loss`` at the printed iteration; the three runs restart
the count and share the name.
"""

from _toy import mlp  # noqa: F401  (puts generate/ on sys.path)
from _capture import HELDOUT51, Truth, main


def run() -> None:
    import numpy as np
    from scipy.stats import multivariate_normal

    truth = Truth()

    def one_run(examples, clusters, iterations, init, seed):
        rng = np.random.default_rng(seed)
        centers = rng.uniform(-6, 6, (clusters, 2))
        data = np.concatenate([rng.normal(c, rng.uniform(0.5, 1.5), (examples // clusters + 1, 2))
                               for c in centers])[:examples]
        if init == "random":
            means = data[rng.choice(len(data), clusters, replace=False)]
        else:
            means = [data[rng.integers(len(data))]]
            for _ in range(clusters - 1):
                d2 = np.min([((data - m) ** 2).sum(1) for m in means], axis=0)
                means.append(data[rng.choice(len(data), p=d2 / d2.sum())])
            means = np.array(means)
        covs = np.array([np.cov(data.T) for _ in range(clusters)])
        weights = np.full(clusters, 1 / clusters)
        for iteration in range(iterations):
            dens = np.stack([w * multivariate_normal(m, c).pdf(data)
                             for w, m, c in zip(weights, means, covs)], 1)
            resp = dens / dens.sum(1, keepdims=True)
            nk = resp.sum(0)
            weights = nk / len(data)
            means = (resp.T @ data) / nk[:, None]
            covs = np.array([((resp[:, k, None] * (data - means[k])).T @ (data - means[k])) / nk[k]
                             for k in range(clusters)])
            dens = np.stack([w * multivariate_normal(m, c).pdf(data)
                             for w, m, c in zip(weights, means, covs)], 1)
            loss = -np.log(dens.sum(1)).sum()
            print("Loss after iteration {}: {:.1f}".format(iteration + 1, loss))
            truth.add(at=iteration + 1, Loss=loss)

    one_run(112, 4, 5, "random", 1)
    one_run(120, 5, 11, "random", 2)
    one_run(120, 5, 5, "kmeans++", 3)
    truth.write("the EM iterations' negative log-likelihoods", libraries=("numpy", "scipy"),
                rel=1e-4, abs_tol=0.05)


if __name__ == "__main__":
    main(__file__, {"gmmem": run}, root=HELDOUT51)
