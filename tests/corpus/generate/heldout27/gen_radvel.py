"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Radial-velocity orbit fitting with RadVel (PyPI ``radvel``), seeded: two simulated data sets
(one circular planet, 40 epochs; two circular planets, 60 epochs), each as a posterior with a
Gaussian prior on the jitter, printed before the fit (``parameter value vary`` table with the
starting values, derived ``tp``/``e``/``w`` rows, ``Priors`` / ``Gaussian prior on jit,
mu=1.0, sigma=1.0``), then ``maxlike_fitting(post, verbose=True)``, which prints ``Initial
loglikelihood = -96.166145``, ``Performing maximum a posteriori fit...``, ``Final
loglikelihood = ...`` and ``Best-fit parameters:`` with the posterior again.

Truth, from the posterior objects: ``Initial loglikelihood`` and ``Final loglikelihood``
(``post.logprob()``, likelihood plus prior, before and after the fit), and the best-fit table's
values of the free parameters and the derived time of periastron (``per1``, ``tc1``, ``k1``,
``gamma``, ``jit``, ``tp1``, ... from ``post.params`` after the fit, the derived ones through the
basis conversion RadVel's print uses). The starting table's values of the free parameters (and its
derived ``tp``) are params; the fixed parameters and derived ``e``/``w`` (0 in both tables) are
optional; the prior's ``mu`` and ``sigma`` are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def run() -> None:
    import numpy as np
    import radvel
    from radvel.fitting import maxlike_fitting

    rng = np.random.default_rng(27)
    truth = Truth()
    params_printed = {"mu": 1.0, "sigma": 1.0}
    for n_planets, n_obs, starts, true in (
            (1, 40, {1: (20.3, 5.0, 8.0)}, {1: (20.0, 5.0, 10.0)}),
            (2, 60, {1: (20.3, 5.0, 8.0), 2: (7.1, 2.0, 4.0)},
             {1: (20.0, 5.0, 10.0), 2: (7.0, 2.5, 5.0)})):
        t = np.sort(rng.uniform(0, 100, n_obs))
        params = radvel.Parameters(n_planets, basis="per tc secosw sesinw k")
        for i, (per, tc, k) in true.items():
            params[f"per{i}"] = radvel.Parameter(value=per)
            params[f"tc{i}"] = radvel.Parameter(value=tc)
            params[f"secosw{i}"] = radvel.Parameter(value=0.0, vary=False)
            params[f"sesinw{i}"] = radvel.Parameter(value=0.0, vary=False)
            params[f"k{i}"] = radvel.Parameter(value=k)
        params["dvdt"] = radvel.Parameter(value=0.0, vary=False)
        params["curv"] = radvel.Parameter(value=0.0, vary=False)
        vel = radvel.RVModel(params)(t) + rng.normal(0, 2, n_obs)
        for i, (per, tc, k) in starts.items():
            params[f"per{i}"].value, params[f"tc{i}"].value, params[f"k{i}"].value = per, tc, k
        like = radvel.RVLikelihood(radvel.RVModel(params), t, vel, np.full(n_obs, 2.0))
        like.params["gamma"] = radvel.Parameter(value=0.0)
        like.params["jit"] = radvel.Parameter(value=1.0)
        post = radvel.posterior.Posterior(like)
        post.priors += [radvel.prior.Gaussian("jit", 1.0, 1.0)]
        print(post)
        free = [name for name, p in post.params.items() if p.vary]
        fixed = [name for name, p in post.params.items() if not p.vary]

        def derived(post=post, n_planets=n_planets):
            synth = post.params.basis.to_synth(post.params)
            return {f"{key}{i}": synth[f"{key}{i}"].value
                    for i in range(1, n_planets + 1) for key in ("tp", "e", "w")}

        for name in free:
            params_printed[name] = post.params[name].value
        for name, value in derived().items():
            if name.startswith("tp"):
                params_printed[name] = value
            else:
                truth.allow(**{name: value})
        for name in fixed:
            truth.allow(**{name: post.params[name].value})
        truth.add(**{"Initial loglikelihood": post.logprob()})
        post = maxlike_fitting(post, verbose=True)
        truth.add(**{"Final loglikelihood": post.logprob()})
        for name in free:
            truth.add(**{name: post.params[name].value})
        for name, value in derived().items():
            if name.startswith("tp"):
                truth.add(**{name: value})
            else:
                truth.allow(**{name: value})
        for name in fixed:
            truth.allow(**{name: post.params[name].value})
    # the starting values of the two data sets differ only where both print the same number
    truth.write("radvel: post.logprob() before and after maxlike_fitting, and "
                "post.params after it (derived tp/e/w through basis.to_synth)",
                libraries=("radvel", "numpy", "scipy"), params=params_printed,
                rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"radvel": run}, root=HELDOUT27)
