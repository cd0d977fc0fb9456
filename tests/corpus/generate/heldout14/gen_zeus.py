"""HELD-OUT fixture (fourteenth half, see generate/heldout14/README.md): do not read while tuning
the parser.

Ensemble slice sampling with zeus (``zeus-mcmc``), as its documentation runs it: a correlated
3-dimensional Gaussian posterior sampled by 16 walkers for 400 generations with the default
(differential) move, then a 5-dimensional Rosenbrock-like banana density by 24 walkers: a 200-generation
burn-in chain, then 400 generations with the global move from its last sample (three runs,
each summarised). ``verbose=True``
logs ``Initialising ensemble of 16 walkers...`` and draws a tqdm bar (``Sampling progress :
42%|...| 127/300 [00:00<00:00, 178.04it/s]``) on stderr; ``sampler.summary`` logs ``Summary``,
a rule and ``Number of Generations: 300``, ``Number of Parameters``, ``Number of Walkers``,
``Number of Tuning Generations``, ``Scale Factor: 1.294393``, ``Mean Integrated
Autocorrelation Time: 2.88``, ``Effective Sample Size: 1668.76``, ``Number of Log
Probability Evaluations: 25087``, ``Effective Samples per Log Probability Evaluation:
0.066519`` (through ``logging``, on stderr).

Truth: the sampler's own properties after each run, in the same process: ``mu`` (``Scale
Factor``), ``mean(act)`` (``Mean Integrated Autocorrelation Time``), ``ess`` (``Effective
Sample Size``), ``efficiency`` (``Effective Samples per Log Probability Evaluation``);
optional counts ``samples.length``, ``ndim``, ``nwalkers``, ``len(mus)``, ``ncall`` under
their printed labels. Judgement: the three runs' summaries share their names, unstepped, in
print order; the progress bar carries no metric (its rate is tqdm's, not the sampler's); the
walkers and generations asked for are params, printed again only as the summary's counts
(optional there).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT14, Truth, main

SETTINGS = {"seed": 14, "gaussian walkers": 16, "banana walkers": 24, "generations": 400,
            "burn-in": 200}


def run() -> None:
    import numpy as np
    import zeus

    s = SETTINGS
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    np.random.seed(s["seed"])
    cov = np.array([[1.0, 0.8, 0.0], [0.8, 1.0, 0.3], [0.0, 0.3, 2.0]])
    precision = np.linalg.inv(cov)

    def gaussian(x):
        return -0.5 * x @ precision @ x

    def banana(x):
        return -np.sum(10.0 * (x[1:] - x[:-1] ** 2) ** 2 + (1.0 - x[:-1]) ** 2) / 20.0

    truth = Truth()

    def record(sampler):
        truth.add(**{"Scale Factor": sampler.mu,
                     "Mean Integrated Autocorrelation Time": np.mean(sampler.act),
                     "Effective Sample Size": sampler.ess,
                     "Effective Samples per Log Probability Evaluation": sampler.efficiency})
        truth.allow(**{"Number of Generations": sampler.samples.length,
                       "Number of Parameters": sampler.ndim,
                       "Number of Walkers": sampler.nwalkers,
                       "Number of Tuning Generations": len(sampler.mus),
                       "Number of Log Probability Evaluations": sampler.ncall})

    first = zeus.EnsembleSampler(s["gaussian walkers"], 3, gaussian, verbose=True)
    first.run_mcmc(np.random.randn(s["gaussian walkers"], 3), s["generations"])
    first.summary
    record(first)

    walkers = s["banana walkers"]
    burn = zeus.EnsembleSampler(walkers, 5, banana, verbose=True)
    burn.run_mcmc(np.random.randn(walkers, 5) * 0.1 + 1.0, s["burn-in"])
    burn.summary
    record(burn)
    start = burn.get_last_sample()
    second = zeus.EnsembleSampler(walkers, 5, banana, moves=zeus.moves.GlobalMove(),
                                  verbose=True)
    second.run_mcmc(start, s["generations"])
    second.summary
    record(second)
    truth.write("the zeus EnsembleSampler's properties after each run: mu, mean(act), ess, "
                "efficiency; samples.length, ndim, nwalkers, len(mus), ncall optional",
                libraries=("zeus-mcmc", "numpy", "scipy", "tqdm"), params=s,
                rel=2e-3, abs_tol=5e-7)  # round(.., 2) of values above 1; round(.., 6)


if __name__ == "__main__":
    main(__file__, {"zeus": run}, root=HELDOUT14)
