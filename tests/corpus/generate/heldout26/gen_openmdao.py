"""HELD-OUT fixture (twenty-sixth half, see generate/heldout26/README.md): do not read while
tuning the parser.

Multidisciplinary optimisation with OpenMDAO (PyPI ``openmdao``): the Sellar problem built from
OpenMDAO's own test-suite disciplines (a coupled ``cycle`` group solved by a Newton solver with a
direct linear solver, an objective and two constraints), first run once (``run_model()``) with
the Newton solver printing its iterations (``iprint=2``: a ``=====``-boxed ``cycle`` header,
``NL: Newton 0 ; 27.6990975 1``, ``NL: Newton 1 ; 7.63720546 0.275720372``, ...,
``NL: Newton Converged``: the iteration, the absolute and the relative residual norm), then
optimised with ``ScipyOptimizeDriver`` (SLSQP, ``disp=True``: SciPy's ``Optimization terminated
successfully``, ``Current function value: 3.18...``, ``Iterations: 6``, ``Function evaluations:``,
``Gradient evaluations:``, then OpenMDAO's ``Optimization Complete``) with the solver silent; the
returned ``DriverResult`` printed (``success : True``, ``iterations : 7``, ``runtime : 4.4E-02
s``, ``model_evals``, ``model_time``, ``deriv_evals``, ``deriv_time``, ``exit_status :
SUCCESS``), and ``list_driver_vars()``: three boxed tables (``Design Variables (scaled)``,
``Constraints (scaled)``, ``Objectives (scaled)``) with columns ``name val size lower upper ref
ref0 ...`` (a vector shown by its norm, ``|1.97763888|``). OpenMDAO warns on stderr.

Truth: the Newton iterations as OpenMDAO's own solver recorder keeps them (a ``SqliteRecorder``
on the solver, read back with ``CaseReader``: ``abs_err`` and ``rel_err`` of the cases of the
``run_model`` solve, the first case the initial residual, iteration 0) as ``Newton/abs_err``
and ``Newton/rel_err`` at the iteration the line states; SciPy's result as the driver keeps it
(``_scipy_optimize_result``): ``fun`` as ``Current function value``, ``nit``, ``nfev``, ``njev``
optional under the printed labels; the driver result's counts and times optional; the final
values of the design variables, constraints and objective (``get_val``; the vector ``z`` by its
norm, as the table prints it) as ``<name>/val``. The bounds, ``ref`` and ``ref0`` printed in the
tables are params (``x/lower``, ``z/upper`` as its norm, ``c1/upper``, ``obj/ref``...), the
sizes optional.
"""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT26, Truth, main


def run() -> None:
    import os

    import numpy as np
    import openmdao.api as om
    from openmdao.test_suite.components.sellar import (SellarDis1withDerivatives,
                                                        SellarDis2withDerivatives)

    os.chdir(tempfile.mkdtemp(prefix="openmdao-"))  # OpenMDAO writes <name>_out/ in the cwd
    prob = om.Problem(reports=False)
    model = prob.model
    cycle = model.add_subsystem("cycle", om.Group(), promotes=["*"])
    cycle.add_subsystem("d1", SellarDis1withDerivatives(), promotes=["*"])
    cycle.add_subsystem("d2", SellarDis2withDerivatives(), promotes=["*"])
    cycle.nonlinear_solver = om.NewtonSolver(solve_subsystems=False, iprint=2, maxiter=20,
                                             atol=1e-10, rtol=1e-10)
    cycle.linear_solver = om.DirectSolver()
    model.add_subsystem("obj", om.ExecComp("obj = x**2 + z[1] + y1 + exp(-y2)",
                                           z=np.array([0.0, 0.0]), x=0.0), promotes=["*"])
    model.add_subsystem("con1", om.ExecComp("c1 = 3.16 - y1"), promotes=["*"])
    model.add_subsystem("con2", om.ExecComp("c2 = y2 - 24.0"), promotes=["*"])
    prob.driver = om.ScipyOptimizeDriver(optimizer="SLSQP", tol=1e-8, disp=True)
    model.add_design_var("x", lower=0, upper=10)
    model.add_design_var("z", lower=np.array([-10.0, 0.0]), upper=np.array([10.0, 10.0]))
    model.add_objective("obj")
    model.add_constraint("c1", upper=0)
    model.add_constraint("c2", upper=0)
    prob.setup()
    prob.set_val("x", 1.0)
    prob.set_val("z", np.array([5.0, 2.0]))
    db = Path(tempfile.mkdtemp(prefix="openmdao-")) / "newton.sql"
    cycle.nonlinear_solver.add_recorder(om.SqliteRecorder(str(db)))
    prob.run_model()
    cycle.nonlinear_solver.options["iprint"] = -1
    result = prob.run_driver()
    print(result, flush=True)
    prob.list_driver_vars()
    sys.stdout.flush()
    truth = Truth()
    scipy_result = prob.driver._scipy_optimize_result
    finals = {name: prob.get_val(name) for name in ("x", "z", "c1", "c2", "obj")}
    prob.cleanup()
    reader = om.CaseReader(str(db))
    cases = [c for c in reader.get_cases(reader.list_sources(out_stream=None)[0])
             if c.name.startswith("rank0:root._solve_nonlinear|0|")]
    for i, case in enumerate(cases):
        truth.add(at=i, **{"Newton/abs_err": case.abs_err, "Newton/rel_err": case.rel_err})
    truth.add(**{"Current function value": scipy_result.fun})
    truth.allow(Iterations=scipy_result.nit, **{"Function evaluations": scipy_result.nfev,
                                                "Gradient evaluations": scipy_result.njev})
    truth.allow(iterations=result.iter_count, runtime=result.runtime,
                model_evals=result.model_evals, model_time=result.model_time,
                deriv_evals=result.deriv_evals, deriv_time=result.deriv_time)
    for name, value in finals.items():
        value = np.asarray(value).ravel()
        truth.add(**{f"{name}/val": float(np.linalg.norm(value)) if value.size > 1
                     else float(value[0])})
        truth.allow(**{f"{name}/size": value.size})
    params = {"x/lower": 0.0, "x/upper": 10.0,
              "z/lower": float(np.linalg.norm([-10.0, 0.0])),
              "z/upper": float(np.linalg.norm([10.0, 10.0])),
              "c1/upper": 0.0, "c2/upper": 0.0}
    for name in finals:
        params[f"{name}/ref"] = 1.0
        params[f"{name}/ref0"] = 0.0
    truth.write("OpenMDAO: the Newton solver's SqliteRecorder cases (abs_err, rel_err), the "
                "driver's SciPy result and DriverResult, the final get_val of the driver "
                "variables", libraries=("openmdao", "numpy", "scipy"), params=params,
                rel=1e-6, abs_tol=1e-9)


if __name__ == "__main__":
    main(__file__, {"openmdao": run}, root=HELDOUT26)
