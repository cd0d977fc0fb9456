"""HELD-OUT fixture (fifth half, see generate/heldout5/README.md): do not read while tuning the
parser.

PuLP modelling a small production-planning MIP and solving it with the CBC binary it ships
(``PULP_CBC_CMD(msg=True)``): CBC's own log on stdout (``Welcome to the CBC MILP Solver``,
``Version: 2.10.3``, the command line, ``At line 2 NAME MODEL`` reading the MPS file, ``Problem
MODEL has 3 rows, 8 columns and 20 elements``, ``Continuous objective value is 1234.5 - 0.00
seconds``, ``Cgl0004I processed model ...``, dozens of ``Cbc0038I Pass   3: suminf.    0.65200
(2) obj. -221.56 iterations 2`` feasibility-pump lines, ``Cbc0012I Integer solution of -222
found by feasibility pump after 0 iterations and 0 nodes (0.00 seconds)``, cut-generator
statistics, then the result block ``Result - Optimal solution found`` / ``Objective value:
222.00000000`` / ``Enumerated nodes:               0`` / ``Total iterations: 3`` / ``Time (CPU
seconds): 0.01``), followed by the script's report as PuLP's docs print it: ``Status:
Optimal``, one ``x_0 = 1.0`` line per variable, ``Total profit = 222.0``; first for the LP
relaxation (the same model with continuous variables), then for the MIP.

The LP solve closes instead with CLP's ``Optimal - objective value 567.51724`` and ``Optimal
objective 567.5172414 - 2 iterations time 0.002``. (The pipe capture differs from the terminal
one only in CBC's temporary file names, so it was not kept.)

Truth: what PuLP returns: ``Objective value`` (CBC's result block; CLP's ``Optimal - objective
value`` for the LP, the same name) and ``Total profit`` = the objective's value
(``pulp.value(prob.objective)``) of each solve; CLP's ``Optimal objective`` and its iteration
line's ``Obj`` optional; ``Continuous objective value`` (the MIP solve's root relaxation) = the
LP relaxation's objective from PuLP's first solve; ``best objective`` (CBC's minimising
``Search completed - best objective -539``) optional; the variables' values (``x_0 = 1.0``:
decision variables, not results) optional under their names; the ``Integer solution of ...``
lines' values, the feasibility pump's ``obj.``/``suminf.`` and the cut statistics are CBC
internals that PuLP does not report: in neither map, like every count (``Enumerated nodes``,
``Total iterations``), time and version. Params: the model's data the
script printed (``capacity``, ``labour``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT5, Truth, main


def build(pulp, cat: str, data: dict):
    prob = pulp.LpProblem("production", pulp.LpMaximize)
    xs = [pulp.LpVariable(f"x_{i}", lowBound=0, upBound=4, cat=cat) for i in range(8)]
    prob += pulp.lpSum(p * x for p, x in zip(data["profit"], xs))
    prob += pulp.lpSum(w * x for w, x in zip(data["machine"], xs)) <= data["capacity"]
    prob += pulp.lpSum(w * x for w, x in zip(data["hours"], xs)) <= data["labour"]
    prob += xs[0] + xs[1] + xs[2] <= 5
    return prob, xs


def train() -> None:
    import random

    import pulp

    rng = random.Random(4)
    data = {"profit": [rng.randint(20, 90) for _ in range(8)],
            "machine": [rng.randint(3, 15) for _ in range(8)],
            "hours": [rng.randint(2, 9) for _ in range(8)], "capacity": 61, "labour": 37}
    print(f"capacity = {data['capacity']}, labour = {data['labour']}", flush=True)
    truth = Truth()
    relaxed = None
    for cat in ("Continuous", "Integer"):
        prob, xs = build(pulp, cat, data)
        prob.solve(pulp.PULP_CBC_CMD(msg=True))
        total = pulp.value(prob.objective)
        if relaxed is None:
            relaxed = total
        print(f"Status: {pulp.LpStatus[prob.status]}")
        for x in xs:
            print(f"{x.name} = {x.varValue}")
            truth.allow(**{x.name: x.varValue})
        print(f"Total profit = {total}", flush=True)
        truth.add(**{"Objective value": total, "Total profit": total})
        if cat == "Continuous":  # CLP's closing lines; the LP iteration line's `Obj`
            truth.allow(**{"Optimal objective": total, "Obj": total})
        else:  # CBC's root relaxation, and its internal (minimising) incumbent
            truth.add(**{"Continuous objective value": relaxed})
            truth.allow(**{"best objective": -total})
    truth.write("pulp.value(prob.objective) of the LP relaxation and the MIP (CBC's 'Objective "
                "value' and the script's 'Total profit'); the relaxation's objective as CBC's "
                "'Continuous objective value' of both solves; variable values optional",
                libraries=("PuLP",), params={"capacity": 61, "labour": 37}, rel=1e-6,
                abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"pulp": train}, root=HELDOUT5)
