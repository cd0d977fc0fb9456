"""HELD-OUT fixture (twenty-third half, see generate/heldout23/README.md): do not read while
tuning the parser.

The Clarabel interior-point solver (PyPI ``clarabel``, Rust with Python bindings) with
``verbose = True`` on a seeded box-constrained least-squares problem (six variables, twelve
linear inequalities, a quadratic objective): its banner, the problem's sizes, its settings
(``max iter = 200``, ``tol_feas = 1.0e-8``, ...), then a table with a row per iteration, ``iter
pcost dcost gap pres dres k/t μ step`` (``%.4e`` for the costs, ``%.2e`` for the rest; the
first row's step printed as dashes), ``Terminated with status = Solved`` and ``solve time =
93.359µs``.

Truth from the solver's own per-iteration info: a termination callback
(``set_termination_callback``, which Clarabel calls once per iteration with its ``DefaultInfo``
and which here never stops it) copies each info during the same verbose solve; the row's
numbers are ``cost_primal`` (``pcost``), ``cost_dual`` (``dcost``), ``gap_rel`` (``gap``),
``res_primal`` (``pres``), ``res_dual`` (``dres``), ``ktratio`` (``k/t``), ``mu`` (``μ``) and
``step_length`` (``step``), at the row's iteration. ``k/t``, ``μ`` and ``step`` are the method's
internal state rather than measures of the solution: optional (a judgement call), like the
problem's sizes and the solve time (the solution's ``solve_time``, in microseconds as printed).
The settings are params, under their printed names, from the settings object.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT23, Truth, main


def run() -> None:
    import clarabel
    import numpy as np
    from scipy import sparse

    rng = np.random.default_rng(23)
    n, m = 6, 10
    design = rng.normal(size=(m, n))
    target = rng.normal(size=m)
    P = sparse.csc_matrix(design.T @ design)
    q = -design.T @ target
    A = sparse.csc_matrix(np.vstack([np.eye(n), -np.eye(n)]))
    b = np.full(2 * n, 0.5)
    settings = clarabel.DefaultSettings()
    settings.verbose = True
    solver = clarabel.DefaultSolver(P, q, A, b, [clarabel.NonnegativeConeT(2 * n)], settings)
    infos = []

    def keep(info) -> bool:
        infos.append({key: getattr(info, key) for key in (
            "iterations", "cost_primal", "cost_dual", "gap_rel", "res_primal", "res_dual",
            "ktratio", "mu", "step_length")})
        return False  # never stop the solver

    solver.set_termination_callback(keep)
    solution = solver.solve()
    sys.stdout.flush()
    truth = Truth()
    truth.allow(variables=n, constraints=2 * n, **{"cones (total)": 1, "numel": 2 * n,
                                                   "nnz(P)": sparse.triu(P).nnz,
                                                   "nnz(A)": A.nnz, "Nonnegative": 1})
    for info in infos:
        it = info["iterations"]
        truth.add(at=it, pcost=info["cost_primal"], dcost=info["cost_dual"],
                  gap=info["gap_rel"], pres=info["res_primal"], dres=info["res_dual"])
        optional = {"k/t": info["ktratio"], "μ": info["mu"]}
        if it > 0:
            optional["step"] = info["step_length"]
        truth.allow(**optional)
    truth.allow(**{"solve time": solution.solve_time * 1e6})
    s = solver.get_settings()
    params = {"max iter": s.max_iter, "max step": s.max_step_fraction, "tol_feas": s.tol_feas,
              "tol_gap_abs": s.tol_gap_abs, "tol_gap_rel": s.tol_gap_rel,
              "ϵ1": s.static_regularization_constant,
              "ϵ": s.dynamic_regularization_eps, "δ": s.dynamic_regularization_delta,
              "reltol": s.iterative_refinement_reltol, "abstol": s.iterative_refinement_abstol,
              "stop ratio": s.iterative_refinement_stop_ratio,
              "min_scale": s.equilibrate_min_scaling, "max_scale": s.equilibrate_max_scaling}
    truth.write("clarabel: each iteration's DefaultInfo, copied by a termination callback during "
                "the same verbose solve, under the printed column names at its iteration; "
                "k/t, mu, step, sizes and solve time optional; settings as params",
                libraries=("clarabel", "numpy", "scipy"), params=params,
                rel=5e-3, abs_tol=1e-300)  # %.2e: three significant digits


if __name__ == "__main__":
    main(__file__, {"clarabel": run}, root=HELDOUT23)
