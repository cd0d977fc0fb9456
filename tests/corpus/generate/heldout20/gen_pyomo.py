"""HELD-OUT fixture (twentieth half, see generate/heldout20/README.md): do not read while tuning
the parser.

Mathematical programming with Pyomo (PyPI ``pyomo``) and the GLPK solver (Debian's
``glpk-utils``, ``glpsol``, run by Pyomo without ``tee``): a small integer production plan
(three products, two resources) and a transportation linear program (two plants, three markets,
duals imported). For each, as Pyomo's documentation does, ``print(results)`` (the solver
results in a YAML-like layout: ``Problem:`` with ``Lower bound``, ``Upper bound`` and the
problem's counts, ``Solver:`` with its status, branch-and-bound counts, ``Error rc`` and
``Time``) and ``model.display()`` (``Variables:``, ``Objectives:``, ``Constraints:``, each
component a table ``Key : Lower : Value : Upper : Fixed : Stale : Domain`` or ``Key : Lower :
Body : Upper``); for the transportation model also ``model.dual.display()`` (``Key : Value``).

Truth: the results object (``problem.lower_bound``, ``upper_bound``) under the printed labels
(``solver.time`` optional: the time a solver's report states is its bookkeeping, as the corpus
leaves ``Time taken:`` lines and time columns optional everywhere), and the model's own values (``pyo.value``) named ``<component>/<key>/<column>``,
the key left out for a scalar component (``make/chairs/Value``, ``profit/Value``,
``capacity/wood/Body``, ``ship/('seattle', 'chicago')/Value``, ``dual/supply[seattle]/Value``). Optional: the problem's and the
branch-and-bound counts, ``Error rc``, and the bounds of variables and constraints (data of the
model, not results).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT20, Truth, main


def production():
    import pyomo.environ as pyo

    products, resources = ["chairs", "tables", "desks"], ["wood", "labour"]
    profit = {"chairs": 45, "tables": 80, "desks": 110}
    use = {("wood", "chairs"): 5, ("wood", "tables"): 20, ("wood", "desks"): 15,
           ("labour", "chairs"): 10, ("labour", "tables"): 15, ("labour", "desks"): 25}
    cap = {"wood": 400, "labour": 450}
    m = pyo.ConcreteModel()
    m.P = pyo.Set(initialize=products)
    m.R = pyo.Set(initialize=resources)
    m.make = pyo.Var(m.P, within=pyo.NonNegativeIntegers)
    m.profit = pyo.Objective(expr=sum(profit[p] * m.make[p] for p in products),
                             sense=pyo.maximize)
    m.capacity = pyo.Constraint(
        m.R, rule=lambda m, r: sum(use[r, p] * m.make[p] for p in products) <= cap[r])
    return m


def transport():
    import pyomo.environ as pyo

    plants, markets = ["seattle", "san-diego"], ["new-york", "chicago", "topeka"]
    supply = {"seattle": 350, "san-diego": 600}
    demand = {"new-york": 325, "chicago": 300, "topeka": 275}
    dist = {("seattle", "new-york"): 2.5, ("seattle", "chicago"): 1.7,
            ("seattle", "topeka"): 1.8, ("san-diego", "new-york"): 2.5,
            ("san-diego", "chicago"): 1.8, ("san-diego", "topeka"): 1.4}
    m = pyo.ConcreteModel()
    m.I = pyo.Set(initialize=plants)
    m.J = pyo.Set(initialize=markets)
    m.ship = pyo.Var(m.I, m.J, within=pyo.NonNegativeReals)
    m.cost = pyo.Objective(expr=sum(90 * dist[i, j] / 1000 * m.ship[i, j]
                                    for i in plants for j in markets))
    m.supply = pyo.Constraint(m.I, rule=lambda m, i: sum(m.ship[i, j] for j in markets)
                              <= supply[i])
    m.demand = pyo.Constraint(m.J, rule=lambda m, j: sum(m.ship[i, j] for i in plants)
                              >= demand[j])
    m.dual = pyo.Suffix(direction=pyo.Suffix.IMPORT)
    return m


def key_text(key) -> str:
    """A key as display() prints it (a tuple as its repr: ``('seattle', 'chicago')``)."""
    return str(key)


def record(truth: Truth, m, results) -> None:
    import pyomo.environ as pyo

    problem = results.problem[0]
    truth.add(**{"Lower bound": problem.lower_bound, "Upper bound": problem.upper_bound})
    truth.allow(**{"Number of objectives": problem.number_of_objectives,
                   "Number of constraints": problem.number_of_constraints,
                   "Number of variables": problem.number_of_variables,
                   "Number of nonzeros": problem.number_of_nonzeros})
    solver = results.solver[0]
    bnb = solver.statistics.branch_and_bound
    truth.allow(**{"Number of bounded subproblems": bnb.number_of_bounded_subproblems,
                   "Number of created subproblems": bnb.number_of_created_subproblems,
                   "Error rc": solver.error_rc})
    truth.allow(Time=solver.time)  # the solver's time: TIME_COLUMNS, as elsewhere
    for var in m.component_objects(pyo.Var):
        for key, v in var.items():
            row = f"{var.name}/{key_text(key)}"
            truth.add(**{f"{row}/Value": pyo.value(v)})
            if v.lb is not None:
                truth.allow(**{f"{row}/Lower": v.lb})
    for obj in m.component_objects(pyo.Objective):
        truth.add(**{f"{obj.name}/Value": pyo.value(obj)})
    for con in m.component_objects(pyo.Constraint):
        for key, c in con.items():
            row = f"{con.name}/{key_text(key)}"
            truth.add(**{f"{row}/Body": pyo.value(c.body)})
            for label, bound in (("Lower", c.lower), ("Upper", c.upper)):
                if bound is not None:
                    truth.allow(**{f"{row}/{label}": pyo.value(bound)})
    if hasattr(m, "dual"):
        for c, value in m.dual.items():
            truth.add(**{f"dual/{c.name}/Value": value})


def run() -> None:
    import pyomo.environ as pyo

    truth = Truth()
    for make in (production, transport):
        m = make()
        results = pyo.SolverFactory("glpk").solve(m)
        print(results)
        m.display()
        if hasattr(m, "dual"):
            m.dual.display()
        record(truth, m, results)
    truth.write("pyomo: the results objects' bounds and solver time under the printed labels, "
                "the models' values <component>/<key>/<column> (pyo.value) and the imported "
                "duals; counts, Error rc, solver time and model bounds optional",
                libraries=("pyomo",), rel=1e-6, abs_tol=1e-9)  # repr of floats


if __name__ == "__main__":
    main(__file__, {"pyomo": run}, root=HELDOUT20)
