"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Demand estimation with PyBLP (PyPI ``pyblp``) on the fake cereal data it ships (Nevo's, 2256
products in 94 markets), ``options.digits = 3``, progress output off (``options.verbose =
False``): a plain logit with product fixed effects absorbed (``0 + prices``) whose problem is
printed first (``Dimensions:`` a boxed table ``T N F K1 MD ED`` of counts, ``Formulations:``),
a logit on ``1 + prices + sugar + mushy`` without fixed effects, and a nested logit (nests by
``mushy``) on ``1 + prices + sugar`` starting from ``rho = 0.5``; ``print(results)`` of each
two-step GMM fit: ``Problem Results Summary:`` (a boxed table with two-line headers: ``GMM
Step``, ``Objective Value``, for the nested logit ``Projected Gradient Norm`` and ``Reduced
Hessian`` (rho is bounded), ``Clipped
Shares``, ``Weighting Matrix Condition Number``, ``Covariance Matrix Condition Number``; values
in ``+1.87E+02`` form), ``Cumulative Statistics:`` (computation time, for the nested logit
``Optimizer Converged`` and ``Optimization Iterations``, ``Objective Evaluations``), ``Rho
Estimates (Robust SEs in Parentheses):`` and ``Beta Estimates (Robust SEs in Parentheses):``
(one column a coefficient, the estimate over its standard error in parentheses).

Truth, from each ``ProblemResults`` (the same quantities its summary formats, with PyBLP's own
``compute_condition_number``): ``Objective Value`` (``objective``), ``Projected Gradient Norm``
(``projected_gradient_norm``), ``Reduced Hessian`` (``reduced_hessian``; without bounds PyBLP
would print ``Gradient Norm`` and ``Hessian``, and the truth follows its switch), ``Weighting Matrix Condition
Number`` (of ``W``), ``Covariance Matrix Condition Number`` (of ``parameter_covariances``, where
printed), one value a fit; the estimates as ``Beta Estimates/<label>`` and ``Rho
Estimates/All Groups`` and their standard errors as ``.../SE`` (``Beta Estimates/prices/SE``).
Optional: ``GMM Step``, ``Clipped Shares``, the iteration and evaluation counts, the problem's
dimensions (``T``, ``N``, ``F``, ``K1``, ``MD``, ``ED``). The times are no metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main


def run() -> None:
    import warnings

    import numpy as np
    import pandas as pd
    import pyblp
    from pyblp.utilities.algebra import compute_condition_number

    warnings.simplefilter("ignore")
    pyblp.options.digits = 3
    pyblp.options.verbose = False
    data = pd.read_csv(pyblp.data.NEVO_PRODUCTS_LOCATION)
    nested = data.assign(nesting_ids=data["mushy"])
    truth = Truth()
    fits = (("0 + prices", "C(product_ids)", data, {}),
            ("1 + prices + sugar + mushy", None, data, {}),
            ("1 + prices + sugar", None, nested, {"rho": 0.5}))
    for i, (formula, absorb, frame, start) in enumerate(fits):
        problem = pyblp.Problem(pyblp.Formulation(formula, absorb=absorb), frame)
        if i == 0:
            print(problem, flush=True)
            truth.allow(T=problem.T, N=problem.N, F=problem.F, K1=problem.K1, MD=problem.MD,
                        ED=problem.ED)
        results = problem.solve(**start)
        print(results, "\n", flush=True)
        truth.add(**{"Objective Value": results.objective})
        bounded = results._parameters.any_bounds  # the summary's own switch of labels
        if np.isfinite(results.projected_gradient_norm):
            label = "Projected Gradient Norm" if bounded else "Gradient Norm"
            truth.add(**{label: results.projected_gradient_norm})
        if np.isfinite(results.reduced_hessian_eigenvalues).any():
            label = "Reduced Hessian" if bounded else "Hessian"
            truth.add(**{label: float(np.asarray(results.reduced_hessian).ravel()[0])})
        truth.add(**{"Weighting Matrix Condition Number": compute_condition_number(results.W)})
        if results.parameter_covariances.size > 1:
            truth.add(**{"Covariance Matrix Condition Number":
                         compute_condition_number(results.parameter_covariances)})
        truth.allow(**{"GMM Step": results.step, "Clipped Shares": results.clipped_shares.sum(),
                       "Objective Evaluations": results.cumulative_objective_evaluations})
        if start:
            truth.allow(**{"Optimization Iterations": results.cumulative_optimization_iterations})
            truth.add(**{"Rho Estimates/All Groups": float(results.rho.ravel()[0]),
                         "Rho Estimates/All Groups/SE": float(results.rho_se.ravel()[0])})
        for label, beta, se in zip(results.beta_labels, results.beta.ravel(),
                                   results.beta_se.ravel()):
            truth.add(**{f"Beta Estimates/{label}": beta, f"Beta Estimates/{label}/SE": se})
    truth.write("PyBLP: each ProblemResults' objective, projected_gradient_norm, reduced_hessian, "
                "condition numbers of W and parameter_covariances (compute_condition_number), "
                "beta/beta_se, rho/rho_se, counts",
                libraries=("pyblp", "numpy", "pandas"), rel=5e-3)  # three significant digits


if __name__ == "__main__":
    main(__file__, {"pyblp": run}, root=HELDOUT26)
