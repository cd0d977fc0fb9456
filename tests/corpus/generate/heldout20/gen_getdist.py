"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Monte Carlo sample analysis with GetDist (PyPI ``getdist``, the cosmology community's chain
tool): three seeded chains of 2000 draws of two correlated Gaussian parameters (``omega``,
``h``) with their ``-log(Like)`` values, loaded as one ``MCSamples``. Printed, as its
documentation does: ``print(samples.getMargeStats())`` (``Marginalized limits: 0.68; 0.95;
0.99`` and a table ``parameter mean sddev lower1 upper1 limit1 lower2 ...`` in ``%.7E`` with
the limit kind ``two`` and the LaTeX label), ``print(samples.getLikeStats())`` (``Best fit sample
-log(Like) = 0.007184`` and four more such lines, then ``parameter bestfit lower1 upper1 lower2
upper2``), and ``print("R-1 =", samples.getGelmanRubin())``. GetDist says ``Removed no burn in``
on stdout.

Truth: the ``MargeStats`` object's ``mean``, ``err`` (printed ``sddev``) and each limit's
``lower``/``upper`` as ``<param>/<column>`` (``omega/lower1``); the ``LikeStats`` object's
``logLike_sample``, ``logMeanInvLike``, ``meanLogLike``, ``logMeanLike`` and ``varLogLike``
(printed as twice it) under their printed labels, its ``bestfit_sample`` and
``ND_limit_bot``/``ND_limit_top`` as ``<param>/bestfit``, ``/lower1`` ...; the Gelman-Rubin
statistic as ``R-1``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main


def run() -> None:
    import numpy as np
    from getdist import MCSamples

    rng = np.random.default_rng(3)
    mu = np.array([0.3, 1.2])
    cov = np.array([[1.0, 0.6], [0.6, 2.0]])
    icov = np.linalg.inv(cov)
    chains, loglikes = [], []
    for _ in range(3):
        draws = rng.multivariate_normal(mu, cov, size=2000)
        chains.append(draws)
        loglikes.append(0.5 * np.einsum("ij,jk,ik->i", draws - mu, icov, draws - mu))
    samples = MCSamples(samples=chains, loglikes=loglikes, names=["omega", "h"],
                        labels=[r"\Omega", "h"])
    marge = samples.getMargeStats()
    print(marge)
    like = samples.getLikeStats()
    print(like)
    rminus1 = samples.getGelmanRubin()
    print("R-1 =", rminus1)

    truth = Truth()
    for par in marge.names:
        truth.add(**{f"{par.name}/mean": par.mean, f"{par.name}/sddev": par.err})
        for i, limit in enumerate(par.limits, start=1):
            truth.add(**{f"{par.name}/lower{i}": limit.lower, f"{par.name}/upper{i}": limit.upper})
    truth.add(**{"Best fit sample -log(Like)": like.logLike_sample,
                 "Ln(mean 1/like)": like.logMeanInvLike, "mean(-Ln(like))": like.meanLogLike,
                 "-Ln(mean like)": like.logMeanLike, "2*Var(Ln(like))": 2 * like.varLogLike})
    for par in like.names:
        truth.add(**{f"{par.name}/bestfit": par.bestfit_sample})
        for i in (1, 2):
            truth.add(**{f"{par.name}/lower{i}": par.ND_limit_bot[i - 1],
                         f"{par.name}/upper{i}": par.ND_limit_top[i - 1]})
    truth.add(**{"R-1": rminus1})
    truth.write("getdist: the MargeStats object's mean, err and limits, the LikeStats object's "
                "likelihood summaries (2*varLogLike as printed) and bestfit/ND limits, "
                "getGelmanRubin(); <param>/<column> for the tables",
                libraries=("getdist", "numpy"), rel=1e-6, abs_tol=5e-7)  # %.7E and %f


if __name__ == "__main__":
    main(__file__, {"getdist": run}, root=HELDOUT20)
