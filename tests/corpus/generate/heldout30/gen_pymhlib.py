"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Metaheuristics with pymhlib (PyPI ``pymhlib``), seeded: the package's maximum independent set
demo problem on a random G(n, m) graph (``gnm-30-60``) by general variable neighbourhood search
(40 iterations, two shaking neighbourhoods, a log line every 20th iteration and at every new
incumbent). pymhlib logs, through
its own logging setup on stdout, the settings dump (``mh_titer=40``), the instance, a table
``I iteration best obj_old obj_new time method info``, a ``Method statistics:`` table ``S method
iter succ succ-rate% tot-obj-gain avg-obj-gain rel-succ% net-time net-time% brut-time
brut-time%`` and the closing ``T best obj: 14`` block.

Truth: the scheduler's own state, read by wrapping its ``log_iteration`` (the library's method
that writes each line; the wrapper applies the same logging condition and reads the incumbent's
``obj()``, the ``obj_old`` argument and the new solution's ``obj()``) under the printed column
labels ``best``, ``obj_old``, ``obj_new``, at the iteration the line states; the ``method_stats``
after the run under ``<method>/succ-rate%``, ``<method>/tot-obj-gain``, ``<method>/avg-obj-gain``
and ``<method>/rel-succ%`` (computed from its counters as the printer does; the ``SUM/AVG`` row
likewise), the ``iter`` and ``succ`` counts optional and the times left out; ``best obj`` from the
incumbent; ``best iteration`` and ``total iterations`` optional (counts). The settings dump is
``params``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main


def _run(inst: str, alg: str, problem: str, extra: list[str]) -> None:
    sys.argv = ["pymhlib-demo", "--inst_file", inst, "--alg", alg, "--mh_titer", "40",
                "--mh_lfreq", "20", "--seed", "3", "--meths_sh", "2", *extra]
    from pymhlib.demos.common import data_dir, run_optimization
    from pymhlib.scheduler import Scheduler
    from pymhlib.settings import settings

    truth = Truth()
    original = Scheduler.log_iteration
    schedulers = []

    def log_iteration(self, method_name, obj_old, new_sol, new_incumbent, in_any_case, log_info):
        if self not in schedulers:
            schedulers.append(self)
        log = in_any_case or new_incumbent and self.own_settings.mh_lnewinc
        if not log:
            lfreq = self.own_settings.mh_lfreq
            log = (lfreq > 0 and self.iteration % lfreq == 0
                   or lfreq < 0 and self.is_logarithmic_number(self.iteration))
        if log:
            truth.add(at=self.iteration, best=self.incumbent.obj(), obj_old=obj_old,
                      obj_new=new_sol.obj())
        return original(self, method_name, obj_old, new_sol, new_incumbent, in_any_case,
                        log_info)

    Scheduler.log_iteration = log_iteration
    if problem == "misp":
        from pymhlib.demos.misp import MISPInstance as Inst, MISPSolution as Sol
        path = inst
    else:
        from pymhlib.demos.maxsat import MAXSATInstance as Inst, MAXSATSolution as Sol
        path = data_dir + inst
    sys.argv[2] = path
    run_optimization(problem.upper(), Inst, Sol, path, seed=3)
    sched = schedulers[0]
    stats = sched.method_stats
    total_app = sum(ms.applications for ms in stats.values())
    total_succ = sum(ms.successes for ms in stats.values())
    total_gain = sum(ms.obj_gain for ms in stats.values())
    div = Scheduler.sdiv
    for name, ms in stats.items():
        truth.add(**{f"{name}/succ-rate%": div(ms.successes, ms.applications) * 100,
                     f"{name}/tot-obj-gain": ms.obj_gain,
                     f"{name}/avg-obj-gain": div(ms.obj_gain, ms.applications),
                     f"{name}/rel-succ%": div(ms.successes, total_succ) * 100})
        truth.allow(**{f"{name}/iter": ms.applications, f"{name}/succ": ms.successes})
    truth.add(**{"SUM/AVG/succ-rate%": div(total_succ, total_app) * 100,
                 "SUM/AVG/tot-obj-gain": total_gain,
                 "SUM/AVG/avg-obj-gain": div(total_gain, total_app),
                 "SUM/AVG/rel-succ%": div(div(total_succ, len(stats)), total_succ) * 100})
    truth.allow(**{"SUM/AVG/iter": total_app, "SUM/AVG/succ": total_succ})
    truth.add(**{"best obj": sched.incumbent.obj()})
    truth.allow(**{"best iteration": sched.incumbent_iteration,
                   "total iterations": sched.iteration})
    params = {k: v for k, v in vars(settings).items() if not k.startswith("_")}
    truth.write("pymhlib: Scheduler state read by a wrapper of log_iteration, method_stats and "
                "the incumbent after the run; the settings namespace as params",
                libraries=("pymhlib", "numpy"), params=params, rel=1e-5, abs_tol=5e-5)


def gvns() -> None:
    _run("gnm-30-60", "gvns", "misp", [])


if __name__ == "__main__":
    main(__file__, {"pymhlib": gvns}, root=HELDOUT30)
