"""HELD-OUT fixture (thirtieth half, see generate/heldout30/README.md): do not read while tuning
the parser.

Epidemics on networks with NDlib (PyPI ``ndlib``), seeded: an SIR model (infection rate 0.02,
removal 0.1, 5% infected at the start; capture ``ndlib``) and an SIS model (infection 0.015,
recovery 0.05; capture ``ndlib-sis``, by ``gen_ndlib_sis.py``, which runs this file's
``run``) on the same Erdos-Renyi graph (300 nodes, p = 0.03), 8 iterations each by ``iteration_bunch(8,
progress_bar=True)`` (a tqdm bar on stderr). After the simulation the script prints one line an
iteration with the population shares: ``SIR iteration 3: infected=0.0633 removed=0.0233`` and
``SIS iteration 3: infected=0.0567``.

Truth: the ``node_count`` of each iteration NDlib returns, divided by the 300 nodes, under the
printed labels with the model as a prefix (``SIR/infected``, ``SIS/infected``) at the iteration
the line states; ``SIR/removed`` optional (kept so the half stays under its 10% share per tool,
and printed on the same line: a parsed removed share counts neither way). The bar's counts and rates are not metrics.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT30, Truth, main


def run(which: str) -> None:
    import random

    import networkx as nx
    import ndlib.models.ModelConfig as mc
    import ndlib.models.epidemics as ep
    import numpy as np

    random.seed(30)
    np.random.seed(30)
    graph = nx.erdos_renyi_graph(300, 0.03, seed=30)
    n = graph.number_of_nodes()
    truth = Truth()

    if which == "sis":
        return sis(graph, n, truth, ep, mc)
    sir = ep.SIRModel(graph, seed=30)
    cfg = mc.Configuration()
    cfg.add_model_parameter("beta", 0.02)
    cfg.add_model_parameter("gamma", 0.1)
    cfg.add_model_parameter("fraction_infected", 0.05)
    sir.set_initial_status(cfg)
    for it in sir.iteration_bunch(8, node_status=False, progress_bar=True):
        counts = it["node_count"]
        infected, removed = counts[1] / n, counts[2] / n
        print(f"SIR iteration {it['iteration']}: infected={infected:.4f} removed={removed:.4f}")
        truth.add(at=it["iteration"], **{"SIR/infected": infected})
        truth.allow(**{"SIR/removed": removed})
    truth.write("ndlib: node_count of each iteration iteration_bunch returns, over the node count",
                libraries=("ndlib", "networkx", "numpy"), rel=5e-4, abs_tol=5e-5)


def sis(graph, n, truth, ep, mc) -> None:
    sis = ep.SISModel(graph, seed=31)
    cfg = mc.Configuration()
    cfg.add_model_parameter("beta", 0.015)
    cfg.add_model_parameter("lambda", 0.05)
    cfg.add_model_parameter("fraction_infected", 0.05)
    sis.set_initial_status(cfg)
    for it in sis.iteration_bunch(8, node_status=False, progress_bar=True):
        infected = it["node_count"][1] / n
        print(f"SIS iteration {it['iteration']}: infected={infected:.4f}")
        truth.add(at=it["iteration"], **{"SIS/infected": infected})
    truth.write("ndlib: node_count of each iteration iteration_bunch returns, over the node count",
                libraries=("ndlib", "networkx", "numpy"), rel=5e-4, abs_tol=5e-5)


if __name__ == "__main__":
    main(__file__, {"ndlib": lambda: run("sir")}, root=HELDOUT30)
