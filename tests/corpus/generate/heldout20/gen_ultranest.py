"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Nested sampling with UltraNest (PyPI ``ultranest``): two seeded problems, a two-dimensional
Gaussian likelihood (parameters ``a`` and ``b``) and a straight-line fit with a scatter term
(``slope``, ``offset``, ``scatter``) to 40 seeded points, each run with
``ReactiveNestedSampler.run(min_num_live_points=100, show_status=False, viz_callback=False)``
and reported with ``sampler.print_results()`` (``logZ = -4.836 +- 0.183``, the ``single
instance``, ``bootstrapped`` and ``tail`` estimates, then one line per parameter: the
posterior's smallest value, a histogram in block characters, its largest value, and ``mean +-
stdev``). The package's own progress log (the ``ultranest`` logger, whose intermediate values
are kept by no result) is set to WARNING after the sampler is made, so it prints nothing.

Truth: the results dict ``run()`` returns: ``logz`` as ``logZ``, ``logz_single`` as ``single
instance/logZ``, ``logz_bs`` as ``bootstrapped/logZ``, each parameter's posterior ``mean`` under
its name. The spreads printed after ``+-`` are optional, as a spread is in the other halves'
truths (``x ± y``: the value, the spread an optional metric of its own): ``logzerr`` as
``logZ/err``, ``logzerr_single`` as ``single instance/logZ/err``, ``logzerr_bs`` as
``bootstrapped/logZ/err``, ``logzerr_tail`` as ``tail/logZ/err`` and each parameter's posterior
``stdev`` as ``<name>/stdev``. The smallest and largest posterior sample of each parameter (from
``results["samples"]``) are optional under the parameter's name: the histogram's ends.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main


def gaussian():
    def like(p):
        return -0.5 * (((p[:, 0] - 1.0) / 0.1) ** 2 + ((p[:, 1] + 0.5) / 0.2) ** 2)

    def prior(u):
        return u * 4 - 2

    return ["a", "b"], like, prior


def line():
    import numpy as np

    rng = np.random.default_rng(7)
    x = np.linspace(0, 10, 40)
    y = 1.8 * x - 3 + rng.normal(0, 1.2, 40)

    def like(p):
        slope, offset, scatter = p[:, 0:1], p[:, 1:2], p[:, 2:3]
        model = slope * x + offset
        return (-0.5 * ((y - model) / scatter) ** 2 - np.log(scatter)).sum(axis=1)

    def prior(u):
        return np.column_stack([u[:, 0] * 6 - 1, u[:, 1] * 20 - 10, 10 ** (u[:, 2] * 3 - 2)])

    return ["slope", "offset", "scatter"], like, prior


def run() -> None:
    import logging

    import numpy as np
    import ultranest

    truth = Truth()
    for seed, problem in ((1, gaussian), (2, line)):
        np.random.seed(seed)
        names, like, prior = problem()
        sampler = ultranest.ReactiveNestedSampler(names, like, prior, vectorized=True)
        sampler.logger.setLevel(logging.WARNING)  # the constructor set it to DEBUG
        r = sampler.run(min_num_live_points=100, show_status=False, viz_callback=False)
        sampler.print_results()
        truth.add(logZ=r["logz"])
        truth.add(**{"single instance/logZ": r["logz_single"], "bootstrapped/logZ": r["logz_bs"]})
        truth.allow(**{"logZ/err": r["logzerr"], "single instance/logZ/err": r["logzerr_single"],
                       "bootstrapped/logZ/err": r["logzerr_bs"],
                       "tail/logZ/err": r["logzerr_tail"]})  # the spreads after +-
        samples = np.asarray(r["samples"])
        for i, name in enumerate(names):
            truth.allow(**{name: samples[:, i].min()})
            truth.allow(**{name: samples[:, i].max()})
            truth.add(**{name: r["posterior"]["mean"][i]})
            truth.allow(**{f"{name}/stdev": r["posterior"]["stdev"][i]})
    truth.write("ultranest: the results dict run() returns (logz, logzerr, logz_single, "
                "logz_bs, their errors, logzerr_tail, posterior mean and stdev), named as "
                "print_results labels them; the spreads (errors, stdev) and the posterior "
                "samples' extremes optional",
                libraries=("ultranest", "numpy"), params={"min_num_live_points": 100},
                rel=5e-3, abs_tol=5e-3)  # two or three decimals


if __name__ == "__main__":
    main(__file__, {"ultranest": run}, root=HELDOUT20)
