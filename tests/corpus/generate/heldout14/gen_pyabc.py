"""HELD-OUT fixture (fourteenth half, see generate/heldout14/README.md): do not read while tuning
the parser.

Approximate Bayesian computation with pyABC (``ABCSMC``), as its documentation runs it: the
mean and log-scale of a normal model inferred from the mean and standard deviation of 20
observations, uniform priors, population 100, a single-core sampler, 6 generations (or
epsilon 0.05), an SQLite history in a temporary folder. pyABC logs to stderr (``ABC INFO:``):
the history's start and end (``<ABCSMC id=1, start_time=...>``), ``Calibration sample t =
-1.``, then per generation ``t: 2, eps: 6.15822497e-01.``, ``Accepted: 100 / 240 =
4.1667e-01, ESS: 9.6099e+01.`` and ``Timing t=2 [s]: total=0.468, simulation=0.241 (52%),
pipeline-setup=0.0197, prepare-next=0.0766 (population-size=0.0392, distance=0.00301).``,
and the stopping reason. At the end the script prints the posterior's weighted means and
standard deviations (``posterior mean mu: 1.4932``, ``posterior std mu: 0.1021``).

Truth: pyABC's own records of the run: the ``History`` (``get_all_populations()``:
``epsilon`` as ``eps`` at ``t``; ``particles`` and ``samples``, optional, as ``Accepted``);
``ESS`` at ``t`` from the population's stored weights with pyABC's own
``effective_sample_size`` (as ``run_generation`` computes it); the dictionary
``run_generation`` returns (a wrapper on the instance keeps it, reading only): its
``acceptance_rate`` (``Accepted``, at ``t``) and its ``timings`` (``total``,
``simulation``, ``pipeline-setup``, ``prepare-next``, ``population-size``, ``distance`` at the
``t`` of the timing line, in seconds); the simulation's share in percent, optional, as
``simulation`` (rounded to a whole percent as printed, coarser than the tolerance). The posterior summary: ``weighted_statistics.weighted_mean`` and
``weighted_std`` of the last population. Judgement: a generation's lines state their ``t``
(``t: 2``, ``Timing t=2``) and the ``Accepted`` line follows its ``t:`` line, so it is
stepped too; the counts around ``Accepted:`` are optional; the calibration sample (``t =
-1``), the history's id, dates and duration are prose (neither map). Settings are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT14, Truth, main

SETTINGS = {"seed": 14, "observations": 20, "population_size": 100,
            "max_nr_populations": 6, "minimum_epsilon": 0.05}

TIMINGS = {"total": "total", "simulation": "simulation", "pipeline-setup": "pipeline_setup",
           "prepare-next": "prepare_next", "population-size": "population_size",
           "distance": "distance"}


def run() -> None:
    import os
    import tempfile

    import numpy as np
    import pyabc
    from pyabc.weighted_statistics import effective_sample_size, weighted_mean, weighted_std

    s = SETTINGS
    print("settings: " + " ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    np.random.seed(s["seed"])
    observed = np.random.normal(1.5, 0.5, s["observations"])

    def model(p):
        y = np.random.normal(p["mu"], np.exp(p["log_sigma"]), s["observations"])
        return {"mean": y.mean(), "std": y.std()}

    def distance(a, b):
        return abs(a["mean"] - b["mean"]) + abs(a["std"] - b["std"])

    prior = pyabc.Distribution(mu=pyabc.RV("uniform", -5, 10),
                               log_sigma=pyabc.RV("uniform", -3, 4))
    abc = pyabc.ABCSMC(model, prior, distance, population_size=s["population_size"],
                       sampler=pyabc.sampler.SingleCoreSampler())
    generations = {}
    run_generation = abc.run_generation

    def recording_generation(t, *args, **kwargs):
        ret = run_generation(t, *args, **kwargs)
        generations[t] = ret
        return ret

    abc.run_generation = recording_generation
    db = "sqlite:///" + os.path.join(tempfile.mkdtemp(prefix="pyabc-"), "abc.db")
    abc.new(db, {"mean": observed.mean(), "std": observed.std()})
    history = abc.run(minimum_epsilon=s["minimum_epsilon"],
                      max_nr_populations=s["max_nr_populations"])
    df, w = history.get_distribution(m=0, t=history.max_t)
    posterior = {}
    for par in ("mu", "log_sigma"):
        posterior[f"posterior mean {par}"] = weighted_mean(df[par].to_numpy(), w)
        posterior[f"posterior std {par}"] = weighted_std(df[par].to_numpy(), w)
    for name, value in posterior.items():
        print(f"{name}: {value:.4f}", flush=True)

    truth = Truth()
    populations = history.get_all_populations()
    for row in populations.itertuples(index=False):
        t = int(row.t)
        if t < 0:
            continue  # the calibration sample: logged as prose
        ret = generations[t]
        weights = history.get_weighted_distances(t=t)["w"].to_numpy()
        truth.add(t, eps=row.epsilon)
        truth.add(t, Accepted=ret["acceptance_rate"], ESS=effective_sample_size(weights))
        truth.allow(Accepted=row.particles)
        truth.allow(Accepted=row.samples)
        timings = ret["timings"]
        truth.add(t, **{name: timings[key] for name, key in TIMINGS.items()})
        total = timings["total"]
        share = 100 * timings["simulation"] / total if total > 0 else 0.0
        truth.allow(simulation=round(share))  # printed as a whole percent
    truth.add(**posterior)
    truth.write("pyABC's History (epsilon at t; particles, samples optional), "
                "effective_sample_size of each population's stored weights, the "
                "acceptance_rate and timings run_generation returned, and weighted_mean/"
                "weighted_std of the last population",
                libraries=("pyabc", "numpy", "scipy", "pandas"), params=s,
                rel=5e-3, abs_tol=5e-5)  # timings .3g; the rest .4e/.8e/.4f


if __name__ == "__main__":
    main(__file__, {"pyabc": run}, root=HELDOUT14)
