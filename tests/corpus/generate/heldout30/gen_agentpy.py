"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Agent-based simulation with agentpy (PyPI ``agentpy``), seeded: the wealth-transfer model of
agentpy's tutorial (agents give one unit of wealth to a random other agent each step; the model
records the Gini coefficient of wealth every step and reports the final one), run three times (40
agents for 8 steps, 25 for 6, 30 for 10). ``model.run(display=True)`` prints ``Completed: 8 steps``,
``Run time: 0:00:00.0...`` and ``Simulation finished``; the script then prints the per-step
variables frame agentpy returns (``results.variables.WealthModel``: ``gini`` by ``t``) and the
reporters frame (``seed steps final_gini top_share``).

Truth: the returned ``DataResults``: ``gini`` at each ``t`` (the frame's index, printed as the
row key: the step; the three runs share the name, the count restarting); from ``reporters``
``final_gini`` and ``top_share`` (the wealth share of the richest fifth) metrics, ``seed`` and
``steps`` left out (settings and counts). The run time is not a metric.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main


def run() -> None:
    import agentpy as ap
    import numpy as np

    def gini(x):
        x = np.sort(np.asarray(x, dtype=float))
        n = len(x)
        return float((2 * np.arange(1, n + 1) - n - 1).dot(x) / (n * x.sum()))

    class WealthAgent(ap.Agent):
        def setup(self):
            self.wealth = 1

        def wealth_transfer(self):
            if self.wealth > 0:
                partner = self.model.agents.random()
                partner.wealth += 1
                self.wealth -= 1

    class WealthModel(ap.Model):
        def setup(self):
            self.agents = ap.AgentList(self, self.p.agents, WealthAgent)

        def step(self):
            self.agents.wealth_transfer()

        def update(self):
            self.record("gini", gini(self.agents.wealth))

        def end(self):
            wealth = np.sort(np.asarray(self.agents.wealth, dtype=float))[::-1]
            top = wealth[: max(1, len(wealth) // 5)].sum() / wealth.sum()
            self.report("final_gini", gini(self.agents.wealth))
            self.report("top_share", float(top))

    truth = Truth()
    for agents, steps, seed in ((40, 8, 30), (25, 6, 31), (30, 10, 32)):
        model = WealthModel({"agents": agents, "steps": steps, "seed": seed})
        results = model.run(display=True)
        frame = results.variables.WealthModel
        print(frame.to_string())
        print(results.reporters.to_string())
        for t, value in frame["gini"].items():
            truth.add(at=t, gini=value)
        rep = results.reporters.iloc[0]
        truth.add(final_gini=rep["final_gini"], top_share=rep["top_share"])
    truth.write("agentpy: the DataResults model.run returns (variables.WealthModel and reporters)",
                libraries=("agentpy", "numpy", "pandas"), rel=1e-5, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"agentpy": run}, root=HELDOUT30)
