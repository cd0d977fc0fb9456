"""HELD-OUT fixture (fifth half, see generate/heldout5/README.md): do not read while tuning the
parser.

HiGHS through its Python API (``highspy``) solving two small binary knapsack MIPs with its
default logging: the banner ``Running HiGHS 1.16.0 (git hash: ...)``, ``MIP has 2 rows; 25 cols;
50 nonzeros; 25 integer variables (25 binary)``, ``Coefficient ranges:`` (``  Matrix  [5e+00,
4e+01]``), presolve lines, a ``Src: B => Branching; ...`` legend, then the branch-and-bound table
under a two-row header (``Nodes | B&B Tree | Objective Bounds | Dynamic Constraints | Work`` /
``Src  Proc. InQueue |  Leaves   Expl. | BestBound       BestSol              Gap |   Cuts
InLp Confl. | LpIters     Time``), rows such as `` L       0       0         0 100.00%
-613.5149002    -613               0.08%      135     10      4        23     0.0s`` (``-inf``,
``Large`` and a one-letter source column among them), a restart notice, and the indented
``Solving report`` (``  Primal bound      -613``, ``  Dual bound        -613``, ``  Gap
0% (tolerance: 0.01%)``, ``  P-D integral      0.01``, ``  Nodes             1``, ``  LP
iterations     27`` with sub-rows ``20 (separation)``, timings); then the script's ``Optimal
value: 613`` and ``Items chosen: 10``.

Truth: each B&B table row from HiGHS's MIP logging callback (``cbMipLogging``, called as the
row is printed): ``BestBound`` = ``mip_dual_bound``, ``BestSol`` = ``mip_primal_bound``,
``Gap`` = ``mip_gap`` x 100 (printed in %, ``Large`` when infinite: no point), no step (rows
are not numbered: ``Proc.`` is a node count); the solving report's ``Primal bound``
(``objective_function_value``), ``Dual bound`` (``mip_dual_bound``), ``Gap`` (``mip_gap`` x 100)
from ``getInfo()``; ``P-D integral`` (``primal_dual_integral``, an integral over run time that
changes from run to run) optional; ``Nodes``/``LP iterations``
(``mip_node_count``, ``simplex_iteration_count``) and the table's node, leaf and cut counts
optional; ``Optimal value`` from the objective; ``Items chosen`` optional; timings, coefficient
ranges, sizes and the ``Expl.`` percentage are in neither map. Params: the options set
(``threads``, ``random_seed``, ``mip_rel_gap``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT5, Truth, main


def solve(truth, highspy, seed: int, n: int, caps: tuple[int, int], opts: dict) -> None:
    import random

    rng = random.Random(seed)
    weights = [rng.randint(5, 40) for _ in range(n)]
    values = [rng.randint(10, 80) for _ in range(n)]
    h = highspy.Highs()
    for key, value in opts.items():
        h.setOptionValue(key, value)
    x = [h.addIntegral(lb=0, ub=1, obj=-values[i]) for i in range(n)]
    h.addConstr(sum(weights[i] * x[i] for i in range(n)) <= caps[0])
    h.addConstr(sum(weights[(i * 7) % n] * x[i] for i in range(n)) <= caps[1])

    def on_log(event):
        d = event.data_out
        row = {"BestBound": d.mip_dual_bound, "BestSol": d.mip_primal_bound}
        if d.mip_gap != float("inf"):
            row["Gap"] = d.mip_gap * 100
        truth.add(**row)
        truth.allow(Nodes=d.mip_node_count)

    h.cbMipLogging.subscribe(on_log)
    h.run()
    info = h.getInfo()
    truth.add(**{"Primal bound": info.objective_function_value,
                 "Dual bound": info.mip_dual_bound, "Gap": info.mip_gap * 100})
    # the primal-dual integral is taken over run time: it changes from run to run, like a timing
    truth.allow(**{"P-D integral": info.primal_dual_integral})
    truth.allow(Nodes=info.mip_node_count, **{"LP iterations": info.simplex_iteration_count})
    chosen = sum(round(v) for v in h.getSolution().col_value)
    print(f"Optimal value: {-info.objective_function_value:g}")
    print(f"Items chosen: {chosen}")
    truth.add(**{"Optimal value": -info.objective_function_value})
    truth.allow(**{"Items chosen": chosen})


def train() -> None:
    import highspy

    truth = Truth()
    opts = {"threads": 1, "random_seed": 0, "mip_rel_gap": 1e-4}
    solve(truth, highspy, 1, 25, (150, 160), opts)
    solve(truth, highspy, 7, 40, (260, 250), opts)
    truth.write("highspy: cbMipLogging's data_out per B&B row (mip_dual_bound, "
                "mip_primal_bound, mip_gap x100); getInfo() for the solving report; the "
                "objective for the script's line; node/iteration counts optional",
                libraries=("highspy",), params=opts, rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"highspy": train}, root=HELDOUT5)
