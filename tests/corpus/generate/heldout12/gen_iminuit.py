"""HELD-OUT fixture (twelfth half, see generate/heldout12/README.md): do not read while tuning
the parser.

Fits with iminuit (MINUIT2), printed the way its tutorials show them: ``print(m)`` after
``migrad()`` (the box of the function minimum, ``FCN``/``EDM``/``Nfcn`` with its validity
flags, then the parameter table), ``print(m.merrors)`` and ``print(m.covariance)``. Three
fits of data drawn by NumPy: a straight line (``LeastSquares``; migrad, hesse and minos), a
Gaussian peak over an exponential background (``ExtendedBinnedNLL``; migrad, then minos of two
parameters) and an exponential decay with a limit on one parameter and another fixed
(``LeastSquares``).

Truth: the Minuit objects: ``m.fmin`` (``fval`` = ``FCN``, ``edm`` = ``EDM``) and, for each
parameter, ``m.params`` (``<name>/Value``), per fit. Optional: ``Nfcn`` and the EDM ``Goal``
(counts and a setting the box states), ``χ²/ndof`` (``fmin.reduced_chi2``, printed with one or
two significant digits), the errors (``<name>/Hesse Err``, ``<name>/Minos Err-``/``+``; iminuit
prints them to one or two significant digits, coarser than this fixture's tolerance), the
MINOS table's errors (``<name>/Error``) and the covariance cells (``<row>/<column>``), each
time a print shows them (``print(m)`` includes both). The fit's ``time = 0.4 sec`` is in
neither map, nor are the ``Limit-``/``Limit+`` columns (settings the script gave).
Judgement: the parameter table's rows are different things, so ``<row>/<column>``; its index
column is no step; the values are printed to the precision of their error (PDG rounding), so
the data are drawn such that each value is many times its error and the tolerance is 2%. The
script's settings line is params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT12, Truth, main

SETTINGS = {"seed": 7, "line_points": 25, "line_sigma": 0.1, "peak_events": 4000,
            "background_events": 6000, "bins": 60, "decay_points": 40}


def run() -> None:
    import numpy as np
    from iminuit import Minuit
    from iminuit.cost import ExtendedBinnedNLL, LeastSquares
    from scipy.stats import expon, norm

    s = SETTINGS
    print("settings: " + ", ".join(f"{k}={v}" for k, v in s.items()), flush=True)
    rng = np.random.default_rng(s["seed"])
    truth = Truth()

    print("\n# fit 1: straight line (least squares)", flush=True)
    x = np.linspace(0, 2, s["line_points"])
    y = 3.0 + 2.5 * x + rng.normal(0, s["line_sigma"], x.size)

    def line(x, a, b):
        return a + b * x

    m = Minuit(LeastSquares(x, y, s["line_sigma"], line), a=1, b=1)
    m.migrad()
    m.hesse()
    m.minos()
    print(m, flush=True)
    record(truth, m)

    print("\n# fit 2: peak over background (extended binned likelihood)", flush=True)
    sample = np.append(rng.normal(5.0, 0.4, s["peak_events"]),
                       rng.exponential(4.0, s["background_events"]))
    sample = sample[(sample > 0) & (sample < 10)]
    counts, edges = np.histogram(sample, bins=s["bins"], range=(0, 10))

    def model(xe, n_sig, n_bkg, mu, sigma, tau):
        return (n_sig * norm(mu, sigma).cdf(xe)
                + n_bkg * expon(0, tau).cdf(xe) / expon(0, tau).cdf(10))

    m = Minuit(ExtendedBinnedNLL(counts, edges, model), n_sig=3000, n_bkg=5000, mu=4.5,
               sigma=0.5, tau=3)
    m.limits["n_sig", "n_bkg", "sigma", "tau"] = (0, None)
    print(m.migrad(), flush=True)
    record(truth, m)
    m.minos("mu", "sigma")
    print(m.merrors, flush=True)
    print(m.covariance, flush=True)
    allow_merrors(truth, m)
    allow_covariance(truth, m)

    print("\n# fit 3: exponential decay, one parameter limited, one fixed", flush=True)
    t = np.linspace(0, 5, s["decay_points"])
    counts_t = 80 * np.exp(-t / 1.3) + 5 + rng.normal(0, 1.0, t.size)

    def decay(t, amp, life, base):
        return amp * np.exp(-t / life) + base

    m = Minuit(LeastSquares(t, counts_t, 1.0, decay), amp=50, life=1, base=5)
    m.limits["life"] = (0.1, 10)
    m.fixed["base"] = True
    m.migrad()
    print(m, flush=True)
    record(truth, m)

    truth.write("iminuit Minuit objects: fmin.fval (FCN), fmin.edm (EDM), params' values "
                "(<name>/Value) per fit; optional: nfcn, edm_goal, reduced_chi2, Hesse and MINOS "
                "errors, merrors, covariance; settings = params",
                libraries=("iminuit", "numpy", "scipy"), params=s, rel=0.02, abs_tol=0.0)


def record(truth, m) -> None:
    """The function minimum and parameter table of one fit, as its Minuit object holds them."""
    fmin = m.fmin
    truth.add(FCN=fmin.fval, EDM=fmin.edm)
    truth.allow(Nfcn=fmin.nfcn, Goal=fmin.edm_goal)
    if fmin.reduced_chi2 == fmin.reduced_chi2:
        truth.allow(**{"χ²/ndof": fmin.reduced_chi2})
    for p in m.params:
        truth.add(**{f"{p.name}/Value": p.value})
        truth.allow(**{f"{p.name}/Hesse Err": p.error})
        if p.merror is not None:
            truth.allow(**{f"{p.name}/Minos Err-": p.merror[0],
                           f"{p.name}/Minos Err+": p.merror[1]})
    allow_merrors(truth, m)  # print(m) shows the MINOS table when there is one
    allow_covariance(truth, m)  # and the covariance matrix


def allow_merrors(truth, m) -> None:
    for name, me in m.merrors.items():
        truth.allow(**{f"{name}/Error": me.lower})
        truth.allow(**{f"{name}/Error": me.upper})


def allow_covariance(truth, m) -> None:
    if m.covariance is None:
        return
    for i, row in enumerate(m.parameters):
        for j, col in enumerate(m.parameters):
            truth.allow(**{f"{row}/{col}": m.covariance[i, j]})


if __name__ == "__main__":
    main(__file__, {"iminuit": run}, root=HELDOUT12)
