"""HELD-OUT fixture (twenty-eighth half, see generate/heldout28/README.md): do not read while
tuning the parser.

Bayesian optimisation with OpenBox (PyPI ``openbox``), seeded: the Branin function (8 runs) and
a shifted 3-D quadratic with a cosine term (10 runs), each by ``Optimizer(..., surrogate_type=
'gp')``, whose logger writes timestamped lines on stderr (``[2026-12-07 04:46:21,100][branin]
[INFO][generic_smbo.py:350] Iter 1 (init), objectives: [104.75549666953164], resource_ratio:
1.0``) between tqdm frames, and then ``print(history)``, a boxed table ``Parameters | Optimal
Value`` with the incumbent's parameters, ``Optimal Objective Value`` and ``Num Trials``. The
log file OpenBox also writes goes to a temporary folder.

Truth: each run's ``History.get_objectives()`` (one value an iteration) under ``objectives`` at
the iteration the line states (the runs share the name; the count restarts for each);
``get_incumbent_value()`` under ``Optimal Objective Value``; the incumbent's parameter values
optional under ``<parameter>/Optimal Value``, ``Num Trials`` optional (a count);
``resource_ratio`` (1.0, a setting) a param.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT28, Truth, main


def run() -> None:
    import tempfile

    import numpy as np
    from openbox import Optimizer
    from openbox import space as sp

    def branin(config):
        x1, x2 = config["x1"], config["x2"]
        value = ((x2 - 5.1 / (4 * np.pi ** 2) * x1 ** 2 + 5 / np.pi * x1 - 6) ** 2
                 + 10 * (1 - 1 / (8 * np.pi)) * np.cos(x1) + 10)
        return {"objectives": [float(value)]}

    def quadratic(config):
        z = np.array([config["a"] - 1.0, config["b"] + 0.5, config["c"] - 2.0])
        return {"objectives": [float(np.sum(z ** 2) + 2 * (1 - np.cos(3 * z[0])))]}

    branin_space = sp.Space()
    branin_space.add_variables([sp.Real("x1", -5, 10, default_value=0),
                                sp.Real("x2", 0, 15, default_value=0)])
    quad_space = sp.Space()
    quad_space.add_variables([sp.Real(n, -4, 4, default_value=0) for n in ("a", "b", "c")])
    truth = Truth()
    logs = tempfile.mkdtemp(prefix="openbox-")
    for task, objective, space, runs in (("branin", branin, branin_space, 8),
                                         ("quadratic", quadratic, quad_space, 10)):
        optimizer = Optimizer(objective, space, max_runs=runs, surrogate_type="gp",
                              task_id=task, random_state=28, logging_dir=logs,
                              visualization="none")
        history = optimizer.run()
        print(history)
        for i, value in enumerate(np.ravel(history.get_objectives()), 1):
            truth.add(at=i, objectives=value)
        truth.add(**{"Optimal Objective Value": history.get_incumbent_value()})
        best = history.get_incumbent_configs()[0]
        truth.allow(**{f"{name}/Optimal Value": best[name]
                       for name in space.get_hyperparameter_names()})
        truth.allow(**{"Num Trials": len(history)})
    truth.write("openbox: History.get_objectives(), get_incumbent_value() and "
                "get_incumbent_configs() of each run",
                libraries=("openbox", "numpy", "scikit-learn"),
                params={"resource_ratio": 1.0}, rel=1e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"openbox": run}, root=HELDOUT28)
