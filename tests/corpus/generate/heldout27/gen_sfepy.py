"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Finite elements with SfePy (PyPI ``sfepy``): two examples it ships, ``diffusion/laplace_1d.py``
(linear: Newton converges in one iteration) and ``diffusion/poisson_nonlinear_material.py``
(ten Newton iterations with line-search backtracking), each solved with ``solve_pde``. SfePy
logs every step with a ``sfepy:`` prefix: the mesh and regions, the equations, the solvers,
``matrix shape: (99, 99)``, ``matrix structural nonzeros: 295 (3.01e+00% fill)``, then per
Newton iteration ``sfepy: nls: iter: 0, residual: 4.298429e+00 (rel: 1.000000e+00)`` with
indented step times, line-search lines ``sfepy: linesearch: iter 1, (3.59275e+02 <
4.72686e+00) (new ls: 1.000000e-01)``, ``====== time stats ======`` and ``solved in 1 steps in
0.00 seconds``; on import, a warning that jax is missing.

Truth: the Newton solver's own text log (its ``log={'text': ...}`` option, set on each
example's solver configuration: every residual evaluation with the iteration it belongs to),
keeping for each iteration the residual the ``nls: iter`` line reports (the last evaluation of
that iteration; line-search rejections come before it), under ``residual`` at the iteration the
line states, and ``rel`` (the residual over the first one) likewise; the first residual equals
the status's ``err0`` and the last its ``err`` (checked). The line-search values, the matrix
sizes and all times have no truth.
"""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def read_log(path: Path) -> dict[int, float]:
    """The residual of each Newton iteration from the solver's text log: group 0 holds the
    residual of every evaluation, group 1 the iteration it belongs to."""
    residuals: list[float] = []
    iterations: list[int] = []
    for line in path.read_text().splitlines():
        if line.startswith("#") or line.endswith("-----"):
            continue
        group, _, value = (part.strip() for part in line.split(":"))
        (residuals if group == "0" else iterations).append(float(value))
    last: dict[int, float] = {}
    for residual, iteration in zip(residuals, iterations):
        last[int(iteration)] = residual
    return last


def run() -> None:
    import sfepy
    from sfepy.applications import solve_pde
    from sfepy.base.base import IndexedStruct
    from sfepy.base.conf import ProblemConf, get_standard_keywords

    work = Path(tempfile.mkdtemp(prefix="sfepy-"))
    truth = Truth()
    required, other = get_standard_keywords()
    for i, example in enumerate(("diffusion/laplace_1d.py",
                                 "diffusion/poisson_nonlinear_material.py")):
        conf = ProblemConf.from_file(f"{sfepy.__path__[0]}/examples/{example}", required, other)
        log = work / f"newton{i}.txt"
        for solver in conf.solvers.values():
            if solver.kind == "nls.newton":
                solver.log = {"text": str(log), "plot": None}
        status = IndexedStruct()
        solve_pde(conf, status=status, output_dir=str(work / f"out{i}"))
        residuals = read_log(log)
        nls = status.nls_status
        first = residuals[0]
        assert abs(first - nls.err0) <= 1e-7 * abs(nls.err0)
        assert abs(residuals[max(residuals)] - nls.err) <= 1e-7 * abs(nls.err)
        for iteration, residual in sorted(residuals.items()):
            truth.add(at=iteration, residual=residual, rel=residual / first)
    truth.write("sfepy: the Newton solver's text log (log={'text': ...}), the last residual of "
                "each iteration, checked against the status's err0 and err",
                libraries=("sfepy", "numpy", "scipy"), rel=1e-5, abs_tol=1e-20)


if __name__ == "__main__":
    main(__file__, {"sfepy": run}, root=HELDOUT27)
