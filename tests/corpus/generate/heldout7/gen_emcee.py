"""HELD-OUT fixture (seventh half, see generate/heldout7/README.md): do not read while tuning the
parser.

emcee fitting a line with an underestimated-error term, following emcee's own "Fitting a model
to data" tutorial: a maximum-likelihood start by ``scipy.optimize.minimize``, then an
``EnsembleSampler`` run with its progress bar, then the tutorial's summaries:

* ``emcee: nwalkers=32 ndim=3 nsteps=3000 discard=300 thin=15 seed=42`` (the script's settings);
* ``Maximum likelihood estimates:``, ``m = -1.003``, ``b = 4.528``, ``f = 0.454``;
* stderr, emcee's tqdm bar: ``100%|██████████| 3000/3000 [00:04<00:00, 702.31it/s]`` (no
  postfix);
* ``Mean acceptance fraction: 0.687``, ``Mean autocorrelation time: 38.412 steps``, the
  autocorrelation times as a NumPy array (``[39.71 41.23 38.57]``), ``flat chain shape: (6048,
  3)``;
* the posterior as the tutorial's ``{name} = {median:.3f} -{lower:.3f} +{upper:.3f}``:
  ``m = -1.009 -0.079 +0.080``, ``log(f) = -0.784 -0.067 +0.071``.

Truth: ``minimize``'s ``x`` (``m``, ``b``, and ``f`` = exp of the fitted log f); the sampler's
``acceptance_fraction`` mean and ``get_autocorr_time()`` mean (the array's items in neither
map: no name), the percentiles of ``get_chain(discard, thin, flat=True)`` (medians under
``m``, ``b``, ``log(f)``; the lower and upper distances optional as ``<name>_std``); the chain
shape in neither map. No step anywhere. The settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT7, Truth, main


def run() -> None:
    import emcee
    import numpy as np
    from scipy.optimize import minimize

    truth = Truth()
    settings = {"nwalkers": 32, "ndim": 3, "nsteps": 3000, "discard": 300, "thin": 15,
                "seed": 42}
    print("emcee: " + " ".join(f"{k}={v}" for k, v in settings.items()), flush=True)
    rng = np.random.default_rng(settings["seed"])
    m_true, b_true, f_true = -0.9594, 4.294, 0.534
    x = np.sort(10 * rng.random(50))
    yerr = 0.1 + 0.5 * rng.random(50)
    y = m_true * x + b_true
    y += np.abs(f_true * y) * rng.normal(size=50)
    y += yerr * rng.normal(size=50)

    def log_likelihood(theta):
        m, b, log_f = theta
        model = m * x + b
        sigma2 = yerr ** 2 + model ** 2 * np.exp(2 * log_f)
        return -0.5 * np.sum((y - model) ** 2 / sigma2 + np.log(sigma2))

    def log_probability(theta):
        m, b, log_f = theta
        if not (-5.0 < m < 0.5 and 0.0 < b < 10.0 and -10.0 < log_f < 1.0):
            return -np.inf
        return log_likelihood(theta)

    soln = minimize(lambda t: -log_likelihood(t),
                    np.array([m_true, b_true, np.log(f_true)]) + 0.1 * rng.normal(size=3))
    m_ml, b_ml, log_f_ml = soln.x
    print("Maximum likelihood estimates:")
    print(f"m = {m_ml:.3f}")
    print(f"b = {b_ml:.3f}")
    print(f"f = {np.exp(log_f_ml):.3f}", flush=True)
    truth.add(m=m_ml, b=b_ml, f=np.exp(log_f_ml))

    pos = soln.x + 1e-4 * rng.normal(size=(settings["nwalkers"], settings["ndim"]))
    np.random.seed(settings["seed"])  # emcee's moves draw from NumPy's global generator
    sampler = emcee.EnsembleSampler(settings["nwalkers"], settings["ndim"], log_probability)
    sampler.run_mcmc(pos, settings["nsteps"], progress=True)
    sys.stderr.flush()
    acceptance = float(np.mean(sampler.acceptance_fraction))
    tau = sampler.get_autocorr_time()
    print(f"Mean acceptance fraction: {acceptance:.3f}")
    print(f"Mean autocorrelation time: {np.mean(tau):.3f} steps")
    print(np.round(tau, 2))
    flat = sampler.get_chain(discard=settings["discard"], thin=settings["thin"], flat=True)
    print(f"flat chain shape: {flat.shape}")
    truth.add(**{"Mean acceptance fraction": acceptance,
                 "Mean autocorrelation time": float(np.mean(tau))})
    for i, name in enumerate(("m", "b", "log(f)")):
        q = np.percentile(flat[:, i], [16, 50, 84])
        lower, upper = q[1] - q[0], q[2] - q[1]
        print(f"{name} = {q[1]:.3f} -{lower:.3f} +{upper:.3f}")
        truth.add(**{name: q[1]})
        truth.allow(**{f"{name}_std": lower})
        truth.allow(**{f"{name}_std": upper})
    sys.stdout.flush()
    truth.write("scipy minimize's x (m, b, f=exp(log f)); the sampler's acceptance_fraction and "
                "get_autocorr_time means; percentiles of get_chain(flat=True): medians as the "
                "parameter's name, the distances to the 16th/84th optional as <name>_std; "
                "settings line = params",
                libraries=("emcee", "numpy", "scipy"), params=settings,
                rel=1e-6, abs_tol=5.1e-4)  # three decimals


if __name__ == "__main__":
    main(__file__, {"emcee": run}, root=HELDOUT7)
