"""HELD-OUT fixture (eighteenth half, see generate/heldout18/README.md): do not read while tuning
the parser.

Equation discovery with PySINDy (PyPI ``pysindy``): the Lorenz system simulated with SciPy
(``solve_ivp``, ten time units at a step of 0.002) and the damped oscillator of its examples'
kind (``x' = -0.1 x + 2 y``, ``y' = -2 x - 0.1 y``), each fitted by a ``SINDy`` model with a
polynomial library and the sequentially thresholded least squares optimiser in verbose mode
(``STLSQ(threshold=..., verbose=True)``), then ``model.print()``. The optimiser prints a header
``Iteration ... |y - Xw|^2 ... a * |w|_2 ... |w|_0 ... Total error: |y - Xw|^2 + a * |w|_2``
and a row per iteration (``1 ... 1.1351e+00 ... 4.9681e+01 ... 7 ... 5.0816e+01``); the model
prints one equation per variable (``(x)' = -9.999 x + 9.999 y``, three decimals).

Truth: read by the same process from the fitted models: the optimiser's ``history_`` (the
coefficients after each iteration) with the model's own feature library and derivative of the
data, turned into the row's terms as the optimiser computes them before printing
(``Σ(y - Xwᵀ)²``, ``alpha · Σw²``, their sum), stepped by the row's iteration; and each
equation's coefficients (``model.coefficients()``) under ``(<lhs>)'/<term>`` (``(x)'/y``,
``(y)'/x z``), only the non-zero ones the printer writes. Optional: ``|w|_0`` (a count of
non-zero coefficients). Judgement: the header's column titles are the names (``|y - Xw|^2``,
``a * |w|_2``, ``Total error: |y - Xw|^2 + a * |w|_2``); the two fits share names; the
threshold is a param.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT18, Truth, main

TOTAL = "Total error: |y - Xw|^2 + a * |w|_2"


def lorenz(_t, z):
    x, y, w = z
    return [10 * (y - x), x * (28 - w) - y, x * y - 8 / 3 * w]


def oscillator(_t, z):
    x, y = z
    return [-0.1 * x + 2 * y, -2 * x - 0.1 * y]


def run() -> None:
    import numpy as np
    import pysindy as ps
    from scipy.integrate import solve_ivp

    truth = Truth()
    cases = ((lorenz, [-8.0, 8.0, 27.0], ["x", "y", "z"], 0.5, 2),
             (oscillator, [2.0, 0.0], ["x", "y"], 0.05, 3))
    for system, start, names, threshold, degree in cases:
        t = np.arange(0, 10, 0.002)
        data = solve_ivp(system, (0, 10), start, t_eval=t, rtol=1e-10, atol=1e-10).y.T
        optimizer = ps.STLSQ(threshold=threshold, verbose=True)
        model = ps.SINDy(optimizer=optimizer,
                         feature_library=ps.PolynomialLibrary(degree=degree))
        model.fit(data, t=t, feature_names=names)
        model.print()
        theta = model.feature_library.transform(data)
        theta = np.asarray(theta)
        derivative = np.asarray(model.differentiation_method(data, t=t))
        for k, coef in enumerate(optimizer.history_[1:]):
            r2 = float(np.sum((derivative - theta @ coef.T) ** 2))
            l2 = float(optimizer.alpha * np.sum(coef ** 2))
            truth.add(at=k, **{"|y - Xw|^2": r2, "a * |w|_2": l2, TOTAL: r2 + l2})
            truth.allow(**{"|w|_0": np.count_nonzero(coef)})
        features = model.get_feature_names()
        for lhs, row in zip(names, model.coefficients()):
            for term, value in zip(features, row):
                if round(value, 3) != 0:
                    truth.add(**{f"({lhs})'/{term}": value})
    truth.write("PySINDy's fitted models: STLSQ history_ with the model's feature library and "
                "derivative, as the optimiser computes its printed terms, stepped by iteration; "
                "the non-zero coefficients() as (<lhs>)'/<term>; |w|_0 optional",
                libraries=("pysindy", "scipy", "numpy"),
                params={"threshold": "0.5, 0.05"},
                rel=5e-4, abs_tol=5e-4)  # %.4e in the rows, three decimals in the equations


if __name__ == "__main__":
    main(__file__, {"pysindy": run}, root=HELDOUT18)
