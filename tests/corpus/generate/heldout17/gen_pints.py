"""HELD-OUT fixture (seventeenth half, see generate/heldout17/README.md): do not read while tuning
the parser.

Inference on a time-series model with PINTS (PyPI ``pints``, Probabilistic Inference on Noisy
Time-Series), on its toy logistic growth model with seeded noise: an optimisation
(``OptimisationController`` with xNES, 60 iterations, minimising a sum of squares), which
prints ``Minimising error measure``, ``Population size: 6`` and a table ``Iter. Eval. Best
Current   Time`` (rows for iterations 0 to 3, then every 20th), then an adaptive MCMC run
(``MCMCController``, Haario-Bardenet, two chains, 600 iterations, logged every 200), which
prints a table ``Iter. Eval. Accept.   Accept.   Time`` (the acceptance rate of each chain)
with ``Initial phase completed.`` inside it, and ``pints.MCMCSummary`` of the chains after 200
of burn-in, printed as a dashed table ``param mean std. 2.5% 25% 50% 75% 97.5% rhat ess ess
per sec.``.

Truth: the optimisation and MCMC tables from each controller's own log file, written by the
same run (``set_log_to_file(..., csv=True)``: PINTS's logger writes every row it prints to the
screen into it too, at full precision; PINTS keeps these rows in no object); ``Best`` and
``Current`` stepped by ``Iter.``, ``Accept.`` (two values a row, one per chain) stepped by
``Iter.``; the summary from the ``MCMCSummary`` object (``mean()``, ``std()``, ``quantiles()``,
``rhat()``, ``ess()``) as ``<param>/<column>``. Params (printed configuration): ``Population
size``. Optional: ``Eval.`` (evaluation counts, from the logs), ``ess per sec.`` (a rate from
the run's time). Judgement: the ``Time`` column is a timing (neither map); the summary prints
two decimals, so the tolerance is half of that (``r``'s mean prints ``0.02``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT17, Truth, main


def read_log(path):
    import csv
    with open(path) as f:
        rows = list(csv.reader(f))
    return rows[0], [[float(v) for v in row] for row in rows[1:]]


def run() -> None:
    import tempfile

    import numpy as np
    import pints
    import pints.toy

    work = Path(tempfile.mkdtemp(prefix="pints-"))
    np.random.seed(1)
    model = pints.toy.LogisticModel()
    times = np.linspace(0, 1000, 100)
    values = model.simulate([0.015, 500], times) + np.random.normal(0, 10, times.shape)
    problem = pints.SingleOutputProblem(model, times, values)

    opt = pints.OptimisationController(pints.SumOfSquaresError(problem), [0.01, 450],
                                       method=pints.XNES)
    opt.set_max_iterations(60)
    opt.set_log_to_file(str(work / "opt.csv"), csv=True)
    opt.run()

    posterior = pints.LogPosterior(pints.GaussianKnownSigmaLogLikelihood(problem, 10),
                                   pints.UniformLogPrior([0, 400], [0.03, 600]))
    mcmc = pints.MCMCController(posterior, 2, [[0.014, 480], [0.016, 520]],
                                method=pints.HaarioBardenetACMC)
    mcmc.set_max_iterations(600)
    mcmc.set_log_interval(200)
    mcmc.set_log_to_file(str(work / "mcmc.csv"), csv=True)
    chains = mcmc.run()
    names = ["r", "k"]
    summary = pints.MCMCSummary(chains=chains[:, 200:], time=mcmc.time(), parameter_names=names)
    print(summary)

    truth = Truth()
    header, rows = read_log(work / "opt.csv")
    assert header[:4] == ["Iter.", "Eval.", "Best", "Current"], header
    for row in rows:
        truth.add(at=row[0], Best=row[2], Current=row[3])
        truth.allow(**{"Eval.": row[1]})
    header, rows = read_log(work / "mcmc.csv")
    assert header[:4] == ["Iter.", "Eval.", "Accept.", "Accept."], header
    for row in rows:
        truth.add(at=row[0], **{"Accept.": row[2]})
        truth.add(at=row[0], **{"Accept.": row[3]})
        truth.allow(**{"Eval.": row[1]})
    quantiles = summary.quantiles()
    for i, name in enumerate(names):
        truth.add(**{f"{name}/mean": summary.mean()[i], f"{name}/std.": summary.std()[i]})
        truth.add(**{f"{name}/{q}": quantiles[j][i]
                     for j, q in enumerate(["2.5%", "25%", "50%", "75%", "97.5%"])})
        truth.add(**{f"{name}/rhat": summary.rhat()[i], f"{name}/ess": summary.ess()[i]})
        truth.allow(**{f"{name}/ess per sec.": summary.ess_per_second()[i]})
    truth.write(f"pints {pints.__version__}: the optimisation and MCMC tables from the "
                "controllers' own CSV logs of the same run (Best, Current, Accept. stepped by "
                "Iter.), MCMCSummary's mean, std, quantiles, rhat, ess as <param>/<column>",
                libraries=("pints", "numpy"), params={"Population size": 6},
                rel=1e-3, abs_tol=5e-3)  # the summary's two decimals; the tables' 3-7 digits


if __name__ == "__main__":
    main(__file__, {"pints": run}, root=HELDOUT17)
