"""HELD-OUT fixture (fifth half, see generate/heldout5/README.md): do not read while tuning the
parser.

OR-Tools' CP-SAT solver on a small job-shop scheduling model (as in OR-Tools' job-shop example:
8 random jobs x 6 machines, minimise the makespan), one worker, with
``log_search_progress=True``: ``Starting CP-SAT solver v9.15.6755``, ``Parameters: ...``, the
model statistics (``#Variables: 97 (#ints: 1 in objective)``, ``#kNoOverlap: 6``),
presolve lines timed per rule (``  1.43e-05s  0.00e+00d  [DetectDominanceRelations]``), a
``Presolve summary:`` of ``rule '...' was applied 14 times``, then the search log, one line per
event: ``#1       0.01s best:72    next:[45,71]    main (fixed_bools=0/49)`` (a solution),
``#Bound   0.01s best:72    next:[51,71]    main`` (a bound), ``#Done``; and the statistics
tables at the end, rows labelled by subsolver (``'main':      0 ...`` under ``Search stats
Bools  Conflicts  Branches ...``), then ``CpSolverResponse summary:`` with ``status: OPTIMAL``,
``objective: 64``, ``best_bound: 64``, ``integers: ...``, ``conflicts: 50``, ``walltime:
0.0399``, ``gap_integral: 0`` ...; then the script's ``Makespan: 64`` and one ``Machine 0:
job_1_task_0 [0,3] ...`` line per machine.

Truth: ``best`` = the objective of each solution, from the solution callback
(``CpSolverSolutionCallback.ObjectiveValue()``, one per ``#k`` line, no step: ``#3`` numbers
solutions, it is no training step); the bound lines' ``best`` repeat the incumbent (optional,
the same values); ``objective`` and ``best_bound`` of the response (``ObjectiveValue()``,
``BestObjectiveBound()``) and ``Makespan`` are metrics; ``gap_integral`` (the response's
field) and the counts ``conflicts``, ``branches``, ``propagations``, ``integer_propagations``
(``NumConflicts()`` ...) optional; the ``next:[lo,hi]`` intervals, the statistics tables (all
counts), timings, sizes and the schedule are in neither map. Params: the solver parameters
printed on the ``Parameters:`` line.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT5, Truth, main



def jobs(n_jobs: int, n_machines: int, seed: int) -> list[list[tuple[int, int]]]:
    """(machine, duration) per task: each job visits every machine once, in a random order."""
    import random

    rng = random.Random(seed)
    out = []
    for _ in range(n_jobs):
        order = list(range(n_machines))
        rng.shuffle(order)
        out.append([(m, rng.randint(1, 9)) for m in order])
    return out


def train() -> None:
    from ortools.sat.python import cp_model

    truth = Truth()
    truth.allow(best=float("inf"))  # the first bound line: no solution yet
    JOBS = jobs(8, 6, seed=11)
    horizon = sum(d for job in JOBS for _, d in job)
    model = cp_model.CpModel()
    tasks, per_machine = {}, {}
    for j, job in enumerate(JOBS):
        for t, (m, d) in enumerate(job):
            start = model.NewIntVar(0, horizon, f"s_{j}_{t}")
            end = model.NewIntVar(0, horizon, f"e_{j}_{t}")
            tasks[j, t] = (start, end, m, d)
            per_machine.setdefault(m, []).append(
                model.NewIntervalVar(start, d, end, f"job_{j}_task_{t}"))
            if t:
                model.Add(start >= tasks[j, t - 1][1])
    for intervals in per_machine.values():
        model.AddNoOverlap(intervals)
    makespan = model.NewIntVar(0, horizon, "makespan")
    model.AddMaxEquality(makespan, [tasks[j, len(job) - 1][1] for j, job in enumerate(JOBS)])
    model.Minimize(makespan)

    class Solutions(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self):
            truth.add(best=self.ObjectiveValue())
            for _ in range(5):  # repeated by the bound lines until the next solution
                truth.allow(best=self.ObjectiveValue())

    solver = cp_model.CpSolver()
    params = {"log_search_progress": True, "num_workers": 1, "random_seed": 7,
              "cp_model_presolve": True}
    for key, value in params.items():
        setattr(solver.parameters, key, value)
    solver.Solve(model, Solutions())
    response = solver.ResponseProto()
    truth.add(objective=solver.ObjectiveValue(), best_bound=solver.BestObjectiveBound())
    truth.allow(gap_integral=response.gap_integral, conflicts=solver.NumConflicts(),
                branches=solver.NumBranches(), propagations=response.num_binary_propagations,
                integer_propagations=response.num_integer_propagations)
    print(f"Makespan: {solver.ObjectiveValue():g}")
    truth.add(Makespan=solver.ObjectiveValue())
    for m in sorted(per_machine):
        row = sorted((solver.Value(s), j, t, d) for (j, t), (s, _, mm, d) in tasks.items()
                     if mm == m)
        print(f"Machine {m}: " + " ".join(f"job_{j}_task_{t} [{s},{s + d}]"
                                          for s, j, t, d in row))
    truth.write("CP-SAT: the solution callback's ObjectiveValue() per #k line (best); the "
                "response's objective, best bound and Makespan; gap_integral and counts "
                "optional", libraries=("ortools",), params=params, rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"ortools": train}, root=HELDOUT5)
