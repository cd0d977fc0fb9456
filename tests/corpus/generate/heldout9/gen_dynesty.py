"""HELD-OUT fixture (ninth half, see generate/heldout9/README.md): do not read while tuning the
parser.

Nested sampling with dynesty, as in its getting-started guide: a correlated 3-D Gaussian
likelihood under a uniform prior, a static ``NestedSampler`` (multi-ellipsoid bounds, uniform
sampling, 300 live points) run to ``dlogz=0.5``. With tqdm installed dynesty draws its
progress as a tqdm bar on stderr whose postfix holds ``bound: 4 | nc: 1 | ncall: 5021 |
eff(%): 18.3 | loglstar: -inf < -7.23 < inf | logz: -9.12 +/- 0.11 | dlogz: 1.3 > 0.5``,
redrawn as the sampler goes and, at the end, while the live points are added (``+12 | ...``).
Then ``results.summary()`` (a ``Summary`` block: ``nlive``, ``niter``, ``ncall``,
``eff(%)``, ``logz: x +/- y``), and the script's posterior means and standard deviations from
the weighted samples, and the analytic evidence to compare with.

Truth: the states dynesty drew: a wrapper around ``dynesty.utils.get_print_fn_args`` keeps the
values of the iteration record dynesty hands it (``loglstar``, ``logz``, ``logzvar``,
``delta_logz``, ``eff``, ``nc``, ``bounditer`` and the call count) and one around tqdm's
``display`` records them each time the bar is drawn (which states are drawn depends on
timing): ``loglstar``, ``logz`` and ``dlogz`` a point per drawn state (``-inf``/``inf`` where
dynesty prints those), no step (the bar's count is progress); the ``+/-`` spread optional as
``logz_std``, ``eff(%)`` and the counts (``bound``, ``nc``, ``ncall``) optional. The summary's
``logz`` and its error from ``results`` (``logz[-1]``, ``logzerr[-1]``), its counts and
efficiency optional. Posterior moments from ``dynesty.utils.mean_and_cov`` with the results'
importance weights, as ``x0/mean``, ``x0/std``, ... (the row's label, then the printed name),
the model's ``true mean`` beside them optional; the analytic
``log Z`` is the script's. The settings printed first are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT9, Truth, main

SETTINGS = {"ndim": 3, "nlive": 300, "bound": "multi", "sample": "unif", "dlogz": 0.5,
            "prior_halfwidth": 10.0, "seed": 7}


def run() -> None:
    import math

    import numpy as np
    import tqdm.std

    import dynesty
    import dynesty.utils as dyfunc

    truth = Truth()
    current = {}
    get_args = dyfunc.get_print_fn_args

    def recording_get_args(itresult, niter, ncall, *args, **kwargs):
        current.update(loglstar=itresult.loglstar, logz=itresult.logz,
                       logzvar=itresult.logzvar, delta_logz=itresult.delta_logz,
                       eff=itresult.eff, nc=itresult.nc, bound=itresult.bounditer, ncall=ncall)
        return get_args(itresult, niter, ncall, *args, **kwargs)

    display = tqdm.std.tqdm.display

    def recording_display(self, *args, **kwargs):
        if current:
            c = current
            loglstar = -math.inf if c["loglstar"] <= -1e6 else c["loglstar"]
            logz = -math.inf if c["logz"] <= -1e6 else c["logz"]
            dlogz = math.inf if c["delta_logz"] > 1e6 else c["delta_logz"]
            truth.add(loglstar=loglstar, logz=logz, dlogz=dlogz)
            if 0.0 <= c["logzvar"] <= 1e6:
                truth.allow(logz_std=math.sqrt(c["logzvar"]))
            truth.allow(**{"eff(%)": c["eff"], "bound": c["bound"], "nc": c["nc"],
                           "ncall": c["ncall"]})
        return display(self, *args, **kwargs)

    dyfunc.get_print_fn_args = recording_get_args
    tqdm.std.tqdm.display = recording_display

    print("settings: " + ", ".join(f"{k}={v}" for k, v in SETTINGS.items()), flush=True)
    ndim, half = SETTINGS["ndim"], SETTINGS["prior_halfwidth"]
    cov = np.array([[1.0, 0.9, 0.0], [0.9, 1.0, 0.0], [0.0, 0.0, 0.5]])
    mean = np.array([1.0, -0.5, 0.25])
    icov = np.linalg.inv(cov)
    lnorm = -0.5 * (np.log(2 * np.pi) * ndim + np.log(np.linalg.det(cov)))

    def loglike(x):
        d = x - mean
        return -0.5 * d @ icov @ d + lnorm

    def prior_transform(u):
        return 2.0 * half * u - half

    sampler = dynesty.NestedSampler(loglike, prior_transform, ndim, nlive=SETTINGS["nlive"],
                                    bound=SETTINGS["bound"], sample=SETTINGS["sample"],
                                    rstate=np.random.default_rng(SETTINGS["seed"]))
    sampler.run_nested(dlogz=SETTINGS["dlogz"])
    sys.stderr.flush()
    dyfunc.get_print_fn_args, tqdm.std.tqdm.display = get_args, display
    current.clear()
    results = sampler.results
    results.summary()
    sys.stdout.flush()
    truth.add(logz=results.logz[-1])
    truth.allow(logz_std=results.logzerr[-1], nlive=results.nlive, niter=results.niter,
                ncall=int(np.sum(results.ncall)), **{"eff(%)": results.eff})

    weights = results.importance_weights()
    means, covariance = dyfunc.mean_and_cov(results.samples, weights)
    print("\nposterior (weighted samples):")
    for i in range(ndim):
        std = math.sqrt(covariance[i, i])
        print(f"  x{i}: mean {means[i]: .4f}  std {std:.4f}  (true mean {mean[i]: .2f})")
        truth.add(**{f"x{i}/mean": means[i], f"x{i}/std": std})
        truth.allow(**{"true mean": mean[i], f"x{i}/true mean": mean[i]})
    analytic = -ndim * math.log(2 * half)
    print(f"analytic log Z = {analytic:.4f}, estimated {results.logz[-1]:.4f} "
          f"+/- {results.logzerr[-1]:.4f}", flush=True)
    truth.add(**{"analytic log Z": analytic, "estimated": results.logz[-1]})
    truth.allow(estimated_std=results.logzerr[-1])
    truth.write("tqdm states dynesty drew (get_print_fn_args' iteration record at each "
                "display): loglstar, logz, dlogz points (spread, eff and counts optional); "
                "results.logz[-1] for the summary; mean_and_cov with importance weights; "
                "the analytic evidence; settings = params",
                libraries=("dynesty", "numpy", "tqdm"), params=SETTINGS,
                rel=1e-9, abs_tol=5.1e-4)  # 3 decimals (the bar), 4 (the script)


if __name__ == "__main__":
    main(__file__, {"dynesty": run}, root=HELDOUT9)
