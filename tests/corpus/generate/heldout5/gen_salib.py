"""HELD-OUT fixture (fifth half, see generate/heldout5/README.md): do not read while tuning the
parser.

SALib's global sensitivity analysis of its bundled Ishigami test function, as its README runs
it: ``Model evaluations: 2048`` (the script's), then ``sobol.analyze(problem, Y,
print_to_console=True)``, which prints three pandas tables whose rows are the inputs (or input
pairs): ``          ST   ST_conf`` / ``x1  0.500373  0.141070`` ..., ``S1 S1_conf``, and ``S2
S2_conf`` with rows ``(x1, x2)  0.003646  0.171992``; then a Morris screening
(``morris.analyze(..., print_to_console=True)``): ``          mu   mu_star     sigma
mu_star_conf`` with ``x2 -0.315000  7.875000  7.948585  3.649012e-15``; then the script's
``Most influential input (ST): x1 (0.500373)``.

Truth: the ``Si`` result dicts (``ResultDict``) the analyses return: each table cell as
``<row>/<column>`` (``x1/ST``, ``(x1, x2)/S2``, ``x3/mu_star``), as for other tables whose rows
are different quantities; the confidence columns (``*_conf``: half-widths of a confidence
interval, a spread beside the value) optional; the closing line's value as ``Most influential
input (ST)`` (no step). ``Model evaluations`` optional (``len(Y)``). No steps anywhere: the rows
are inputs, not iterations. Params: the problem definition's settings the script printed
(``N``, ``num_levels``, ``seed``).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT5, Truth, main


def train() -> None:
    import numpy as np
    from SALib.analyze import morris, sobol
    from SALib.sample import morris as morris_sample
    from SALib.sample import sobol as sobol_sample
    from SALib.test_functions import Ishigami

    truth = Truth()
    problem = {"num_vars": 3, "names": ["x1", "x2", "x3"], "bounds": [[-np.pi, np.pi]] * 3}
    settings = {"N": 256, "num_levels": 4, "seed": 1}
    print(f"Sobol sampling with N={settings['N']}, seed={settings['seed']}")
    x = sobol_sample.sample(problem, settings["N"], seed=settings["seed"])
    y = Ishigami.evaluate(x)
    print(f"Model evaluations: {len(y)}", flush=True)
    truth.allow(**{"Model evaluations": len(y)})
    si = sobol.analyze(problem, y, print_to_console=True, seed=2)
    for i, name in enumerate(problem["names"]):
        truth.add(**{f"{name}/ST": si["ST"][i], f"{name}/S1": si["S1"][i]})
        truth.allow(**{f"{name}/ST_conf": si["ST_conf"][i], f"{name}/S1_conf": si["S1_conf"][i]})
    for i in range(3):
        for j in range(i + 1, 3):
            pair = f"({problem['names'][i]}, {problem['names'][j]})"
            truth.add(**{f"{pair}/S2": si["S2"][i, j]})
            truth.allow(**{f"{pair}/S2_conf": si["S2_conf"][i, j]})
    print(f"Morris screening with num_levels={settings['num_levels']}", flush=True)
    xm = morris_sample.sample(problem, 50, num_levels=settings["num_levels"], seed=3)
    sm = morris.analyze(problem, xm, Ishigami.evaluate(xm), print_to_console=True, seed=4)
    for i, name in enumerate(problem["names"]):
        truth.add(**{f"{name}/mu": sm["mu"][i], f"{name}/mu_star": sm["mu_star"][i],
                     f"{name}/sigma": sm["sigma"][i]})
        truth.allow(**{f"{name}/mu_star_conf": sm["mu_star_conf"][i]})
    top = int(np.argmax(si["ST"]))
    print(f"Most influential input (ST): {problem['names'][top]} ({si['ST'][top]:.6f})")
    truth.add(**{"Most influential input (ST)": si["ST"][top]})
    truth.write("SALib: sobol.analyze's and morris.analyze's ResultDict, each cell as "
                "<row>/<column>; *_conf columns optional; the top ST value",
                libraries=("SALib", "pandas", "numpy"), params=settings, rel=1e-5,
                abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"salib": train}, root=HELDOUT5)
