"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Adaptive Metropolis sampling with pymcmcstat (PyPI ``pymcmcstat``, on NumPy 1.x and SciPy 1.11),
seeded: three small calibration problems with a sum-of-squares likelihood and an updated error
variance: an exponential decay ``A exp(-k x)`` sampled with delayed-rejection adaptive Metropolis
(``method='dram'``, 3000 steps), a straight line with three parameters (slope, intercept and an
offset term) with plain Metropolis (``'mh'``, 2000 steps), and a Monod curve with adaptive
Metropolis (``'am'``, 2000 steps). Each run prints ``Sampling these parameters:`` (a table
``name start [min, max] N(mu, sigma^2)``: the set-up) and its progress bar (``[----  24%  ]
741 of 3000 complete in 0.5 sec``); after each run the script calls ``chainstats`` on the chain
without its first third, which prints a table ``name: mean std MC_err tau geweke`` and
``Acceptance rate information`` (``Stage 1: 11.00%``, ``Stage 2: 46.03%``, ``Net : 57.03% ->
1711/3000`` from the results dictionary, then ``Net`` of the chain provided).

Truth: the dictionary ``chainstats(..., returnstats=True)`` returns, for the same call:
``<param>/mean``, ``<param>/std``, ``<param>/MC_err`` (``mcerr``), ``<param>/tau``
(``iact['tau']``) metrics; ``<param>/geweke`` (``geweke['p']``, a p-value) optional. The
acceptance rates are optional (rates): per stage ``100 * iacce / nsimu`` from the results
dictionary (``Stage 1``, ``Stage 2``, ``Net``; where the results keep ``iacce``), and the chain-provided
``Net`` (distinct values of the first parameter over the chain's length, as pymcmcstat counts
it). The set-up table is
params (``A/start``, ``A/min``, ``A/max``, ``A/mu``, ``A/sigma^2``). The bar's counts and times
are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main


def run() -> None:
    import numpy as np
    from pymcmcstat.MCMC import MCMC

    np.random.seed(26)
    truth = Truth()
    params: dict[str, object] = {}
    x1 = np.linspace(0, 5, 40)
    y1 = 2.0 * np.exp(-0.6 * x1) + np.random.normal(0, 0.05, x1.size)
    x2 = np.linspace(-2, 2, 30)
    y2 = 0.8 * x2 + 0.3 + np.random.normal(0, 0.2, x2.size)
    x3 = np.linspace(0.1, 10, 25)
    y3 = 1.5 * x3 / (2.0 + x3) + np.random.normal(0, 0.04, x3.size)

    def decay(q, data):
        return ((data.ydata[0][:, 0] - q[0] * np.exp(-q[1] * data.xdata[0][:, 0])) ** 2).sum()

    def line(q, data):
        xd = data.xdata[0][:, 0]
        return ((data.ydata[0][:, 0] - (q[0] * xd + q[1] + q[2] * 0.1)) ** 2).sum()

    def monod(q, data):
        xd = data.xdata[0][:, 0]
        return ((data.ydata[0][:, 0] - q[0] * xd / (q[1] + xd)) ** 2).sum()

    runs = ((x1, y1, decay, (("A", 1.5, 0.0), ("k", 0.3, 0.0)), "dram", 3000),
            (x2, y2, line, (("slope", 0.5, -5.0), ("intercept", 0.0, -5.0), ("offset", 0.0, -5.0)),
             "mh", 2000),
            (x3, y3, monod, (("mu_max", 1.0, 0.0), ("K_s", 1.0, 0.0)), "am", 2000))
    for x, y, ss, names, method, nsimu in runs:
        mc = MCMC(rngseed=26)
        mc.data.add_data_set(x, y)
        for name, theta0, low in names:
            mc.parameters.add_model_parameter(name=name, theta0=theta0, minimum=low)
            params.update({f"{name}/start": theta0, f"{name}/min": low,
                           f"{name}/max": float("inf"), f"{name}/mu": 0.0,
                           f"{name}/sigma^2": float("inf")})
        mc.model_settings.define_model_settings(sos_function=ss, sigma2=0.01, N0=1, S20=0.01)
        mc.simulation_options.define_simulation_options(nsimu=nsimu, updatesigma=True,
                                                        method=method, verbosity=1, waitbar=True)
        mc.run_simulation()
        results = mc.simulation_results.results
        chain = results["chain"][nsimu // 3:]
        stats = mc.chainstats(chain, results, returnstats=True)
        sys.stdout.flush()
        for i, (name, _, _) in enumerate(names):
            truth.add(**{f"{name}/mean": stats["mean"][i], f"{name}/std": stats["std"][i],
                         f"{name}/MC_err": stats["mcerr"][i], f"{name}/tau": stats["iact"]["tau"][i]})
            truth.allow(**{f"{name}/geweke": stats["geweke"]["p"][i]})
        if "iacce" in results:
            iacce = np.asarray(results["iacce"], dtype=float)
            for stage, count in enumerate(iacce, 1):
                truth.allow(**{f"Stage {stage}": 100 * count / results["nsimu"]})
            truth.allow(Net=100 * iacce.sum() / results["nsimu"])
        truth.allow(Net=100 * np.unique(chain[:, 0]).size / chain.shape[0])
    truth.write("pymcmcstat: the dict chainstats(chain, results, returnstats=True) returns; "
                "acceptance from the results dictionary's iacce and the chain",
                libraries=("pymcmcstat", "numpy", "scipy"), params=params,
                rel=5e-3)  # two decimals (matched at their rounding), or three significant digits


if __name__ == "__main__":
    main(__file__, {"pymcmcstat": run}, root=HELDOUT26)
