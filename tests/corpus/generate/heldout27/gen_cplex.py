"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

A small mixed-integer program with IBM CPLEX (PyPI ``cplex``, its size-limited community
edition): a 0-1 knapsack of nine items with one side constraint, one thread. CPLEX prints its
version, the non-default parameters (``CPXPARAM_Threads 1``), ``Found incumbent of value
0.000000 after 0.00 sec. (0.00 ticks)``, presolve and probing lines with counts and times, the
node log (heads ``Nodes`` / ``Cuts/`` over ``Node Left Objective IInf Best Integer Best Bound
ItCnt Gap``; ``*`` rows for new incumbents, ``---`` for an undefined gap, ``cutoff``), an
``Elapsed time = ...`` line and the root and branch-and-cut times.

Truth, from the model: the incumbents (the solution pool's objective values, lowest first: the
trivial all-zero start and the optimum; the generator checks that the pool holds exactly these
two), the root relaxation's objective (the same model solved as an LP), the trivial bound CPLEX
starts from (the sum of the positive objective coefficients of the binaries). For this instance
(solved at the root) the node log has four rows: the start incumbent against the trivial bound,
the root LP (``Objective``, ``IInf`` 1, ``ItCnt``), the new incumbent, the cutoff row; ``Best
Integer``, ``Best Bound`` for each row, ``Objective`` for the root LP row, ``Gap`` (|bound -
incumbent| / |incumbent|, in percent) where printed; ``Found incumbent of value`` (the start).
Optional: ``IInf``, ``ItCnt``, the counts and times. Params: ``CPXPARAM_Threads``,
``CPXPARAM_Read_DataCheck``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def build(cplex, binary: bool):
    weights = [12, 7, 11, 8, 9, 6, 5, 10, 4]
    values = [24, 13, 23, 15, 16, 11, 9, 19, 7]
    names = [f"x{i}" for i in range(len(weights))]
    c = cplex.Cplex()
    c.parameters.threads.set(1)
    c.objective.set_sense(c.objective.sense.maximize)
    if binary:
        c.variables.add(obj=values, types="B" * len(names), names=names)
    else:
        c.variables.add(obj=values, lb=[0.0] * len(names), ub=[1.0] * len(names), names=names)
    c.linear_constraints.add(lin_expr=[cplex.SparsePair(names, weights),
                                       cplex.SparsePair(["x0", "x1"], [1, 1])],
                             senses="LL", rhs=[31, 1], names=["capacity", "pair"])
    return c, values


def run() -> None:
    import cplex

    model, values = build(cplex, binary=True)
    model.solve()
    sys.stdout.flush()
    solution = model.solution
    pool = sorted(solution.pool.get_objective_value(i)
                  for i in range(solution.pool.get_num()))
    assert len(pool) == 2 and pool[0] == 0.0, pool
    start, best = pool
    lp, _ = build(cplex, binary=False)
    for stream in (lp.set_log_stream, lp.set_results_stream, lp.set_warning_stream):
        stream(None)
    lp.solve()
    root = lp.solution.get_objective_value()
    trivial = float(sum(v for v in values if v > 0))
    truth = Truth()
    truth.add(**{"Found incumbent of value": start})

    def gap(bound, incumbent):
        return 100 * abs(bound - incumbent) / (1e-10 + abs(incumbent))

    truth.add(**{"Best Integer": start, "Best Bound": trivial})
    truth.add(**{"Objective": root, "Best Integer": start, "Best Bound": root})
    truth.allow(IInf=1, ItCnt=lp.solution.progress.get_num_iterations())
    truth.add(**{"Best Integer": best, "Best Bound": root, "Gap": gap(root, best)})
    truth.add(**{"Best Integer": best, "Best Bound": root, "Gap": gap(root, best)})
    truth.allow(ItCnt=lp.solution.progress.get_num_iterations(), solutions=len(pool))
    assert solution.get_objective_value() == best
    truth.write("cplex: the solution pool's objective values, the LP relaxation's objective and "
                "the objective coefficients (trivial bound), arranged as the root-only node log "
                "of this instance", libraries=("cplex",),
                params={"CPXPARAM_Threads": 1, "CPXPARAM_Read_DataCheck": 1},
                rel=5e-4, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"cplex": run}, root=HELDOUT27)
