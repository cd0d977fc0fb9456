"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

A small mixed-integer program with the Cardinal Optimizer (PyPI ``coptpy``, without a licence
file: its size-limited mode): a 0-1 knapsack of eight items with one side constraint, one
thread. COPT prints timestamped licence lines (``2026-12-07 03:48:28 [INFO] checks license
...``, ``[WARN] no license files ...``), its banner, ``Setting parameter 'Threads' to 1``, the
size limits, the machine, problem sizes before and after presolve, ``Problem info:`` (``Range
of matrix coefficients: [1e+00,1e+01]`` ..., ``Density of cost: 100.0%``), the node log
(``Nodes Active LPit/n IntInf BestBound BestSolution Gap Time``; ``H`` rows for new
incumbents; ``--`` and ``Inf`` before the first), then a ``label : value`` summary (``Best
solution : 58.000000000``, ``Best bound``, ``Best gap : 0.0000%``, ``Solve time``, ``Solve
node``, statuses) and a ``Violations`` table (``absolute relative`` by ``bounds``, ``rows``,
``integrality``).

Truth, from the model: the incumbents (the solution pool's objective values, lowest first;
the generator checks that they are the all-zero start and two improvements), the trivial bound
COPT starts from (the sum of the objective coefficients), the final ``objval``, ``bestbnd``,
``bestgap``. For this instance (solved at the first node) the node log has a row without an
incumbent (``Gap`` ``Inf``), one ``H`` row an incumbent against the trivial bound, and two rows
at node 1 with the final bound and solution: ``BestBound`` and ``BestSolution`` per row,
``Gap`` as (bound - solution) / bound in percent (``inf`` for the first row). ``Best solution``,
``Best bound``, ``Best gap`` (percent). Optional: ``Active``, ``LPit/n``, ``IntInf``, the
violations, the solve time and node, the sizes, the cost density and the coefficient ranges
(from the model, at the one significant digit printed). Param: ``Threads``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def one_digit(value: float) -> float:
    return float(f"{value:.0e}")


def run() -> None:
    import coptpy as cp
    from coptpy import COPT

    weights = [12, 7, 11, 8, 9, 6, 5, 10]
    values = [24, 13, 23, 15, 16, 11, 9, 19]
    env = cp.Envr()
    model = env.createModel("knapsack")
    model.setParam(COPT.Param.Threads, 1)
    x = model.addVars(8, vtype=COPT.BINARY, nameprefix="x")
    model.setObjective(cp.quicksum(values[i] * x[i] for i in range(8)), COPT.MAXIMIZE)
    model.addConstr(cp.quicksum(weights[i] * x[i] for i in range(8)) <= 29)
    model.addConstr(x[0] + x[1] <= 1)
    model.solve()
    sys.stdout.flush()
    pool = sorted(model.getPoolObjVal(i) for i in range(model.getAttr(COPT.Attr.PoolSols)))
    assert len(pool) == 3 and pool[0] == 0.0 and pool[-1] == model.objval, pool
    trivial = float(sum(values))
    truth = Truth()
    truth.add(BestBound=trivial, Gap=float("inf"))
    for incumbent in pool:
        truth.add(BestBound=trivial, BestSolution=incumbent,
                  Gap=100 * (trivial - incumbent) / trivial)
    for _ in range(2):
        truth.add(BestBound=model.bestbnd, BestSolution=model.objval,
                  Gap=100 * (model.bestbnd - model.objval) / model.bestbnd)
        truth.allow(Active=1, **{"LPit/n": 0.0})
    for _ in range(len(pool) + 3):
        truth.allow(IntInf=0, Active=1)
    truth.add(**{"Best solution": model.objval, "Best bound": model.bestbnd,
                 "Best gap": 100 * model.bestgap})
    truth.allow(**{"Solve node": model.getAttr(COPT.Attr.NodeCnt),
                   "Solve time": model.getAttr(COPT.Attr.SolvingTime)})
    for name in ("bounds", "rows", "integrality"):
        truth.allow(**{f"{name}/absolute": 0.0, f"{name}/relative": 0.0})
    for name, (lo, hi) in {"Range of matrix coefficients": (1, max(weights)),
                           "Range of rhs coefficients": (1, 29),
                           "Range of bound coefficients": (1, 1),
                           "Range of cost coefficients": (min(values), max(values))}.items():
        truth.allow(**{name: one_digit(lo)})
        truth.allow(**{name: one_digit(hi)})
    truth.allow(**{"Density of cost": 100.0, "rows": 2, "columns": 8,
                   "non-zero elements": 10, "binaries": 8})
    truth.write("coptpy: the solution pool's objective values, the objective coefficients "
                "(trivial bound), objval, bestbnd, bestgap, arranged as the node log of this "
                "instance", libraries=("coptpy",), params={"Threads": 1},
                rel=5e-4, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"copt": run}, root=HELDOUT27)
