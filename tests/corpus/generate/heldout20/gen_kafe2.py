"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Least-squares fitting with kafe2 (PyPI ``kafe2``, the Karlsruhe Fit Environment): an
exponential decay with an offset (``a``, ``k``, ``c``) fitted to 8 seeded points with y errors,
reported with the default ``fit.report()`` (sections ``# Data #``, ``# Model #`` and ``# Fit
Results #``: the data and model columns, ``a = 2.003 +/- 0.069``, a parameter correlation
matrix, ``chi2 / ndf = 7.594 / 9 = 0.8438``, ``chi2 probability = 0.575``), then a straight
line fitted to 10 seeded points with x and y errors, reported with ``fit.report(show_data=False,
show_model=False)``. kafe2 warns on stderr about the offset's start value of 0.

Truth: the fit objects: ``parameter_values`` under the parameter names, ``parameter_errors`` as
``<name>/err`` optional (a spread after ``+/-`` with no column title over it: the corpus leaves
it optional, as lmfit's ``+/-`` stderr, dynesty's and hyperfine's spreads are),
``parameter_cor_mat`` as ``<row>/<column>`` optional (a fit's parameter correlations, optional
as lmfit's ``C(a, b)`` and iminuit's covariance are in the other halves' truths),
``goodness_of_fit`` as ``chi2`` and divided by ``ndf`` as ``chi2 / ndf``,
``chi2_probability`` as ``chi2 probability``; ``ndf`` optional. The printed data and model
columns (inputs, and the model's values at them) are no metrics and have no truth.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main


def expo(x, a=1.0, k=0.1, c=0.0):
    import numpy as np

    return a * np.exp(-k * x) + c


def line(x, slope=1.0, offset=0.5):
    return slope * x + offset


def add(truth: Truth, fit) -> None:
    names = list(fit.parameter_names)
    for name, value, err in zip(names, fit.parameter_values, fit.parameter_errors):
        truth.add(**{name: value})
        truth.allow(**{f"{name}/err": err})  # a spread after +/-, under no title of its own
    cor = fit.parameter_cor_mat
    for i, row in enumerate(names):
        for j, col in enumerate(names):
            truth.allow(**{f"{row}/{col}": cor[i, j]})  # correlations: optional, as lmfit's
    truth.add(chi2=fit.goodness_of_fit, **{"chi2 / ndf": fit.goodness_of_fit / fit.ndf,
                                            "chi2 probability": fit.chi2_probability})
    truth.allow(ndf=fit.ndf)


def run() -> None:
    import numpy as np
    from kafe2 import XYFit

    rng = np.random.default_rng(5)
    truth = Truth()
    x = np.linspace(1, 10, 8)
    y = 2.1 * np.exp(-0.3 * x) + 0.4 + rng.normal(0, 0.05, 8)
    fit = XYFit(xy_data=[x, y], model_function=expo)
    fit.add_error(axis="y", err_val=0.05)
    fit.do_fit()
    fit.report(asymmetric_parameter_errors=False)
    add(truth, fit)

    x = np.linspace(0, 9, 10) + rng.normal(0, 0.1, 10)
    y = 0.8 * np.linspace(0, 9, 10) + 1.5 + rng.normal(0, 0.3, 10)
    fit = XYFit(xy_data=[x, y], model_function=line)
    fit.add_error(axis="x", err_val=0.1)
    fit.add_error(axis="y", err_val=0.3)
    fit.do_fit()
    fit.report(show_data=False, show_model=False, asymmetric_parameter_errors=False)
    add(truth, fit)
    truth.write("kafe2: the XYFit objects' parameter_values, parameter_errors (<name>/err), "
                "parameter_cor_mat (<row>/<column>), goodness_of_fit (chi2, and over ndf) and "
                "chi2_probability; ndf, parameter errors and the correlations optional",
                libraries=("kafe2", "numpy"),
                rel=3e-2, abs_tol=5e-4)  # errors to two significant digits (0.185 as 0.19)


if __name__ == "__main__":
    main(__file__, {"kafe2": run}, root=HELDOUT20)
