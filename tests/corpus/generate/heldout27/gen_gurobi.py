"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

A small mixed-integer program with Gurobi (PyPI ``gurobipy``, its size-limited licence): a 0-1
knapsack of seven items with one side constraint, one thread. Gurobi prints its licence and
version, the machine, the non-default parameters, the model size and ``Coefficient
statistics:`` (``Matrix range [1e+00, 1e+01]`` ...), ``Found heuristic solution: objective
47.0000000``, presolve lines, ``Root relaxation: objective 5.262500e+01, 1 iterations, 0.00
seconds``, the branch-and-bound table (heads ``Nodes | Current Node | Objective Bounds | Work``
over ``Expl Unexpl | Obj Depth IntInf | Incumbent BestBd Gap | It/Node Time``; ``H`` rows for
new incumbents), ``Explored 1 nodes ...``, ``Solution count 4: 51 50 49 47``, ``Optimal
solution found (tolerance 1.00e-04)`` and ``Best objective 5.1e+01, best bound 5.1e+01, gap
0.0000%``.

Truth, from the model: the objective of each new incumbent in the order found (the solution
pool's ``PoolObjVal``, which holds them best first; the order is checked on a silent copy of the
model solved again with a ``MIPSOL`` callback, so that the captured run has no callback line), the
root relaxation's objective (the relaxed model's ``ObjVal``), the final ``ObjVal``, ``ObjBound``
and ``MIPGap`` (in percent). For this instance (solved at the root: the table has the root row, one
``H`` row for each later incumbent, and the root row again) the table's ``Obj`` is the root
relaxation's objective (root rows only), ``Incumbent`` the incumbent of the row, ``BestBd`` the
root bound, ``Gap`` (BestBd - Incumbent) / Incumbent in percent; the generator checks that
structure against the callback events. ``objective`` (the heuristic line) and ``Root
relaxation/objective``; ``Best objective``, ``best bound``, ``gap``. Optional: ``Depth``,
``IntInf``, the counts (rows, columns, nonzeros, variable types, explored nodes, iterations,
solution count, threads), the solution pool's objectives, the times, and the coefficient ranges
(computed from the model, to the one significant digit Gurobi prints). Params: ``Threads`` and the
``tolerance`` (``MIPGap``).
"""

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def one_digit(value: float) -> float:
    return float(f"{value:.0e}")


def run() -> None:
    import gurobipy as gp
    from gurobipy import GRB

    weights = [12, 7, 11, 8, 9, 6, 5]
    values = [24, 13, 23, 15, 16, 11, 9]
    model = gp.Model("knapsack")
    model.Params.Threads = 1
    x = model.addVars(7, vtype=GRB.BINARY, name="x")
    model.setObjective(gp.quicksum(values[i] * x[i] for i in range(7)), GRB.MAXIMIZE)
    model.addConstr(gp.quicksum(weights[i] * x[i] for i in range(7)) <= 26, "capacity")
    model.addConstr(x[0] + x[1] <= 1, "pair")
    model.optimize()
    pool = []
    for k in range(model.SolCount):
        model.Params.SolutionNumber = k
        pool.append(model.PoolObjVal)
    # the incumbents in the order found: checked on a silent copy with a MIPSOL callback
    incumbents = []

    def callback(m, where):
        if where == GRB.Callback.MIPSOL:
            incumbents.append(m.cbGet(GRB.Callback.MIPSOL_OBJ))

    silent = model.copy()
    silent.Params.OutputFlag = 0
    silent.optimize(callback)
    assert incumbents == pool[::-1], (incumbents, pool)
    relaxed = model.relax()
    relaxed.Params.OutputFlag = 0
    relaxed.optimize()
    root = relaxed.ObjVal
    assert model.NodeCount <= 1 and len(incumbents) >= 2, "no longer solved at the root"
    truth = Truth()
    truth.add(objective=incumbents[0])
    truth.add(**{"Root relaxation/objective": root})
    truth.allow(iterations=relaxed.IterCount)

    def gap(incumbent):
        return 100 * (root - incumbent) / abs(incumbent)

    truth.add(Obj=root, Incumbent=incumbents[0], BestBd=root, Gap=gap(incumbents[0]))
    truth.allow(Depth=0, IntInf=1)
    for incumbent in incumbents[1:]:
        truth.add(Incumbent=incumbent, BestBd=root, Gap=gap(incumbent))
    truth.add(Obj=root, Incumbent=incumbents[-1], BestBd=root, Gap=gap(incumbents[-1]))
    truth.allow(Depth=0, IntInf=1)
    truth.add(**{"Best objective": model.ObjVal, "best bound": model.ObjBound,
                 "gap": 100 * model.MIPGap})
    truth.allow(**{"Solution count": model.SolCount})
    for value in pool:
        truth.allow(**{"Solution count": value})
    matrix = [abs(c) for c in weights] + [1, 1]
    ranges = {"Matrix range": (min(matrix), max(matrix)),
              "Objective range": (min(values), max(values)), "Bounds range": (1, 1),
              "RHS range": (1, 26)}
    for name, (lo, hi) in ranges.items():
        truth.allow(**{name: one_digit(lo)})
        truth.allow(**{name: one_digit(hi)})
    truth.allow(rows=model.NumConstrs, columns=model.NumVars, nonzeros=model.NumNZs,
                nodes=model.NodeCount, Explored=model.NodeCount)
    truth.write("gurobipy: the solution pool's PoolObjVal (incumbents in the order found, checked "
                "with a MIPSOL callback on a silent copy), the relaxed model's ObjVal, and "
                "ObjVal, ObjBound, MIPGap of the model",
                libraries=("gurobipy",), params={"Threads": 1, "tolerance": 1e-4},
                rel=5e-4, abs_tol=5e-5)
    assert not math.isnan(root)


if __name__ == "__main__":
    main(__file__, {"gurobi": run}, root=HELDOUT27)
