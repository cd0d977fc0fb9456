"""HELD-OUT fixture (tenth half, see generate/heldout10/README.md): do not read while tuning the
parser.

Nonlinear programming with CasADi and its bundled IPOPT, as in CasADi's optimal-control
examples: first Rosenbrock's function constrained to the unit circle, then the van der Pol
oscillator steered to rest by direct multiple shooting (RK4 integrator built from CasADi
expressions, 20 intervals, controls penalised in the objective). Both problems have equality
constraints only and no variable bounds, and are solved with ``nlp_scaling_method: none``
(so IPOPT's scaled and unscaled columns agree, and its final errors follow from what CasADi
records). IPOPT prints its banner, the problem's sizes (``Number of nonzeros in equality
constraint Jacobian...:  80``), its iteration table every ten rows with the header repeated
(``iter objective inf_pr inf_du lg(mu) ||d|| lg(rg) alpha_du alpha_pr ls``), the final block
(``Objective...............: 1.2e-01 1.2e-01`` under ``(scaled) (unscaled)``), evaluation
counts and ``EXIT: Optimal Solution Found.``; CasADi adds its timing table per function
(``nlp_f | 71.00us ( 1.42us) ...``). The script then prints the optimum it read from the
solution.

Truth: CasADi's record of the solve, ``solver.stats()``: its ``iterations`` lists (``obj``,
``inf_pr``, ``inf_du``, ``mu``, ``d_norm``, ``regularization_size``, ``alpha_du``,
``alpha_pr``), one row per IPOPT iteration, as the printed columns ``objective``,
``inf_pr``, ``inf_du``, ``lg(mu)`` (log10 of mu), ``||d||``, ``lg(rg)`` (log10 of the
regularisation; a row printing ``-`` gives no point), ``alpha_du``, ``alpha_pr``, at the row's
``iter``; the ``ls`` column (line-search trials, which CasADi does not record) in neither map.
The final block is a table of quantities by scaling, ``<row>/scaled`` and ``<row>/unscaled``:
``Objective`` is the solution's ``f``, ``Dual infeasibility`` and ``Constraint violation`` the
last iteration's ``inf_du`` and ``inf_pr``, ``Variable bound violation`` and
``Complementarity`` zero (no bounds, no inequalities); ``Overall NLP error`` optional (IPOPT
divides the scaled one by a multiplier-size factor CasADi does not give: both the plain and
the divided maximum are listed). Counts (``Number of Iterations``, evaluation counts, the
problem's sizes) optional where CasADi or the problem's sparsity gives them; timings (``Total
seconds in IPOPT``, CasADi's table) in neither map. The script's ``optimal cost``, ``x1``,
``x2`` come from the solution; its settings are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT10, Truth, main

SETTINGS = {"horizon": 10.0, "intervals": 20, "rk4_steps": 4, "control_weight": 0.1,
            "nlp_scaling_method": "none", "tol": 1e-8}


def record_solve(truth, solver, result, nlp) -> None:
    import math

    import casadi as ca

    stats = solver.stats()
    rows = stats["iterations"]
    for i in range(len(rows["obj"])):
        values = {"objective": rows["obj"][i], "inf_pr": rows["inf_pr"][i],
                  "inf_du": rows["inf_du"][i], "lg(mu)": math.log10(rows["mu"][i]),
                  "||d||": rows["d_norm"][i], "alpha_du": rows["alpha_du"][i],
                  "alpha_pr": rows["alpha_pr"][i]}
        if rows["regularization_size"][i] > 0:
            values["lg(rg)"] = math.log10(rows["regularization_size"][i])
        truth.add(i, **values)
        truth.allow(iter=i)
    f = float(result["f"])
    inf_du, inf_pr = rows["inf_du"][-1], rows["inf_pr"][-1]
    lam = ca.DM(result["lam_g"]).full().ravel()
    n, m = nlp["x"].numel(), nlp["g"].numel()
    s_d = max(100.0, float(abs(lam).sum()) / (n + m)) / 100.0
    for column in ("scaled", "unscaled"):
        truth.add(**{f"Objective/{column}": f, f"Dual infeasibility/{column}": inf_du,
                     f"Constraint violation/{column}": inf_pr,
                     f"Variable bound violation/{column}": 0.0,
                     f"Complementarity/{column}": 0.0})
        truth.allow(**{f"Overall NLP error/{column}": max(inf_du, inf_pr)})
        truth.allow(**{f"Overall NLP error/{column}": max(inf_du / s_d, inf_pr)})
    jac = ca.jacobian(nlp["g"], nlp["x"]).sparsity().nnz()
    lagrangian = nlp["f"] + ca.dot(ca.MX.sym("l", m) if isinstance(nlp["x"], ca.MX)
                                   else ca.SX.sym("l", m), nlp["g"])
    hess = ca.tril(ca.hessian(lagrangian, nlp["x"])[0]).sparsity().nnz()
    truth.allow(**{"Number of Iterations": stats["iter_count"],
                   "Number of nonzeros in equality constraint Jacobian": jac,
                   "Number of nonzeros in inequality constraint Jacobian": 0,
                   "Number of nonzeros in Lagrangian Hessian": hess,
                   "Total number of variables": n, "variables with only lower bounds": 0,
                   "variables with lower and upper bounds": 0,
                   "variables with only upper bounds": 0,
                   "Total number of equality constraints": m,
                   "Total number of inequality constraints": 0,
                   "inequality constraints with only lower bounds": 0,
                   "inequality constraints with lower and upper bounds": 0,
                   "inequality constraints with only upper bounds": 0,
                   "Number of objective function evaluations": stats["n_call_nlp_f"],
                   "Number of objective gradient evaluations": stats["n_call_nlp_grad_f"],
                   "Number of equality constraint evaluations": stats["n_call_nlp_g"],
                   "Number of inequality constraint evaluations": 0,
                   "Number of equality constraint Jacobian evaluations":
                       stats["n_call_nlp_jac_g"],
                   "Number of inequality constraint Jacobian evaluations": 0,
                   "Number of Lagrangian Hessian evaluations": stats["n_call_nlp_hess_l"]})
    for name in ("nlp_f", "nlp_g", "nlp_grad_f", "nlp_hess_l", "nlp_jac_g", "total"):
        if f"n_call_{name}" in stats:
            truth.allow(**{f"{name}/n_eval": stats[f"n_call_{name}"]})


def run() -> None:
    import casadi as ca

    truth = Truth()
    options = {"ipopt.nlp_scaling_method": SETTINGS["nlp_scaling_method"],
               "ipopt.tol": SETTINGS["tol"]}
    print("settings: " + ", ".join(f"{k}={v}" for k, v in SETTINGS.items()), flush=True)

    print("\n== Rosenbrock on the unit circle", flush=True)
    x = ca.SX.sym("x", 2)
    nlp = {"x": x, "f": (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2,
           "g": x[0] ** 2 + x[1] ** 2 - 1}
    solver = ca.nlpsol("rosenbrock", "ipopt", nlp, options)
    result = solver(x0=[-0.5, 0.5], lbg=0, ubg=0)
    sys.stdout.flush()
    record_solve(truth, solver, result, nlp)
    sol = result["x"].full().ravel()
    print(f"optimal cost: {float(result['f']):.6f} at x1 = {sol[0]:.6f}, x2 = {sol[1]:.6f}",
          flush=True)
    truth.add(**{"optimal cost": float(result["f"]), "x1": sol[0], "x2": sol[1]})

    print("\n== van der Pol oscillator, direct multiple shooting", flush=True)
    n_int, dt = SETTINGS["intervals"], SETTINGS["horizon"] / SETTINGS["intervals"]
    s, u = ca.MX.sym("s", 2), ca.MX.sym("u")
    rhs = ca.vertcat((1 - s[1] ** 2) * s[0] - s[1] + u, s[0])
    dyn = ca.Function("f", [s, u], [rhs, s[0] ** 2 + s[1] ** 2
                                    + SETTINGS["control_weight"] * u ** 2])
    s0, u0 = ca.MX.sym("s0", 2), ca.MX.sym("u0")
    h = dt / SETTINGS["rk4_steps"]
    state, cost = s0, 0
    for _ in range(SETTINGS["rk4_steps"]):
        k1, q1 = dyn(state, u0)
        k2, q2 = dyn(state + h / 2 * k1, u0)
        k3, q3 = dyn(state + h / 2 * k2, u0)
        k4, q4 = dyn(state + h * k3, u0)
        state = state + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        cost = cost + h / 6 * (q1 + 2 * q2 + 2 * q3 + q4)
    step = ca.Function("step", [s0, u0], [state, cost])
    variables, constraints, objective = [], [], 0
    current = ca.MX.sym("S0", 2)
    variables.append(current)
    constraints.append(current - ca.DM([0.0, 1.0]))
    for k in range(n_int):
        control = ca.MX.sym(f"U{k}")
        variables.append(control)
        end, q = step(current, control)
        objective = objective + q
        current = ca.MX.sym(f"S{k + 1}", 2)
        variables.append(current)
        constraints.append(end - current)
    nlp = {"x": ca.vertcat(*variables), "f": objective, "g": ca.vertcat(*constraints)}
    solver = ca.nlpsol("vdp", "ipopt", nlp, options)
    result = solver(x0=0, lbg=0, ubg=0)
    sys.stdout.flush()
    record_solve(truth, solver, result, nlp)
    sol = result["x"].full().ravel()
    print(f"optimal cost: {float(result['f']):.6f}, final state x1 = {sol[-2]:.6f}, "
          f"x2 = {sol[-1]:.6f}", flush=True)
    truth.add(**{"optimal cost": float(result["f"]), "x1": sol[-2], "x2": sol[-1]})
    truth.write("casadi nlpsol('ipopt').stats(): the iterations lists as the printed columns "
                "at iter (lg = log10), the final block from the solution's f and the last "
                "iteration (scaling off), counts optional from stats and the problem's "
                "sparsity; the script's optimum from the solution; settings = params",
                libraries=("casadi", "numpy"), params=SETTINGS,
                rel=5.1e-3, abs_tol=0.051)  # 3 significant digits (inf_pr...), lg's 1 decimal


if __name__ == "__main__":
    main(__file__, {"casadi": run}, root=HELDOUT10)
