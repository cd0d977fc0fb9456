"""HELD-OUT fixture (fifth half, see generate/heldout5/README.md): do not read while tuning the
parser.

pycma's CMA-ES on the 6-d Rosenbrock function, driven by the ask/tell loop of its README with
``es.disp()`` after each ``tell`` (``verb_disp=10``): a first line
``(4_w,9)-aCMA-ES (mu_w=2.8,w_1=49%) in dimension 6 (seed=3, <date>)``, the header
``Iterat #Fevals   function value  axis ratio  sigma  min&max std  t[m:s]`` (repeated every 100
iterations while rows are not overwritten), rows ``   10     90 1.054551602974065e+01 2.0e+00
1.24e-01  9e-02  1e-01 0:00.0`` for iterations 1, 2, 3 and every 10th (and whenever a second
more has passed), overwritten in place after 40 iterations (cma's own ``\\x1b[2K`` trick,
announced by ``overwriting (to keep lines going set ...)``); then ``es.result_pretty()``:
``termination on {'maxfevals': 1200}``, ``final/bestever f-value = 5.909583e-03 5.737921e-03
after 1206/1180 evaluations``, ``incumbent solution: [...]``, ``std deviations: [...]``; the
script's own ``best f-value: 0.00573792``; then a second, shorter run on the sphere function
(``verb_disp=2``, overwritten after 8 iterations) and its ``best f-value`` line.

Truth: read from the ``CMAEvolutionStrategy`` object after each ``tell``, for the iterations
cma displayed (``es.times_displayed`` grew): ``function value`` = the best f of that
iteration's population (what ``disp`` prints), ``axis ratio`` = ``es.D.max() / es.D.min()``,
``sigma`` = ``es.sigma``, at step ``Iterat`` = ``es.countiter``; ``#Fevals``/``Iterat``
optional; ``min&max std`` (two numbers under one header, 1 significant digit) optional as
``min&max std``, rounded as printed; tolerance rel 5.1e-2 (axis ratio has 2 digits);
``final/bestever f-value`` optional (two values under one name); ``best f-value`` a metric
(``es.result.fbest``); times and the solution vectors are in neither map. Params:
the options the script passed (seed, verb_disp, maxfevals) and the initial sigma.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT5, Truth, main


def run(truth, cma, objective, x0, sigma0, opts):
    es = cma.CMAEvolutionStrategy(x0, sigma0, opts)
    while not es.stop():
        xs = es.ask()
        fits = [objective(x) for x in xs]
        es.tell(xs, fits)
        shown = getattr(es, "times_displayed", 0)
        es.disp()
        if getattr(es, "times_displayed", 0) > shown:
            stds = es.stds
            truth.add(es.countiter, **{"function value": min(fits),
                                       "axis ratio": float(es.D.max() / es.D.min()),
                                       "sigma": es.sigma})
            truth.allow(Iterat=es.countiter, **{"#Fevals": es.countevals})
            for std in (min(stds), max(stds)):  # printed with 1 significant digit
                truth.allow(**{"min&max std": float(f"{std:.0e}")})
    es.result_pretty()
    truth.allow(**{"final/bestever f-value": es.result.fbest})
    truth.allow(**{"final/bestever f-value": min(fits)})
    return es


def train() -> None:
    import cma

    truth = Truth()
    opts = {"seed": 3, "verb_disp": 10, "maxfevals": 1200, "verb_log": 0}
    es = run(truth, cma, cma.ff.rosen, 6 * [0.5], 0.3, opts)
    print(f"best f-value: {es.result.fbest:.6g}")
    truth.add(**{"best f-value": es.result.fbest})
    opts2 = {"seed": 5, "verb_disp": 2, "maxfevals": 200, "verb_log": 0}
    es = run(truth, cma, cma.ff.sphere, 4 * [1.0], 0.5, opts2)
    print(f"best f-value: {es.result.fbest:.6g}")
    truth.add(**{"best f-value": es.result.fbest})
    params = {**opts, "sigma0": 0.3}
    truth.write("CMAEvolutionStrategy state after each tell whose disp() printed a row "
                "(times_displayed grew): best f of the population, D.max()/D.min(), sigma, at "
                "countiter; counts and min/max of es.stds optional; result.fbest",
                libraries=("cma", "numpy"), params=params, rel=5.1e-2, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"cma": train}, root=HELDOUT5)
