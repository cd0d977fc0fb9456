"""HELD-OUT fixture (twenty-first half, see generate/heldout21/README.md): do not read while
tuning the parser.

Numerical optimisation with optimagic (PyPI ``optimagic``): three ``om.minimize`` runs, each
followed by ``print(res)``: a least-squares fit of a quadratic to 80 seeded points with the
parameters as a dict (``{"intercept", "slope", "curvature"}``) by ``scipy_lbfgsb``; the same fit
by ``scipy_powell``; a four-dimensional Rosenbrock function from ``[-1, 1, -1, 1]`` by
``scipy_neldermead``. The result's repr is a few paragraphs: ``Minimize with 3 free parameters
terminated successfully after 7 criterion evaluations, 7 derivative evaluations and 6
iterations.``, ``The value of criterion improved from 2.3 to 0.8171502926076438.``, the
algorithm's message, and a convergence table (a pandas frame printed with ``to_string``: rows
``relative_criterion_change``, ``relative_params_change``, ``absolute_criterion_change``,
``absolute_params_change``, columns ``one_step`` and ``five_steps``, values to four significant
digits with stars appended, ``1.116e-08*``), then a legend of the stars. For the two fits the
script also prints ``res.params`` (a dict, ``{'intercept': np.float64(1.02...), ...}`` or plain
floats).

Truth: the result objects: ``res.fun`` under ``value of criterion`` (the improvement line's
final value; ``res.start_fun``, its first value, optional under the same name); the
``convergence_report`` as ``<row>/<column>``; ``res.params`` under the dict's keys; the counts
(``n_free`` as ``free parameters``, ``n_fun_evals`` as ``criterion evaluations``,
``n_jac_evals`` as ``derivative evaluations``, ``n_iterations`` as ``iterations``) optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT21, Truth, main


def record(truth: Truth, res, named: bool) -> None:
    print(res)
    truth.add(**{"value of criterion": res.fun})
    truth.allow(**{"value of criterion": res.start_fun, "free parameters": res.n_free})
    for name, value in (("criterion evaluations", res.n_fun_evals),
                        ("derivative evaluations", res.n_jac_evals),
                        ("iterations", res.n_iterations)):
        if value is not None:
            truth.allow(**{name: value})
    for column, rows in res.convergence_report.items():
        for row, value in rows.items():
            truth.add(**{f"{row}/{column}": value})
    if named:
        print(res.params)
        truth.add(**res.params)
    print()


def run() -> None:
    import numpy as np
    import optimagic as om

    rng = np.random.default_rng(21)
    x = rng.uniform(-2, 3, 80)
    y = 1.0 + 0.8 * x - 0.35 * x ** 2 + rng.normal(0, 0.3, x.size)

    def squares(p):
        fitted = p["intercept"] + p["slope"] * x + p["curvature"] * x ** 2
        return float(np.mean((y - fitted) ** 2))

    def rosenbrock(z):
        return float(np.sum(100 * (z[1:] - z[:-1] ** 2) ** 2 + (1 - z[:-1]) ** 2))

    start = {"intercept": 0.0, "slope": 0.0, "curvature": 0.0}
    truth = Truth()
    record(truth, om.minimize(fun=squares, params=start, algorithm="scipy_lbfgsb"), True)
    record(truth, om.minimize(fun=squares, params=start, algorithm="scipy_powell"), True)
    record(truth, om.minimize(fun=rosenbrock, params=np.array([-1.0, 1.0, -1.0, 1.0]),
                              algorithm="scipy_neldermead"), False)
    truth.write("optimagic: the OptimizeResult objects, fun as 'value of criterion' (start_fun "
                "optional), convergence_report as <row>/<column>, params by key, counts "
                "optional", libraries=("optimagic", "scipy"),
                rel=5e-4, abs_tol=1e-12)  # the report's four significant digits


if __name__ == "__main__":
    main(__file__, {"optimagic": run}, root=HELDOUT21)
