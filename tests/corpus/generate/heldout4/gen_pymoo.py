"""HELD-OUT fixture (fourth half, see generate/heldout4/README.md): do not read while tuning the
parser.

pymoo's ``minimize(..., verbose=True)`` as its getting-started guide runs it, twice:

* a genetic algorithm on the 4-variable Rastrigin problem: a ``=``-ruled table ``n_gen  |
  n_eval  |     f_avg     |     f_min     |     f_gap`` with one row per generation
  (``     3 |       60 |  4.441161E+01 |  1.665788E+01 |  1.665788E+01``), then the guide's
  ``Best solution found:`` / ``X = [-1.928 ...]`` / ``F = [12.33972315]``;
* NSGA-II on ZDT1 (a known Pareto front): ``n_gen | n_eval | n_nds | igd | gd | hv``, then
  ``Non-dominated solutions: 17`` and ``Hypervolume: 0.1023``, and ``Time: 0.04 s``.

Truth from the saved history (``save_history=True``): each generation's algorithm copy gives
``n_gen`` (the step), ``f_avg`` (mean of ``pop.get("F")``), ``f_min`` (min of ``opt``'s F),
``f_gap`` (``f_min`` minus the problem's known optimum, 0), and for NSGA-II ``igd``, ``gd``
and ``hv`` from pymoo's ``IGD``/``GD``/``Hypervolume`` indicators (``zero_to_one=True``) on
``opt``'s F against ``problem.pareto_front()`` (the display's own computation); ``n_eval``
and ``n_nds`` are counts, optional; ``F`` is ``res.F`` (a metric, no step); ``Hypervolume``
from pymoo's ``HV`` indicator (reference point 1.1, 1.1); the number of solutions optional;
the solution vector ``X`` and the time neither.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT4, Truth, main


def single(truth: Truth) -> None:
    from pymoo.algorithms.soo.nonconvex.ga import GA
    from pymoo.optimize import minimize
    from pymoo.problems import get_problem

    problem = get_problem("rastrigin", n_var=4)
    res = minimize(problem, GA(pop_size=20), ("n_gen", 8), seed=1, verbose=True,
                   save_history=True)
    for h in res.history:
        f_min = h.opt.get("F").min()
        truth.add(h.n_gen, f_avg=h.pop.get("F").mean(), f_min=f_min, f_gap=f_min - 0.0)
        truth.allow(n_eval=h.evaluator.n_eval, n_gen=h.n_gen)
    print(f"Best solution found:\nX = {res.X}\nF = {res.F}")
    truth.add(F=res.F[0])
    print()


def multi(truth: Truth) -> None:
    from pymoo.algorithms.moo.nsga2 import NSGA2
    from pymoo.indicators.gd import GD
    from pymoo.indicators.hv import HV, Hypervolume
    from pymoo.indicators.igd import IGD
    from pymoo.optimize import minimize
    from pymoo.problems import get_problem

    problem = get_problem("zdt1", n_var=6)
    pf = problem.pareto_front()
    res = minimize(problem, NSGA2(pop_size=40), ("n_gen", 10), seed=1, verbose=True,
                   save_history=True)
    for h in res.history:
        F = h.opt.get("F")
        truth.add(h.n_gen, igd=IGD(pf, zero_to_one=True).do(F),
                  gd=GD(pf, zero_to_one=True).do(F),
                  hv=Hypervolume(pf=pf, zero_to_one=True).do(F))
        truth.allow(n_eval=h.evaluator.n_eval, n_nds=len(F), n_gen=h.n_gen)
    hv = HV(ref_point=[1.1, 1.1])(res.F)
    print(f"Non-dominated solutions: {len(res.F)}")
    print(f"Hypervolume: {hv:.4f}")
    print(f"Time: {res.exec_time:.2f} s")
    truth.add(Hypervolume=hv)
    truth.allow(**{"Non-dominated solutions": len(res.F)})


def train() -> None:
    truth = Truth()
    single(truth)
    multi(truth)
    truth.write("res.history (save_history=True): per generation mean of pop F, min of opt F, "
                "its gap to the known optimum 0, pymoo's IGD/GD on opt F against the known "
                "front (zero_to_one, as the display), at n_gen; res.F and pymoo's HV; "
                "counts optional",
                libraries=("pymoo", "numpy"), rel=1e-5, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"pymoo": train}, root=HELDOUT4)
