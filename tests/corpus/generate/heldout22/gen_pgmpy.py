"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Bayesian networks with pgmpy (PyPI ``pgmpy``): 2,000 seeded observations of four binary
variables (``rain``, ``sprinkler``, ``wet``, ``slippery``), a ``DiscreteBayesianNetwork`` with
edges rain -> sprinkler, rain -> wet, wet -> slippery, fitted with
``DiscreteBayesianEstimator(prior_type="BDeu", equivalent_sample_size=10)``; every fitted CPD is
printed (``print(cpd)``: a grid drawn with ``+``, ``-`` and ``|``; a root's rows ``| rain(0) |
0.699005 |``, a child's with a header row of its parent's states, ``| sprinkler(1) |
0.499288256227758 | 0.12148760330578512 |``), then two ``VariableElimination`` queries are
printed (``P(rain | slippery=1)`` and ``P(sprinkler | wet=1)``: a table ``| rain | phi(rain) |``
with ``=`` under its header, four decimals). stderr has pgmpy's ``FutureWarning`` on import.

Truth: the fitted CPDs' ``values`` and the queries' factor ``values`` (the objects, not the
text): a root's as ``<variable>(<state>)``, a child's as ``<child>(<state>)/<parent>(<state>)``
(row, then column, as printed), a query's as ``<variable>(<state>)/phi(<variable>)``. All are
estimates (the fitted model's parameters, the inference's results), none optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main


def run() -> None:
    import numpy as np
    import pandas as pd
    from pgmpy.inference import VariableElimination
    from pgmpy.models import DiscreteBayesianNetwork
    from pgmpy.parameter_estimator import DiscreteBayesianEstimator

    rng = np.random.default_rng(22)
    n = 2000
    rain = rng.random(n) < 0.3
    sprinkler = np.where(rain, rng.random(n) < 0.1, rng.random(n) < 0.5)
    wet = np.where(rain | sprinkler, rng.random(n) < 0.9, rng.random(n) < 0.05)
    slippery = np.where(wet, rng.random(n) < 0.7, rng.random(n) < 0.02)
    df = pd.DataFrame({"rain": rain, "sprinkler": sprinkler, "wet": wet,
                       "slippery": slippery}).astype(int)
    model = DiscreteBayesianNetwork([("rain", "sprinkler"), ("rain", "wet"),
                                     ("wet", "slippery")])
    model.fit(df, estimator=DiscreteBayesianEstimator(prior_type="BDeu",
                                                      equivalent_sample_size=10))
    truth = Truth()
    for cpd in model.get_cpds():
        print(cpd)
        child = cpd.variable
        states = cpd.state_names
        values = cpd.get_values()  # rows: the child's states; columns: the parent's
        parents = cpd.variables[1:]
        for i, s in enumerate(states[child]):
            if not parents:
                truth.add(**{f"{child}({s})": values[i][0]})
                continue
            parent = parents[0]
            for j, p in enumerate(states[parent]):
                truth.add(**{f"{child}({s})/{parent}({p})": values[i][j]})
    infer = VariableElimination(model)
    for var, evidence in (("rain", {"slippery": 1}), ("sprinkler", {"wet": 1})):
        q = infer.query([var], evidence=evidence, show_progress=False)
        print(q)
        for s, v in zip(q.state_names[var], q.values):
            truth.add(**{f"{var}({s})/phi({var})": v})
    truth.write("pgmpy: the fitted CPDs' get_values() as <child>(<state>)/<parent>(<state>) and "
                "two VariableElimination queries' factor values", libraries=("pgmpy",),
                rel=1e-9, abs_tol=5e-5)  # the CPDs' every digit (or six); the queries' four


if __name__ == "__main__":
    main(__file__, {"pgmpy": run}, root=HELDOUT22)
