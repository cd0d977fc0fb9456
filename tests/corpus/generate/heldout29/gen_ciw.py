"""HELD-OUT fixture (twenty-ninth half, see generate/heldout29/README.md): do not read while
tuning the parser.

Discrete-event queueing simulation with Ciw (PyPI ``ciw``), seeded: a two-node open network
(external arrivals at both nodes, exponential service, 30% of node 1's customers routed on to node
2) simulated for 200 time units in three staffing scenarios (2+1, 3+1 and 2+2 servers), each
``Simulation.simulate_until_max_time(200, progress_bar=True)`` (a tqdm bar on stderr, drawn to the
terminal's width on a terminal), then a per-node summary the script builds from the simulation's
records and nodes and prints as a pandas frame (``node`` index; columns ``waiting_time``,
``service_time``, ``server_utilisation``), after a line naming the scenario (``servers: [2,
1]``).

Truth: the simulation's own objects: ``get_all_records()`` (the mean ``waiting_time`` and
``service_time`` of each node's records, the frame's computation) and each transitive node's
``server_utilisation``, under ``<node>/<column>`` (``1/waiting_time``: the rows are different
nodes); the three scenarios share the names (series in print order). The server counts are
settings; the bar's counts and rates are not metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT29, Truth, main


def run() -> None:
    import ciw
    import pandas as pd

    truth = Truth()
    for servers in ([2, 1], [3, 1], [2, 2]):
        network = ciw.create_network(
            arrival_distributions=[ciw.dists.Exponential(3.0), ciw.dists.Exponential(1.0)],
            service_distributions=[ciw.dists.Exponential(2.0), ciw.dists.Exponential(2.5)],
            routing=[[0.0, 0.3], [0.0, 0.0]], number_of_servers=servers)
        ciw.seed(29)
        sim = ciw.Simulation(network)
        sim.simulate_until_max_time(200, progress_bar=True)
        records = pd.DataFrame(sim.get_all_records())
        summary = records.groupby("node")[["waiting_time", "service_time"]].mean()
        summary["server_utilisation"] = [node.server_utilisation for node in sim.transitive_nodes]
        print(f"servers: {servers}")
        print(summary)
        for node, row in summary.iterrows():
            truth.add(**{f"{node}/{col}": float(row[col]) for col in summary.columns})
    truth.write("ciw: each simulation's records (mean waiting_time and service_time by node) and "
                "its nodes' server_utilisation",
                libraries=("ciw", "pandas", "numpy"), rel=5e-6, abs_tol=5e-7)


if __name__ == "__main__":
    main(__file__, {"ciw": run}, root=HELDOUT29)
