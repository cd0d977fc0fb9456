"""HELD-OUT fixture (twenty-seventh half, see generate/heldout27/README.md): do not read while
tuning the parser.

Black-box optimisation with NOMAD (PyPI ``PyNomadBBO``, the Mesh Adaptive Direct Search
library), seeded: two bound-constrained problems (a shifted quadratic in three variables and a
Rosenbrock-like function in two), 20 black-box evaluations each, with ``DISPLAY_STATS BBE OBJ``
and ``DISPLAY_ALL_EVAL yes``. NOMAD prints the column heads ``BBE OBJ``, one line an evaluation
(``1   7.8``), then ``A termination criterion is reached: ...``, ``Best feasible solutions:
#6926 ( -0 1.5 3.5 )  Evaluation OK  f = 0.55000000000000004441  h = 0  (L2)`` (one line for
each best point found), ``Best infeasible solution: Undefined.`` and counts (``Blackbox
evaluations:``, ``Total model evaluations:``, ``Cache hits:``, ``Total number of
evaluations:``). The script prints the returned dict.

Truth: the objective value of each black-box call, in call order (NOMAD's evaluation counter
``BBE`` counts these calls; cache hits do not call), under the printed head ``OBJ`` at the BBE
the line states (restarting for the second problem); ``f`` of each best feasible point from
the result (``x_best_feas_bbo``), ``h`` optional. The counts are optional. The returned dict
the script prints repeats ``f_single_best`` and ``h_single_best`` (also in truth, each once a
problem).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT27, Truth, main


def run() -> None:
    import PyNomad

    truth = Truth()

    def quadratic(c):
        return sum((c[i] - 1.5 * i) ** 2 for i in range(3)) + 0.3

    def banana(c):
        return (1 - c[0]) ** 2 + 5 * (c[1] - c[0] ** 2) ** 2

    for f, x0, n in ((quadratic, [0.5, 0.5, 0.5], 3), (banana, [-1.0, 2.0], 2)):
        values = []

        def blackbox(point, f=f, n=n, values=values):
            value = f([point.get_coord(i) for i in range(n)])
            values.append(value)
            point.setBBO(str(value).encode("UTF-8"))
            return 1

        params = ["BB_OUTPUT_TYPE OBJ", "MAX_BB_EVAL 20", "DISPLAY_DEGREE 2",
                  "DISPLAY_STATS BBE OBJ", "DISPLAY_ALL_EVAL yes", "SEED 27"]
        result = PyNomad.optimize(blackbox, x0, [-5.0] * n, [5.0] * n, params)
        print(result)
        for i, value in enumerate(values, start=1):
            truth.add(at=i, OBJ=value)
        for bbo in result["x_best_feas_bbo"]:
            truth.add(f=float(bbo[0]))
            truth.allow(h=0.0)
        truth.add(f_single_best=result["f_single_best"])
        truth.allow(h_single_best=result["h_single_best"], nb_evals=result["nb_evals"],
                    nb_iters=result["nb_iters"], run_flag=result["run_flag"])
        truth.allow(**{"Blackbox evaluations": result["nb_evals"]})
    truth.write("PyNomad: the objective of each black-box call in call order, the returned "
                "dict's x_best_feas_bbo and f_single_best", libraries=("PyNomadBBO",),
                rel=1e-6, abs_tol=1e-12)


if __name__ == "__main__":
    main(__file__, {"nomad": run}, root=HELDOUT27)
