"""HELD-OUT fixture (fourth half, see generate/heldout4/README.md): do not read while tuning the
parser.

SciPy's optimizers with their own console reports, as a user fits a curve and minimises a test
function:

* ``minimize(..., method="trust-constr", options={"verbose": 2})``: a ``|``-separated table
  ``| niter |f evals|CG iter|  obj func   |tr radius |   opt    |  c viol  |`` with a
  ``|-------|`` rule, then ``Number of iterations: 12, function evaluations: 44, CG iterations:
  23, optimality: 4.72e-02, constraint violation: 0.00e+00, execution time: 0.016 s.``;
* ``least_squares(..., verbose=2)``: a whitespace table ``Iteration  Total nfev  Cost  Cost
  reduction  Step norm  Optimality`` whose row 0 has blank cells, then ``Function evaluations 6,
  initial cost 6.3095e+00, final cost 1.8202e-02, first-order optimality 2.43e-08.``;
* ``differential_evolution(..., disp=True)``: ``differential_evolution step 3: f(x)=
  0.00527338704160411``, then ``print(result)``: the ``OptimizeResult`` repr (``fun:``,
  ``nit:``, ``nfev:``, arrays ``x:``, ``population:`` and ``population_energies:`` over lines).

Truth: trust-constr's ``callback(intermediate_result)`` state (``fun``, ``tr_radius``,
``optimality``, ``constr_violation``) under the column headers at the row's ``niter``; ``f
evals`` and ``CG iter`` (counts) optional; the closing line's ``optimality`` and ``constraint
violation`` from the result, no step, its counts optional. least_squares: ``Cost`` from the
callback's ``cost`` at its ``nit`` (row 0: the initial cost, ``0.5 * sum(f(x0)**2)``, as
least_squares defines it), ``Cost reduction`` (the difference of consecutive costs), ``Step
norm`` (the norm of the difference of the callback's consecutive ``x``) and ``Optimality``
(``norm(J.T @ f, inf)`` with the analytic Jacobian the fit was given: what least_squares
computes) at the row's iteration; ``Total nfev`` optional; the closing line's ``initial cost``,
``final cost`` and ``first-order optimality`` from the result, ``Function evaluations``
optional. differential_evolution: ``f(x)`` from its callback at the step; the printed result's
``fun`` a metric, ``nit``/``nfev`` optional, its arrays neither.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT4, Truth, main


def trust_constr(truth: Truth) -> None:
    from scipy.optimize import NonlinearConstraint, minimize, rosen

    states = []
    disk = NonlinearConstraint(lambda x: x[0] ** 2 + x[1] ** 2, 0, 2)
    res = minimize(rosen, [1.3, 0.7, 0.8], method="trust-constr", constraints=[disk],
                   options={"verbose": 2, "maxiter": 12},
                   callback=lambda intermediate_result: states.append(dict(intermediate_result)))
    for s in states:
        truth.add(s["nit"], **{"obj func": s["fun"], "tr radius": s["tr_radius"],
                               "opt": s["optimality"], "c viol": s["constr_violation"]})
        truth.allow(**{"f evals": s["nfev"], "CG iter": s["cg_niter"], "niter": s["nit"]})
    truth.add(**{"optimality": res.optimality, "constraint violation": res.constr_violation})
    truth.allow(**{"Number of iterations": res.nit, "function evaluations": res.nfev,
                   "CG iterations": res.cg_niter})
    print()


def curve_fit(truth: Truth) -> None:
    import numpy as np
    from scipy.optimize import least_squares

    t = np.linspace(0, 3, 30)
    y = 2.5 * np.exp(-1.3 * t) + 0.05 * np.sin(7 * t)

    def residuals(p):
        return p[0] * np.exp(-p[1] * t) - y

    def jac(p):
        e = np.exp(-p[1] * t)
        return np.stack([e, -p[0] * t * e], axis=1)

    x0 = np.array([1.0, 0.1])
    states = []
    res = least_squares(residuals, x0, jac=jac, verbose=2,
                        callback=lambda intermediate_result: states.append(
                            dict(intermediate_result)))
    cost0 = 0.5 * float(residuals(x0) @ residuals(x0))
    truth.add(0, **{"Cost": cost0,
                    "Optimality": np.linalg.norm(jac(x0).T @ residuals(x0), np.inf)})
    truth.allow(**{"Total nfev": 1, "Iteration": 0})
    prev_cost, prev_x = cost0, x0
    for s in states:
        x = s["x"]
        truth.add(s["nit"], **{"Cost": s["cost"], "Cost reduction": prev_cost - s["cost"],
                               "Step norm": np.linalg.norm(x - prev_x),
                               "Optimality": np.linalg.norm(jac(x).T @ residuals(x), np.inf)})
        truth.allow(**{"Total nfev": s["nfev"], "Iteration": s["nit"]})
        prev_cost, prev_x = s["cost"], x
    truth.add(**{"initial cost": cost0, "final cost": res.cost,
                 "first-order optimality": res.optimality})
    truth.allow(**{"Function evaluations": res.nfev})
    print()


def evolution(truth: Truth) -> None:
    from scipy.optimize import differential_evolution, rosen

    states = []
    res = differential_evolution(rosen, [(-2, 2)] * 2, disp=True, seed=1, maxiter=8,
                                 polish=False,
                                 callback=lambda intermediate_result: states.append(
                                     dict(intermediate_result)))
    for s in states:
        truth.add(s["nit"], **{"f(x)": s["fun"]})
    print(res)
    truth.add(fun=res.fun)
    truth.allow(nit=res.nit, nfev=res.nfev)


def train() -> None:
    truth = Truth()
    trust_constr(truth)
    curve_fit(truth)
    evolution(truth)
    truth.write("SciPy's callback(intermediate_result) states and OptimizeResult fields under "
                "the printed column headers and labels, at the row's iteration; least_squares' "
                "cost reduction, step norm and optimality recomputed from the callback's x by "
                "least_squares' definitions; counts optional",
                libraries=("scipy", "numpy"), rel=6e-3, abs_tol=5e-9)


if __name__ == "__main__":
    main(__file__, {"scipy-optimize": train}, root=HELDOUT4)
